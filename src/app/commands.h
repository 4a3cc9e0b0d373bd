// The subcommands. Each returns the process exit code: 0 clean, 1 findings (or a failed
// parse for `debug ast`), 2 usage, I/O or internal error.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace plimsoll::app {

inline constexpr const char* kToolVersion = "0.1.0";

struct CheckOptions {
  std::vector<std::string> paths;
  std::vector<std::string> excludes;
  std::vector<std::string> env_files;  // --env-file, as given to docker compose
  std::string format = "text";
  std::string fail_on = "warning";
  std::string color = "auto";
  unsigned jobs = 0;  // 0: all cores
  bool inline_ignores = true;
  bool profile_rules = false;  // print the time spent in each rule to stderr
  bool explain = false;        // text output: each finding's notes (the build context it was judged in)
  std::string config_path;  // --config; empty: search upward from the first path
  std::string profile;      // --profile; empty: the config's
  // `check --select/--ignore`: only these rules run, or these do not (IDs, prefixes, names or
  // hadolint codes, comma-separated); above the configuration.
  std::vector<std::string> only_rules;
  std::vector<std::string> skip_rules;
  // `--error/--warning/--info/--style RULE`: these rules report at that severity, whatever the
  // configuration says (hadolint's re-grading options).
  std::vector<std::string> as_error, as_warning, as_info, as_style;
  std::string output;  // -o: the report goes to this file; empty: standard output
  bool quiet = false;  // -q: findings only, without notices or the text summary line
  // `check -`: the path standard input's text stands for (its kind and its project); empty:
  // a Dockerfile on its own.
  std::string stdin_filename;
};

// `fix` reads the files as `check` does; --dry-run prints a unified diff instead of writing.
struct FixOptions : CheckOptions {
  bool dry_run = false;
  bool unsafe_fixes = false;        // also apply fixes that may change behaviour (docs/fix.md)
  std::vector<std::string> select;  // only these rules' fixes (IDs, ID prefixes or names)
  std::vector<std::string> ignore;  // never these rules' fixes
};

int run_check(const CheckOptions& options);
int run_fix(const FixOptions& options);

// `plimsoll image REF`: audit a built image (OCI layout or docker-archive) offline.
struct ImageOptions {
  std::string reference;  // oci:DIR[:TAG], docker-archive:FILE[:TAG], or a bare path
  std::string platform;   // os/arch[/variant] for multi-platform indexes
  std::string format = "text";
  std::string fail_on = "warning";
  std::string color = "never";
  std::string config_path;
  std::string profile;
  bool sbom = false;    // write the packages as CycloneDX JSON instead of findings
  std::string output;   // --output for the SBOM; empty: stdout
};

int run_image(const ImageOptions& options);
int run_debug_ast(const std::string& path);

// `plimsoll debug compose`: the compose model as `docker compose config` prints it.
struct DebugComposeOptions {
  std::string path;                    // the project (default: the first file's directory, else .)
  std::vector<std::string> files;      // -f: these files in this order are the stack
  std::vector<std::string> env_files;  // --env-file, replacing the `.env` beside the first file
  std::vector<std::string> profiles;   // --profile; none: COMPOSE_PROFILES
  std::string format = "yaml";
};
int run_debug_compose(const DebugComposeOptions& options);
int run_rules(const std::string& format);
int run_explain(const std::string& rule);
// `plimsoll lsp`: the per-message limits (lsp/server.h); defaults as documented in docs/limits.md.
struct LspOptions {
  std::size_t max_message_bytes = std::size_t{64} << 20;
  std::size_t max_json_depth = 128;
};
int run_lsp(const LspOptions& options);
int run_config_dump(const std::string& config_path, const std::string& profile, const std::string& start);

}  // namespace plimsoll::app
