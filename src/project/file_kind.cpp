#include "project/file_kind.h"
#include "util/path.h"

#include <array>
#include <span>
#include <string>

namespace plimsoll::project {
namespace {

std::string_view parent_name(std::string_view path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {};
  return util::basename(path.substr(0, slash));
}

bool is_yaml(std::string_view name) { return name.ends_with(".yaml") || name.ends_with(".yml"); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

// The name without its last suffix when that suffix is a template engine's, else "".
std::string_view without_template_suffix(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kSuffixes{".j2",  ".jinja", ".jinja2",   ".tmpl",    ".tpl",
                                                             ".template", ".in", ".erb", ".mustache"};
  std::string lowered = lower(name);
  for (std::string_view suffix : kSuffixes) {
    if (lowered.size() > suffix.size() && std::string_view(lowered).ends_with(suffix)) {
      return name.substr(0, name.size() - suffix.size());
    }
  }
  return {};
}

}  // namespace

bool is_dockerfile_name(std::string_view name) {
  if (name.ends_with(".dockerignore")) return false;  // BuildKit's per-Dockerfile ignore files
  // `dockerfile`: the docker CLI builds it when a context has no `Dockerfile`.
  return name == "Dockerfile" || name == "dockerfile" || name == "Containerfile" || name.starts_with("Dockerfile.") ||
         name.starts_with("Containerfile.") || name.ends_with(".Dockerfile") || name.ends_with(".dockerfile");
}

bool is_compose_path(std::string_view path) {
  std::string_view name = util::basename(path);
  if (!is_yaml(name)) return false;
  // A CI workflow that runs compose is often named after it (`test-docker-compose.yml`); what
  // lives in a workflow directory is a workflow, never a compose file.
  if (("/" + std::string(util::parent_dir(path)) + "/").find("/.github/workflows/") != std::string::npos) return false;
  if (name.starts_with("compose.") || name.starts_with("docker-compose.") || name.starts_with("docker-compose-")) {
    return true;
  }
  if (name.find(".compose.") != std::string_view::npos || name.find("-compose.") != std::string_view::npos) return true;
  return parent_name(path) == "compose";
}

std::span<const std::string_view> env_template_suffixes() {
  // `.in`: the input a configure or build step renders (`.env.production.in`).
  static constexpr std::array<std::string_view, 6> kSuffixes{".example", ".sample", ".template", ".dist", ".tmpl",
                                                             ".in"};
  return kSuffixes;
}

bool is_env_template_name(std::string_view name) {
  for (std::string_view suffix : env_template_suffixes()) {
    if (name.ends_with(suffix)) return true;
  }
  return false;
}

bool is_not_env_suffix(std::string_view suffix) {
  // Code, documents, data formats with their own syntax, encrypted copies, and what editors,
  // patch tools and backups leave behind. `.env.txt` and `.env.local` stay env files.
  static constexpr std::array<std::string_view, 45> kSuffixes{
      "sh",   "bash", "zsh",  "fish", "ps1",  "bat",  "cmd",  "py",   "js",   "mjs",  "cjs",   "ts",
      "rb",   "go",   "php",  "pl",   "java", "json", "yaml", "yml",  "toml", "ini",  "xml",   "html",
      "md",   "rst",  "adoc", "j2",   "jinja", "jinja2", "erb", "mustache", "patch", "diff", "orig", "rej",
      "bak",  "swp",  "swo",  "tmp",  "old",  "gpg",  "asc",  "age",  "d"};
  std::string lowered = lower(suffix);
  for (std::string_view known : kSuffixes) {
    if (lowered == known) return true;
  }
  return false;
}

bool is_env_path(std::string_view path) {
  std::string_view name = util::basename(path);
  if (name.ends_with('~')) return false;  // an editor's backup copy
  if (name.starts_with(".env.")) {
    std::size_t dot = name.rfind('.');
    return !is_not_env_suffix(name.substr(dot + 1));
  }
  if (name == ".env") return true;
  if (name.ends_with(".env") && name.size() > 4) return true;
  if (parent_name(path) != "env") return false;
  // Inside env/: `dev`, `prod.example`; not scripts, docs or YAML.
  return name.find('.') == std::string_view::npos || is_env_template_name(name);
}

bool is_template_path(std::string_view path) {
  std::string_view name = util::basename(path);
  std::string_view rendered = without_template_suffix(name);
  if (rendered.empty()) return false;
  std::string rendered_path = std::string(util::parent_dir(path));
  rendered_path = rendered_path.empty() || rendered_path == "." ? std::string(rendered) : rendered_path + "/" + std::string(rendered);
  return is_dockerfile_name(rendered) || could_be_dockerfile_name(rendered) || is_compose_path(rendered_path);
}

bool could_be_dockerfile_name(std::string_view name) {
  std::string lowered = lower(name);
  if (lowered.ends_with(".dockerignore")) return false;
  return lowered.starts_with("dockerfile") || lowered.starts_with("containerfile") ||
         lowered.ends_with(".dockerfile") || lowered.ends_with(".containerfile");
}

FileKind classify(std::string_view path) {
  std::string_view name = util::basename(path);
  if (name == ".dockerignore" || name.ends_with(".dockerignore")) return FileKind::kDockerignore;
  if (is_template_path(path)) return FileKind::kOther;
  if (is_dockerfile_name(name)) return FileKind::kDockerfile;
  if (name == "Makefile" || name == "makefile" || name == "GNUmakefile") return FileKind::kMakefile;
  if (is_compose_path(path)) return FileKind::kCompose;
  if (is_env_path(path)) return FileKind::kEnv;
  return FileKind::kOther;
}

}  // namespace plimsoll::project
