#include "app/discovery.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace plimsoll::app {
namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

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

bool is_dockerfile_name(const std::string& name) {
  if (ends_with(name, ".dockerignore")) return false;  // BuildKit's per-Dockerfile ignore files
  return name == "Dockerfile" || name == "Containerfile" || name.rfind("Dockerfile.", 0) == 0 ||
         name.rfind("Containerfile.", 0) == 0 || ends_with(name, ".Dockerfile") || ends_with(name, ".dockerfile");
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
      out.files.push_back(arg);
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
      if (entry.is_regular_file(ec) && is_dockerfile_name(name) && !excluded(entry.path(), excludes)) {
        out.files.push_back(entry.path().generic_string());
      }
    }
  }
  std::sort(out.files.begin(), out.files.end());
  out.files.erase(std::unique(out.files.begin(), out.files.end()), out.files.end());
  return out;
}

}  // namespace plimsoll::app
