#!/usr/bin/env bash
# scripts/new_rule scaffolds a rule of every family into a scratch checkout: the rule file in
# its family's kit shape (and it compiles), the doc, one bad and one good case; it refuses to
# overwrite, and refuses a shape the family does not have.
# Usage: new_rule_test.sh SOURCE_DIR CXX GENERATED_INCLUDE_DIR
set -euo pipefail
src="$1" cxx="$2" generated="$3"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/shared" "$scratch/repo"
cp "$src/../shared/STANDARD.md" "$scratch/shared/" 2>/dev/null || : > "$scratch/shared/STANDARD.md"
cat >> "$scratch/shared/STANDARD.md" <<'ROWS'
| DF990 | scaffold-run | warning | 001 | A scaffolded Dockerfile rule with "quotes" and `code`. |
| DC990 | scaffold-service | info | 001 | A scaffolded compose rule. |
| DI990 | scaffold-context | warning | 001 | A scaffolded context rule. |
| EN990 | scaffold-env | error | 001 | A scaffolded env rule. |
| LY990 | scaffold-layout | info | 001 | A scaffolded layout rule. |
| IM990 | scaffold-image | style | 001 | A scaffolded image rule. |
ROWS
export PLIMSOLL_SHARED_DIR="$scratch/shared"
fail() { echo "FAIL: $*" >&2; exit 1; }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }

#      ID    family     name              severity  shape base
check_family() {
  local id="$1" family="$2" name="$3" sev="$4" base="$5" stem
  stem="$(echo "${id}_${name}" | tr 'A-Z-' 'a-z_')"
  "$src/scripts/new_rule" "$id" --root "$scratch/repo" > "$scratch/out.txt"
  local dir="$scratch/repo/src/rules/$family"
  [[ "$stem" =~ ^[a-z][a-z][0-9]{3}_[a-z0-9_]+$ ]] || fail "$stem is not a rule room name the build finds"
  has "$dir/$stem.cpp" "constexpr RuleInfo kInfo{\"$id\", \"$name\", core::Severity::$sev, \"$family\","
  has "$dir/$stem.cpp" "\"$stem\"};"
  has "$dir/$stem.cpp" "$base"
  has "$dir/$stem.cpp" "PLIMSOLL_RULE($stem, "
  [[ "$(head -1 "$dir/$stem.md")" == "# $id $name" ]] || fail "$stem.md does not open with '# $id $name'"
  has "$dir/$stem.md" "## How to ignore"
  local bad good
  bad="$(find "$dir/$stem.cases" -path '*bad_*' -type f | head -1)"
  good="$(find "$dir/$stem.cases" -path '*good_*' -type f | head -1)"
  [[ -n "$bad" && -n "$good" ]] || fail "$stem.cases needs a bad_ and a good_ case"
  grep -rqF "# expect $id" "$dir/$stem.cases"/bad_* || fail "the bad case of $id expects nothing"
  ! grep -rqF "# expect" "$dir/$stem.cases"/good_* || fail "the good case of $id expects a finding"
  has "$scratch/out.txt" "scaffolded $id $name"
  "$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Wshadow -Werror -pthread -I"$src/src" -I"$generated" "$dir/$stem.cpp" ||
    fail "$stem.cpp does not compile"
}
check_family DF990 dockerfile scaffold-run kWarning "kit::InstructionRule<kInfo, dockerfile::Keyword::kRun>"
has "$scratch/repo/src/rules/dockerfile/df990_scaffold_run.cpp" '"A scaffolded Dockerfile rule with \"quotes\" and `code`."'
[[ -f "$scratch/repo/src/rules/dockerfile/df990_scaffold_run.cases/bad_example.Dockerfile" ]] || fail "DF cases are files"
check_family DC990 compose scaffold-service kInfo "kit::ServiceRule<kInfo>"
check_family DI990 context scaffold-context kWarning "kit::BuildContextRule<kInfo>"
check_family EN990 env scaffold-env kError "kit::EnvFileRule<kInfo>"
check_family LY990 layout scaffold-layout kInfo "kit::ProjectRule<kInfo>"
check_family IM990 image scaffold-image kStyle "kit::ImageRule<kInfo>"
[[ -f "$scratch/repo/src/rules/image/im990_scaffold_image.cases/bad_example/Dockerfile" ]] || fail "IM cases are build contexts"

# Refusals leave what is there untouched.
before="$(cat "$scratch/repo/src/rules/env/en990_scaffold_env.cpp")"
if "$src/scripts/new_rule" EN990 --root "$scratch/repo" 2>/dev/null; then fail "new_rule overwrote EN990"; fi
[[ "$before" == "$(cat "$scratch/repo/src/rules/env/en990_scaffold_env.cpp")" ]] || fail "EN990 changed on refusal"
if "$src/scripts/new_rule" IM990 --shape service --root "$scratch/repo" 2>/dev/null; then fail "IM990 took a service shape"; fi
if "$src/scripts/new_rule" DF999 --root "$scratch/repo" 2>/dev/null; then fail "new_rule scaffolded an ID STANDARD.md lacks"; fi
# Other shapes of a family.
mkdir -p "$scratch/other"
"$src/scripts/new_rule" DF990 --shape shipped-stage --root "$scratch/other" > /dev/null
has "$scratch/other/src/rules/dockerfile/df990_scaffold_run.cpp" "kit::ShippedStageRule<kInfo>"
echo "new_rule scaffolds every family"
