# fish completion for plimsoll: subcommands, their options, format and profile names.
set -l commands check fix rules explain config debug
complete -c plimsoll -f
complete -c plimsoll -n "not __fish_seen_subcommand_from $commands" -a check -d 'Check the container-build files under the paths'
complete -c plimsoll -n "not __fish_seen_subcommand_from $commands" -a fix -d 'Apply the safe fixes findings carry'
complete -c plimsoll -n "not __fish_seen_subcommand_from $commands" -a rules -d 'List the rules'
complete -c plimsoll -n "not __fish_seen_subcommand_from $commands" -a explain -d "Print a rule's documentation"
complete -c plimsoll -n "not __fish_seen_subcommand_from $commands" -a config -d 'Show the effective configuration'
complete -c plimsoll -n "not __fish_seen_subcommand_from $commands" -a debug -d 'Developer views of the parse'
complete -c plimsoll -n "not __fish_seen_subcommand_from $commands" -l version -d 'Print the version'

for command in check fix
    complete -c plimsoll -n "__fish_seen_subcommand_from $command" -F
    complete -c plimsoll -n "__fish_seen_subcommand_from $command" -l exclude -x -d 'Skip paths matching this glob'
    complete -c plimsoll -n "__fish_seen_subcommand_from $command" -l env-file -r -F -d 'Env file for compose interpolation'
    complete -c plimsoll -n "__fish_seen_subcommand_from $command" -l config -r -F -d 'Configuration file'
    complete -c plimsoll -n "__fish_seen_subcommand_from $command" -l profile -x -a 'default strict uv pdm-devcontainer layout' -d 'Built-in profile'
    complete -c plimsoll -n "__fish_seen_subcommand_from $command" -l no-inline-ignores -d 'Disregard ignore comments'
end
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l format -x -a 'text json sarif checkstyle junit gitlab github gnu' -d 'Output format'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l fail-on -x -a 'error warning info style none' -d 'Lowest severity that fails'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l color -x -a 'auto always never' -d 'Colour output'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -s j -l jobs -x -d 'Parallel jobs'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l no-color -d 'No colour'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -s o -l output -r -F -d 'Write the report to this file'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -s q -l quiet -d 'Findings only'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l select -x -d 'Run only these rules'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l ignore -x -d 'Do not run these rules'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l error -x -d 'Report these rules as errors'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l warning -x -d 'Report these rules as warnings'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l info -x -d 'Report these rules as info'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l style -x -d 'Report these rules as style'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l explain -d 'Show the notes of each finding'
complete -c plimsoll -n "__fish_seen_subcommand_from check" -l profile-rules -d 'Print the time spent in each rule'
complete -c plimsoll -n "__fish_seen_subcommand_from fix" -l dry-run -d 'Print a unified diff instead of writing'
complete -c plimsoll -n "__fish_seen_subcommand_from rules" -l format -x -a 'table markdown json' -d 'Listing format'
complete -c plimsoll -n "__fish_seen_subcommand_from config" -l dump -d 'Print the effective configuration'
complete -c plimsoll -n "__fish_seen_subcommand_from debug; and not __fish_seen_subcommand_from ast compose" -a ast -d 'Print the syntax tree'
complete -c plimsoll -n "__fish_seen_subcommand_from debug; and not __fish_seen_subcommand_from ast compose" -a compose -d 'Print the compose model as compose config does'
complete -c plimsoll -n "__fish_seen_subcommand_from compose" -s f -l file -r -F -d 'Compose file, merged in order'
complete -c plimsoll -n "__fish_seen_subcommand_from compose" -l env-file -r -F -d 'Env file to interpolate with'
complete -c plimsoll -n "__fish_seen_subcommand_from compose" -l profile -x -d 'Compose profile to enable'
complete -c plimsoll -n "__fish_seen_subcommand_from compose" -l format -x -a 'yaml json' -d 'Output format'
