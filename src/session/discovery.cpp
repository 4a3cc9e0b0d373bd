#include "session/discovery.h"

#include "project/file_kind.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace plimsoll::session {
namespace fs = std::filesystem;

namespace {

bool skipped_directory(const std::string& name) {
  static const char* const kSkipped[] = {".git", ".hg", ".svn", "node_modules", "vendor", "third_party",
                                         ".venv", "venv", "__pycache__", ".tox", ".terraform"};
  return std::any_of(std::begin(kSkipped), std::end(kSkipped), [&](const char* s) { return name == s; });
}

bool excluded(const fs::path& path, const std::vector<std::string>& excludes) {
  std::string full = path.generic_string();
  std::string name = path.filename().string();
  for (const auto& glob : excludes) {
    if (::fnmatch(glob.c_str(), full.c_str(), 0) == 0 || ::fnmatch(glob.c_str(), name.c_str(), 0) == 0) return true;
  }
  return false;
}

}  // namespace

std::string project_root(const std::vector<std::string>& paths) {
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) return path;
  }
  if (paths.empty()) return ".";
  std::string parent = fs::path(paths.front()).parent_path().generic_string();
  return parent.empty() ? "." : parent;
}

Discovery discover(const std::vector<std::string>& paths, const std::vector<std::string>& excludes) {
  Discovery out;
  for (const auto& arg : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      out.errors.push_back(arg + ": no such file or directory");
      continue;
    }
    if (!fs::is_directory(status)) {
      project::FileKind kind = project::classify(fs::path(arg).generic_string());
      bool dockerfile = kind == project::FileKind::kDockerfile || kind == project::FileKind::kOther;
      (dockerfile ? out.files : out.project_files).push_back(arg);
      continue;
    }
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      out.errors.push_back(arg + ": " + ec.message());
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        out.errors.push_back(it->path().string() + ": " + ec.message());
        break;
      }
      const fs::directory_entry& entry = *it;
      std::string name = entry.path().filename().string();
      if (entry.is_directory(ec) && !entry.is_symlink(ec)) {
        if (skipped_directory(name) || excluded(entry.path(), excludes)) it.disable_recursion_pending();
        continue;
      }
      if (!entry.is_regular_file(ec) || excluded(entry.path(), excludes)) continue;
      std::string path = entry.path().generic_string();
      switch (project::classify(path)) {
        case project::FileKind::kDockerfile:
          out.files.push_back(std::move(path));
          break;
        case project::FileKind::kOther:
          break;
        default:
          out.project_files.push_back(std::move(path));
      }
    }
  }
  for (auto* list : {&out.files, &out.project_files}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  return out;
}

}  // namespace plimsoll::session
