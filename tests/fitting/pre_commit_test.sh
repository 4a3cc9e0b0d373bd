#!/usr/bin/env bash
# The repository's .pre-commit-hooks.yaml used the way users use it: served from a git repo,
# referenced by rev from a sample project's .pre-commit-config.yaml, run by Debian's
# pre-commit with the built plimsoll on PATH. No network: the hooks are `language: system`.
set -euo pipefail
source_dir=$1
binary=$2
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (scripts/install-deps)"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$(dirname "$binary"):$PATH" PRE_COMMIT_HOME="$work/cache" HOME="$work"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@localhost GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@localhost
git config --global init.defaultBranch main
git config --global protocol.file.allow always

# The hooks repository: this tree's hooks file, committed.
mkdir "$work/hooks" && cp "$source_dir/.pre-commit-hooks.yaml" "$work/hooks/"
git -C "$work/hooks" init -q && git -C "$work/hooks" add . && git -C "$work/hooks" commit -qm hooks
rev=$(git -C "$work/hooks" rev-parse HEAD)

mkdir "$work/sample" && cd "$work/sample" && git init -q
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: plimsoll
YAML
printf 'FROM debian:12.8-slim\nRUN apt-get update && apt-get install curl\nCMD curl http://localhost\n' > Dockerfile
printf 'README\n' > README.md
git add . && git commit -qm sample --no-verify

fail() { echo "FAIL: $*"; echo "$out"; exit 1; }

# A bad Dockerfile fails the hook and the output names the rule and the file.
if out=$(pre-commit run --all-files 2>&1); then fail "the check hook passed a bad Dockerfile"; fi
grep -q "DF030" <<<"$out" || fail "no DF030 in the hook output"
grep -q "Dockerfile:2:" <<<"$out" || fail "no file:line in the hook output"

# A change to a file plimsoll does not read does not run the hook.
echo more >> README.md && git add README.md
out=$(pre-commit run 2>&1) || fail "the hook ran for README.md"
grep -q "(no files to check)Skipped" <<<"$out" || fail "the hook was not skipped for README.md"
git commit -qm readme --no-verify

# The fix hook rewrites the Dockerfile, which makes pre-commit stop the commit.
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: plimsoll-fix
YAML
git add .pre-commit-config.yaml && git commit -qm fix-hook --no-verify
if out=$(pre-commit run --all-files 2>&1); then fail "the fix hook changed nothing"; fi
grep -q "files were modified by this hook" <<<"$out" || fail "pre-commit did not see the fix"
# The safe fixes only: -y and the lists removed; --no-install-recommends and exec form are unsafe.
grep -q 'apt-get install -y curl && rm -rf /var/lib/apt/lists/\*' Dockerfile ||
  { out=$(cat Dockerfile); fail "the Dockerfile was not fixed"; }
grep -q 'no-install-recommends' Dockerfile && { out=$(cat Dockerfile); fail "the hook applied an unsafe fix"; }
# Fixed once, it stays fixed: a second run passes.
git add Dockerfile
out=$(pre-commit run --all-files 2>&1) || fail "the fix hook changed the file again"
echo "pre-commit hooks: ok"
