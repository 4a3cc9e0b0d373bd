# bash completion for plimsoll: subcommands, their options, format and profile names.
_plimsoll() {
  local cur prev words cword
  _init_completion 2>/dev/null || {
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  }
  local commands="check fix rules explain config debug"
  local common="--exclude --env-file --config --profile --no-inline-ignores --help"
  if [[ $cword -eq 1 ]]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  if [[ ${words[1]} == debug && $cword -eq 2 ]]; then
    COMPREPLY=($(compgen -W "ast compose" -- "$cur"))
    return
  fi
  if [[ ${words[1]} == debug && ${words[2]} == compose ]]; then
    case $prev in
      --format) COMPREPLY=($(compgen -W "yaml json" -- "$cur")); return ;;
      -f|--file|--env-file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
      --profile) return ;;  # compose profiles: the project's own names
    esac
    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "--file --env-file --profile --format --help" -- "$cur")); else COMPREPLY=($(compgen -d -- "$cur")); fi
    return
  fi
  case $prev in
    --format|-f)
      if [[ ${words[1]} == rules ]]; then
        COMPREPLY=($(compgen -W "table markdown json" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "text json sarif checkstyle junit gitlab github gnu" -- "$cur"))
      fi
      return ;;
    --fail-on) COMPREPLY=($(compgen -W "error warning info style none" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --profile) COMPREPLY=($(compgen -W "default strict uv pdm-devcontainer layout" -- "$cur")); return ;;
    --config|-c|--env-file|--output|-o|--stdin-filename) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --select|--ignore|--error|--warning|--info|--style) return ;;
    --exclude|-j|--jobs) return ;;
  esac
  case ${words[1]} in
    check)
      COMPREPLY=($(compgen -W "$common --format --fail-on --color --no-color --output --quiet --stdin-filename --select --ignore --error --warning --info --style --jobs --explain --profile-rules" -- "$cur")) ;;
    fix) COMPREPLY=($(compgen -W "$common --dry-run" -- "$cur")) ;;
    rules) COMPREPLY=($(compgen -W "--format --help" -- "$cur")); return ;;
    config) COMPREPLY=($(compgen -W "--dump --config --profile --help" -- "$cur")) ;;
    explain) return ;;
  esac
  [[ $cur == -* ]] || COMPREPLY+=($(compgen -f -- "$cur"))
}
complete -o filenames -F _plimsoll plimsoll
