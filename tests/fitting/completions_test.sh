#!/usr/bin/env bash
# Shell completions: each file parses in its shell (bash -n, zsh -n, fish --no-execute), and
# the bash one completes subcommands and option values.
set -euo pipefail
dir=$1/dist/completions
status=0
bash -n "$dir/plimsoll.bash" || status=1
if command -v zsh >/dev/null; then zsh -n "$dir/_plimsoll" || status=1; else echo "zsh not installed"; exit 77; fi
if command -v fish >/dev/null; then fish --no-execute "$dir/plimsoll.fish" || status=1; else echo "fish not installed"; exit 77; fi

complete_words() {
  # shellcheck source=/dev/null
  source "$dir/plimsoll.bash"
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _plimsoll
  echo "${COMPREPLY[*]}"
}
expect() {
  local want=$1; shift
  local got
  got=$(complete_words "$@")
  [[ " $got " == *" $want "* ]] || { echo "FAIL: '$*' completes to '$got', expected '$want' among them"; status=1; }
}
expect fix plimsoll f
expect sarif plimsoll check --format s
expect json plimsoll rules --format j
expect --dry-run plimsoll fix --dry
expect uv plimsoll check --profile u
expect strict plimsoll check --profile st
expect --quiet plimsoll check --qu
expect --no-color plimsoll check --no
expect json plimsoll check -f j
expect compose plimsoll debug c
expect json plimsoll debug compose --format j
expect --env-file plimsoll debug compose --env
[[ $status -eq 0 ]] && echo "completions: ok"
exit $status
