#include "lsp/linter.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "project/file_kind.h"
#include "project/project.h"
#include "rules/engine.h"
#include "rules/project_engine.h"
#include "rules/registry.h"
#include "util/path.h"

namespace plimsoll::lsp {
namespace fs = std::filesystem;
namespace {

long long mtime_of(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return -1;
  return static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec;
}

void add_known_files(const fs::path& dir, std::vector<std::string>& files) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    std::string path = it->path().generic_string();
    if (project::classify(path) != project::FileKind::kOther) files.push_back(path);
  }
}

bool sorted_by_position(const core::Finding& a, const core::Finding& b) {
  if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
  return a.rule_id < b.rule_id;
}

}  // namespace

std::string project_neighbourhood(const std::string& path, std::vector<std::string>& files) {
  fs::path dir = fs::path(path).parent_path();
  std::string name = dir.filename().string();
  if (name == "compose" || name == "env" || name == "docker") dir = dir.parent_path();
  add_known_files(dir, files);
  for (const char* sub : {"compose", "env", "docker"}) add_known_files(dir / sub, files);
  std::string own = util::normal_path(path);
  if (std::none_of(files.begin(), files.end(),
                   [&](const std::string& f) { return util::normal_path(f) == own; })) {
    files.push_back(path);  // a buffer never saved
  }
  std::sort(files.begin(), files.end());
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

LintResult Linter::lint(const std::string& path, std::string text, const std::string& language_id,
                        const OpenBuffers& open) {
  LintResult result;
  CachedConfig& cached = config_for(path);
  result.config_error = cached.error;
  const config::Config& config = cached.config;
  project::FileKind kind = project::classify(path);
  if (kind == project::FileKind::kOther && language_id == "dockerfile")
    kind = project::FileKind::kDockerfile;
  if (kind == project::FileKind::kOther || cached.file(path).excluded) {
    result.source = std::make_shared<core::SourceFile>(path, std::move(text));
    return result;
  }
  result.linted = true;

  if (kind == project::FileKind::kDockerfile) {
    result.source = std::make_shared<core::SourceFile>(path, std::move(text));
    rules::CheckOptions options;
    options.settings = &cached.file(path).settings;
    result.findings = rules::check_dockerfile(*result.source, rules::all_rules(), options);
    return result;
  }

  project::ProjectInput input;
  input.root = project_neighbourhood(path, input.files);
  input.build_contexts = config.build_contexts;
  input.base_dir = config.base_dir.empty() ? "." : config.base_dir;
  for (const auto& [open_path, open_text] : open)
    input.overlays[util::normal_path(open_path)] = open_text;
  std::string own = util::normal_path(path);
  input.overlays[own] = text;
  project::Project loaded = project::load_project(input);

  rules::SettingsFor settings_for = [&cached](std::string_view file) -> const rules::RuleSettings& {
    return cached.file(file).settings;
  };
  for (auto& f : rules::check_project(loaded, rules::all_rules(), settings_for)) {
    if (util::normal_path(f.path) != own) continue;
    if (!result.source) result.source = f.source;
    result.findings.push_back(std::move(f.finding));
  }
  if (!result.source) result.source = std::make_shared<core::SourceFile>(path, std::move(text));
  std::stable_sort(result.findings.begin(), result.findings.end(), sorted_by_position);
  return result;
}

}  // namespace plimsoll::lsp
