// plimsoll's command line: the only place that knows about CLI11 and argv.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

#include "app/commands.h"
#include "app/init_command.h"
#include "init/generate.h"
#include "report/report.h"

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
  command->add_option("--config", options.config_path, "Configuration file (default: nearest .plimsoll.yaml)");
  command->add_option("--profile", options.profile, "Built-in profile, replacing the configuration's");
}

int run(int argc, char** argv) {
  CLI::App app{"plimsoll: checks container builds against a written standard"};
  app.set_version_flag("--version", plimsoll::app::kToolVersion);
  app.require_subcommand(1);

  plimsoll::app::CheckOptions check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check every Dockerfile under the paths (default: .)");
  add_input_options(check_cmd, check);
  check_cmd->add_option("--format", check.format, "Output format")->check(CLI::IsMember(plimsoll::report::format_names()));
  check_cmd->add_option("--fail-on", check.fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info", "style", "none"}));
  check_cmd->add_option("--color", check.color, "Colour output")->check(CLI::IsMember({"auto", "always", "never"}));
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
  image_cmd->add_option("--format", image.format, "Output format")->check(CLI::IsMember(plimsoll::report::format_names()));
  image_cmd->add_option("--fail-on", image.fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info", "style", "none"}));
  image_cmd->add_option("--color", image.color, "Colour output")->check(CLI::IsMember({"auto", "always", "never"}));
  image_cmd->add_option("--config", image.config_path, "Configuration file (default: nearest .plimsoll.yaml)");
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
  auto repeatable = [](CLI::Option* option) {
    option->allow_extra_args(false)->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  };
  repeatable(compose_cmd->add_option("-f,--file", compose.files, "Compose file, merged in order (repeatable)"));
  repeatable(compose_cmd->add_option("--env-file", compose.env_files, "Env file to interpolate with, replacing .env (repeatable)"));
  repeatable(compose_cmd->add_option("--profile", compose.profiles, "Profile to enable (repeatable; * for all)"));
  compose_cmd->add_option("--format", compose.format, "Output format")->check(CLI::IsMember({"yaml", "json"}));

  std::string config_file, config_profile, config_start = ".";
  bool dump = false;
  CLI::App* config_cmd = app.add_subcommand("config", "Show the effective configuration");
  config_cmd->add_flag("--dump", dump, "Print the effective configuration as YAML")->required();
  config_cmd->add_option("--config", config_file, "Configuration file (default: nearest .plimsoll.yaml)");
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
  lsp_cmd->add_option("--max-message-bytes", lsp.max_message_bytes,
                      "Refuse JSON-RPC bodies larger than this (default 64 MiB)")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30));
  lsp_cmd->add_option("--max-json-depth", lsp.max_json_depth,
                      "Refuse JSON-RPC bodies nested deeper than this (default 128)")
      ->check(CLI::Range(std::size_t{8}, std::size_t{10000}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  check.inline_ignores = !no_inline_ignores;
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
