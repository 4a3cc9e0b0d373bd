// plimsoll's command line: the only place that knows about CLI11 and argv.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <exception>
#include <iostream>

#include "app/commands.h"
#include "util/did_you_mean.h"
#include "app/init_command.h"
#include "init/generate.h"
#include "report/report.h"
#include "util/printable.h"

namespace {

// What `check` and `fix` both read: the paths, excludes, env files, configuration and profile.
void add_input_options(CLI::App* command, plimsoll::app::CheckOptions& options) {
  command->add_option("paths", options.paths, "Files or directories");
  command->add_option("--exclude", options.excludes, "Skip paths matching this glob (repeatable)")
      ->allow_extra_args(false)
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command->add_option("--env-file", options.env_files,
                      "Env file compose files are interpolated with, as `docker compose --env-file` (repeatable)")
      ->allow_extra_args(false)
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command->add_option("-c,--config", options.config_path, "Configuration file (default: nearest .plimsoll.yaml)")
      ->envname("PLIMSOLL_CONFIG");
  command->add_option("--profile", options.profile, "Built-in profile, replacing the configuration's");
}

// A repeatable option taking one value at a time (`--ignore DF004 --ignore DC`), each
// comma-separated as it pleases.
CLI::Option* repeatable(CLI::Option* option) {
  return option->allow_extra_args(false)->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

// The command a parse error happened in: the deepest subcommand that was parsed.
const CLI::App* active_command(const CLI::App& app) {
  const CLI::App* current = &app;
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (const CLI::App* sub : current->get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->parsed()) {
        current = sub;
        deeper = true;
        break;
      }
    }
  }
  return current;
}

// " (did you mean …?)" for the first word of the command line the parse could not place: a
// mistyped subcommand, or a long option the command does not have.
std::string suggestion(const CLI::App& app, int argc, char** argv) {
  const CLI::App* command = active_command(app);
  std::vector<std::string> subcommands, options;
  for (const CLI::App* sub : command->get_subcommands([](const CLI::App*) { return true; })) {
    subcommands.push_back(sub->get_name());
  }
  for (const CLI::App* level = command; level != nullptr; level = level->get_parent()) {
    for (const CLI::Option* option : level->get_options()) {
      for (const auto& name : option->get_lnames()) options.push_back("--" + name);
    }
  }
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word.starts_with("--")) {
      std::string name = word.substr(0, word.find('='));
      if (std::find(options.begin(), options.end(), name) == options.end()) {
        return plimsoll::util::did_you_mean(name, options);
      }
    } else if (!word.starts_with('-') && !subcommands.empty() && i <= 2) {
      bool known = std::find(subcommands.begin(), subcommands.end(), word) != subcommands.end() ||
                   app.get_subcommands([&word](const CLI::App* sub) { return sub->get_name() == word; }).size() == 1;
      if (!known) return plimsoll::util::did_you_mean(word, subcommands);
    }
  }
  return {};
}

int run(int argc, char** argv) {
  // Named, so usage and help say `plimsoll` whatever path it was started by.
  CLI::App app{"plimsoll: checks container builds against a written standard", "plimsoll"};
  app.set_version_flag("--version", plimsoll::app::kToolVersion);
  app.require_subcommand(1);

  plimsoll::app::CheckOptions check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check every Dockerfile under the paths (default: .)");
  add_input_options(check_cmd, check);
  check_cmd->add_option("-f,--format", check.format, "Output format")
      ->check(CLI::IsMember(plimsoll::report::format_names()))
      ->envname("PLIMSOLL_FORMAT");
  check_cmd->add_option("--fail-on", check.fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info", "style", "none"}))
      ->envname("PLIMSOLL_FAIL_ON");
  check_cmd->add_option("--color", check.color, "Colour output")->check(CLI::IsMember({"auto", "always", "never"}));
  bool no_color = false;
  check_cmd->add_flag("--no-color", no_color, "No colour (as --color never)");
  check_cmd->add_option("-o,--output", check.output, "Write the report to this file instead of standard output");
  check_cmd->add_flag("-q,--quiet", check.quiet, "Findings only: no notices, no summary line");
  check_cmd->add_option("--stdin-filename", check.stdin_filename,
                        "With `-`: the path standard input stands for (its kind and project)");
  repeatable(check_cmd->add_option("--select", check.only_rules,
                                   "Run only these rules (IDs, prefixes such as DC, names or hadolint codes; repeatable)"));
  repeatable(check_cmd->add_option("--ignore", check.skip_rules, "Do not run these rules (same forms as --select)"));
  repeatable(check_cmd->add_option("--error", check.as_error, "Report these rules as errors (repeatable)"));
  repeatable(check_cmd->add_option("--warning", check.as_warning, "Report these rules as warnings (repeatable)"));
  repeatable(check_cmd->add_option("--info", check.as_info, "Report these rules as info (repeatable)"));
  repeatable(check_cmd->add_option("--style", check.as_style, "Report these rules as style (repeatable)"));
  check_cmd->add_option("-j,--jobs", check.jobs, "Parallel jobs (default: all cores)");
  bool no_inline_ignores = false;
  check_cmd->add_flag("--no-inline-ignores", no_inline_ignores, "Disregard ignore comments in the files");
  check_cmd->add_flag("--explain", check.explain, "Show each finding's notes (the build context it was judged in)");
  check_cmd->add_flag("--profile-rules", check.profile_rules, "Print the time spent in each rule to stderr");

  plimsoll::app::FixOptions fix;
  CLI::App* fix_cmd = app.add_subcommand("fix", "Apply the safe fixes findings carry (default: .)");
  add_input_options(fix_cmd, fix);
  fix_cmd->add_flag("--dry-run", fix.dry_run, "Print a unified diff instead of writing; exit 1 when it is not empty");
  fix_cmd->add_flag("--unsafe-fixes", fix.unsafe_fixes, "Also apply fixes that may change how the build or container behaves");
  fix_cmd->add_option("--select", fix.select, "Fix only these rules (IDs, prefixes such as DC, or names; repeatable, comma-separated)")
      ->allow_extra_args(false)
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  fix_cmd->add_option("--ignore", fix.ignore, "Never fix these rules (same forms as --select)")
      ->allow_extra_args(false)
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  bool fix_no_inline_ignores = false;
  fix_cmd->add_flag("--no-inline-ignores", fix_no_inline_ignores, "Disregard ignore comments in the files");
  plimsoll::app::ImageOptions image;
  CLI::App* image_cmd = app.add_subcommand("image", "Audit a built image offline (OCI layout or docker-archive)");
  image_cmd->add_option("image", image.reference, "oci:DIR[:TAG], docker-archive:FILE[:TAG], or a path")->required();
  image_cmd->add_option("--platform", image.platform, "os/arch[/variant] of a multi-platform index");
  image_cmd->add_option("-f,--format", image.format, "Output format")
      ->check(CLI::IsMember(plimsoll::report::format_names()))
      ->envname("PLIMSOLL_FORMAT");
  image_cmd->add_option("--fail-on", image.fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info", "style", "none"}))
      ->envname("PLIMSOLL_FAIL_ON");
  image_cmd->add_option("--color", image.color, "Colour output")->check(CLI::IsMember({"auto", "always", "never"}));
  image_cmd->add_option("-c,--config", image.config_path, "Configuration file (default: nearest .plimsoll.yaml)")
      ->envname("PLIMSOLL_CONFIG");
  image_cmd->add_option("--profile", image.profile, "Built-in profile, replacing the configuration's");
  image_cmd->add_flag("--sbom", image.sbom, "Write the image's packages as CycloneDX JSON instead of findings");
  image_cmd->add_option("-o,--output", image.output, "Write the SBOM to this file (- for standard output)");

  std::string ast_path;
  CLI::App* debug_cmd = app.add_subcommand("debug", "Developer views of the parse");
  debug_cmd->require_subcommand(1);
  CLI::App* ast_cmd = debug_cmd->add_subcommand("ast", "Print the syntax tree in BuildKit's dump format");
  ast_cmd->add_option("file", ast_path, "Dockerfile")->required();
  plimsoll::app::DebugComposeOptions compose;
  CLI::App* compose_cmd =
      debug_cmd->add_subcommand("compose", "Print the compose model as `docker compose config` does (merged, interpolated, normalised)");
  compose_cmd->add_option("path", compose.path, "Project directory (default: the first -f file's directory, else .)");
  repeatable(compose_cmd->add_option("-f,--file", compose.files, "Compose file, merged in order (repeatable)"));
  repeatable(compose_cmd->add_option("--env-file", compose.env_files, "Env file to interpolate with, replacing .env (repeatable)"));
  repeatable(compose_cmd->add_option("--profile", compose.profiles, "Profile to enable (repeatable; * for all)"));
  compose_cmd->add_option("--format", compose.format, "Output format")->check(CLI::IsMember({"yaml", "json"}));

  std::string config_file, config_profile, config_start = ".";
  bool dump = false;
  CLI::App* config_cmd = app.add_subcommand("config", "Print the effective configuration as YAML");
  config_cmd->add_flag("--dump", dump, "Print the effective configuration as YAML (what `config` does; kept for scripts)");
  config_cmd->add_option("-c,--config", config_file, "Configuration file (default: nearest .plimsoll.yaml)")
      ->envname("PLIMSOLL_CONFIG");
  config_cmd->add_option("--profile", config_profile, "Built-in profile, replacing the configuration's");
  config_cmd->add_option("path", config_start, "Where to start looking for .plimsoll.yaml (default: .)");

  std::string rules_format = "table";
  CLI::App* rules_cmd = app.add_subcommand("rules", "List the rules");
  rules_cmd->add_option("--format", rules_format, "table, markdown or json")
      ->check(CLI::IsMember({"table", "markdown", "json"}));

  std::string explain_rule;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Print a rule's documentation");
  explain_cmd->add_option("rule", explain_rule, "Rule ID or name, e.g. DF004 or base-image-unpinned")->required();

  plimsoll::app::InitOptions init;
  CLI::App* init_cmd = app.add_subcommand("init", "Generate a compliant container setup for the project");
  init_cmd->add_option("path", init.path, "Project directory (default: .)");
  init_cmd->add_option("--stack", init.stack, "uv pdm poetry pipenv pip npm pnpm yarn yarn-berry bun go cargo");
  init_cmd->add_option("--entry", init.entry, "What starts the service: Python module:attr or file, Go ./cmd/NAME, Node file, Cargo binary");
  init_cmd->add_option("--port", init.port, "Port the service listens on")->check(CLI::Range(1, 65535));
  init_cmd->add_option("--layout", init.layout, "per-environment (compose/ env/ docker/) or flat")
      ->transform(CLI::Validator(
          [](std::string& value) -> std::string {
            // The old spelling is still accepted, and not advertised.
            std::string known = plimsoll::init::canonical_layout(value);
            if (known.empty()) return "unknown layout '" + value + "' (known: per-environment, flat)";
            value = known;
            return {};
          },
          "per-environment|flat"));
  init_cmd->add_flag("-y,--yes", init.yes, "Accept the detected defaults without asking");
  init_cmd->add_flag("--force", init.force, "Overwrite existing files");
  init_cmd->add_flag("--dry-run", init.dry_run, "Print the files instead of writing them");
  init_cmd->add_flag("--diff", init.diff, "Print a diff against the existing files instead of writing");
  init_cmd->add_flag("--explain", init.explain, "Print what was detected and why");
  CLI::App* lsp_cmd = app.add_subcommand("lsp", "Run the language server on stdin/stdout");
  plimsoll::app::LspOptions lsp;
  bool stdio = false;
  lsp_cmd->add_flag("--stdio", stdio, "Talk on stdin/stdout (the only transport; accepted for editors that pass it)");
  lsp_cmd->add_option("--max-message-bytes", lsp.max_message_bytes,
                      "Refuse JSON-RPC bodies larger than this (default 64 MiB)")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30));
  lsp_cmd->add_option("--max-json-depth", lsp.max_json_depth,
                      "Refuse JSON-RPC bodies nested deeper than this (default 128)")
      ->check(CLI::Range(std::size_t{8}, std::size_t{10000}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::cerr << "plimsoll: " << plimsoll::util::printable(e.what()) << suggestion(app, argc, argv)
              << "\nRun `plimsoll --help` for the commands and options.\n";
    return 2;
  }
  check.inline_ignores = !no_inline_ignores;
  if (no_color) check.color = "never";
  if (check_cmd->parsed()) return plimsoll::app::run_check(check);
  fix.inline_ignores = !fix_no_inline_ignores;
  if (fix_cmd->parsed()) return plimsoll::app::run_fix(fix);
  if (image_cmd->parsed()) return plimsoll::app::run_image(image);
  if (ast_cmd->parsed()) return plimsoll::app::run_debug_ast(ast_path);
  if (compose_cmd->parsed()) return plimsoll::app::run_debug_compose(compose);
  if (rules_cmd->parsed()) return plimsoll::app::run_rules(rules_format);
  if (explain_cmd->parsed()) return plimsoll::app::run_explain(explain_rule);
  if (init_cmd->parsed()) return plimsoll::app::run_init(init);
  if (lsp_cmd->parsed()) return plimsoll::app::run_lsp(lsp);
  if (config_cmd->parsed()) return plimsoll::app::run_config_dump(config_file, config_profile, config_start);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "plimsoll: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "plimsoll: internal error\n";
  }
  return 2;
}
