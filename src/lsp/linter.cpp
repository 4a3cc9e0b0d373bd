#include "lsp/linter.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "project/content_kind.h"
#include "project/file_kind.h"
#include "project/project.h"
#include "session/discovery.h"
#include "session/session.h"
#include "util/path.h"

namespace plimsoll::lsp {
namespace fs = std::filesystem;
namespace {

// How long the files found in a project are trusted before the tree is walked again.
constexpr std::chrono::seconds kProjectFilesLifetime{2};
// Directory entries surveyed for a buffer's project: a real project has far fewer, and a
// buffer whose guessed root is `/` or a home directory must not walk the whole disk (a fuzzed
// message stream opened `file:///x.yaml` and walked `/` for over a minute).
constexpr std::size_t kMaxSurveyedEntries = 50'000;

long long mtime_of(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return -1;
  return static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec;
}

bool path_exists(const fs::path& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

}  // namespace

std::string project_root_of(const std::string& path) {
  fs::path dir = fs::path(path).parent_path();
  for (fs::path at = dir; !at.empty(); at = at.parent_path()) {
    if (path_exists(at / ".git") || path_exists(at / ".plimsoll.yaml")) return at.generic_string();
    if (at == at.parent_path()) break;
  }
  std::string name = dir.filename().string();
  if (name == "compose" || name == "env" || name == "docker") dir = dir.parent_path();
  return dir.generic_string();
}

const Linter::FileSettings& Linter::CachedConfig::file(std::string_view path) {
  auto it = files.find(path);
  if (it == files.end()) {
    it = files
             .emplace(std::string(path),
                      FileSettings{config.excludes(path), config.settings_for(path)})
             .first;
  }
  return it->second;
}

Linter::CachedConfig& Linter::config_for(const std::string& path) {
  std::string config_path = config::find_config(path);
  long long mtime = config_path.empty() ? 0 : mtime_of(config_path);
  auto it = configs_.find(config_path);
  if (it != configs_.end() && it->second.mtime == mtime) return it->second;
  CachedConfig cached;
  cached.mtime = mtime;
  if (!config_path.empty()) {
    auto loaded = config::load_config(config_path);
    if (loaded) {
      cached.config = std::move(*loaded);
    } else {
      cached.error = loaded.error().message;
    }
  }
  return configs_[config_path] = std::move(cached);
}

const Linter::CachedProject& Linter::project_at(const std::string& root, const config::Config& config) {
  auto now = std::chrono::steady_clock::now();
  auto it = projects_.find(root);
  if (it != projects_.end() && now - it->second.found_at < kProjectFilesLifetime) return it->second;
  session::Discovery found = session::discover({root}, {}, {.max_entries = kMaxSurveyedEntries});
  if (found.truncated) {
    // Too large to be one project (a buffer in `/` or a home directory without a repository):
    // the files beside the buffer only, which the walk listed first.
    for (auto* list : {&found.files, &found.project_files}) {
      std::erase_if(*list, [&](const std::string& file) { return util::parent_dir(file) != root; });
    }
  }
  CachedProject cached{now, {}, {}};
  for (auto* list : {&found.files, &found.project_files}) {
    std::erase_if(*list, [&](const std::string& file) { return config.excludes(file); });
  }
  cached.dockerfiles = std::move(found.files);
  cached.project_files = std::move(found.project_files);
  return projects_[root] = std::move(cached);
}

LintResult Linter::lint(const std::string& path, std::string text, const std::string& language_id,
                        std::shared_ptr<const OpenBuffers> open) {
  LintResult result;
  CachedConfig& cached = config_for(path);
  result.config_error = cached.error;
  project::FileKind kind = project::classify(path);
  // A buffer in Dockerfile mode is one whatever its name, unless the name says it is a template.
  if (kind == project::FileKind::kOther && language_id == "dockerfile" && !project::is_template_path(path)) {
    kind = project::FileKind::kDockerfile;
  }
  // A YAML buffer is a compose file when the editor says so or when it reads as one (`docker
  // compose -f stack.yml` files have any name), as `check` decides for a file it is given.
  bool compose_by_content = false;
  if (kind == project::FileKind::kOther && !project::is_template_path(path)) {
    bool yaml = path.ends_with(".yml") || path.ends_with(".yaml");
    compose_by_content = language_id == "dockercompose" || (yaml && project::looks_like_compose(text));
  }
  if ((kind == project::FileKind::kOther && !compose_by_content) || cached.file(path).excluded) {
    result.source = std::make_shared<core::SourceFile>(path, std::move(text));
    return result;
  }
  result.linted = true;

  std::string root = project_root_of(path);
  const CachedProject& files = project_at(root, cached.config);
  session::Request request;
  request.root = root;
  request.dockerfiles = files.dockerfiles;
  request.project_files = files.project_files;
  // The buffer itself, also when it was never saved or its name says nothing.
  if (compose_by_content) {
    request.compose_files.push_back(path);
  } else {
    (kind == project::FileKind::kDockerfile ? request.dockerfiles : request.project_files).push_back(path);
  }
  request.config = &cached.config;
  request.settings = [&cached](std::string_view file) -> const rules::RuleSettings& {
    return cached.file(file).settings;
  };
  request.shared_overlays = std::move(open);
  std::string own = util::normal_path(path);
  request.overlays[own] = text;
  // Only the buffer's findings are shown: the other Dockerfiles are loaded for the project
  // rules, not checked.
  request.focus = own;
  request.cache = &parsed_[root];

  for (auto& report : session::check(request)) {
    if (util::normal_path(report.path) != own) continue;
    result.source = report.source;
    result.findings = std::move(report.findings);
    break;
  }
  if (!result.source) result.source = std::make_shared<core::SourceFile>(path, std::move(text));
  return result;
}

}  // namespace plimsoll::lsp
