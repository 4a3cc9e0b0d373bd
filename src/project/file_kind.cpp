#include "project/file_kind.h"
#include "util/path.h"

#include <array>
#include <string>

namespace plimsoll::project {
namespace {

std::string_view parent_name(std::string_view path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {};
  return util::basename(path.substr(0, slash));
}

bool is_yaml(std::string_view name) { return name.ends_with(".yaml") || name.ends_with(".yml"); }

}  // namespace

bool is_dockerfile_name(std::string_view name) {
  if (name.ends_with(".dockerignore")) return false;  // BuildKit's per-Dockerfile ignore files
  return name == "Dockerfile" || name == "Containerfile" || name.starts_with("Dockerfile.") ||
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

bool is_env_template_name(std::string_view name) {
  static constexpr std::array<std::string_view, 5> kSuffixes{".example", ".sample", ".template", ".dist", ".tmpl"};
  for (std::string_view suffix : kSuffixes) {
    if (name.ends_with(suffix)) return true;
  }
  return false;
}

bool is_env_path(std::string_view path) {
  std::string_view name = util::basename(path);
  if (name == ".env" || name.starts_with(".env.")) return true;
  if (name.ends_with(".env") && name.size() > 4) return true;
  if (parent_name(path) != "env") return false;
  // Inside env/: `dev`, `prod.example`; not scripts, docs or YAML.
  return name.find('.') == std::string_view::npos || is_env_template_name(name);
}

FileKind classify(std::string_view path) {
  std::string_view name = util::basename(path);
  if (name == ".dockerignore" || name.ends_with(".dockerignore")) return FileKind::kDockerignore;
  if (is_dockerfile_name(name)) return FileKind::kDockerfile;
  if (name == "Makefile" || name == "makefile" || name == "GNUmakefile") return FileKind::kMakefile;
  if (is_compose_path(path)) return FileKind::kCompose;
  if (is_env_path(path)) return FileKind::kEnv;
  return FileKind::kOther;
}

}  // namespace plimsoll::project
