#include "session/discovery.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "project/content_kind.h"
#include "project/file_kind.h"
#include "util/confinement.h"
#include "util/file_io.h"
#include "util/filesystem.h"
#include "util/path.h"

namespace plimsoll::session {
namespace fs = std::filesystem;

namespace {

// util's messages read "path: reason"; the reason alone.
std::string without_path(const std::string& message, const std::string& path) {
  std::string prefix = path + ": ";
  return message.starts_with(prefix) ? message.substr(prefix.size()) : message;
}

bool skipped_directory(const std::string& name) {
  static const char* const kSkipped[] = {".git", ".hg", ".svn", "node_modules", "vendor", "third_party",
                                         ".venv", "venv", "__pycache__", ".tox", ".terraform"};
  return std::any_of(std::begin(kSkipped), std::end(kSkipped), [&](const char* s) { return name == s; });
}

bool excluded(const std::string& path, const std::vector<std::string>& excludes) {
  std::string name(util::basename(path));
  for (const auto& glob : excludes) {
    if (::fnmatch(glob.c_str(), path.c_str(), 0) == 0 || ::fnmatch(glob.c_str(), name.c_str(), 0) == 0) return true;
  }
  return false;
}

void take(std::string path, Discovery& out) {
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

std::string template_notice(const std::string& path) {
  return path + ": a template, rendered into what Docker reads; not checked";
}

// A file the user named: by its name, else by its first lines; nothing when it is none of the
// kinds plimsoll checks (a notice says so).
void take_named(const std::string& arg, Discovery& out) {
  std::string path = fs::path(arg).generic_string();
  if (project::is_template_path(path)) {
    out.notices.push_back(template_notice(arg));
    return;
  }
  project::FileKind kind = project::classify(path);
  if (kind == project::FileKind::kDockerfile || project::could_be_dockerfile_name(util::basename(path))) {
    out.files.push_back(arg);
    return;
  }
  if (kind != project::FileKind::kOther) {
    out.project_files.push_back(arg);
    return;
  }
  auto text = util::read_file(arg);
  if (!text) {
    out.errors.push_back({arg, without_path(text.error().message, arg) + "; not checked"});
    return;
  }
  if (project::looks_like_dockerfile(*text)) {
    out.files.push_back(arg);
  } else if (project::looks_like_compose(*text)) {
    out.compose_files.push_back(arg);
  } else {
    out.notices.push_back(arg + ": neither a Dockerfile, compose file, env file, .dockerignore nor Makefile by its "
                                "name or its first lines; not checked");
  }
}

// The directory `top` and everything below it, breadth by listing: an explicit stack instead of
// recursion, and each listing complete (its descriptor closed) before any child is opened.
void walk(const std::string& top, const std::vector<std::string>& excludes, const util::Confinement& confinement,
          const DiscoverLimits& limits, std::size_t& visited, Discovery& out) {
  std::vector<std::string> pending{top};
  while (!pending.empty()) {
    std::string dir = std::move(pending.back());
    pending.pop_back();
    auto listed = util::disk().list(dir);
    if (!listed) {
      out.errors.push_back({dir, without_path(listed.error().message, dir) + "; not checked"});
      continue;
    }
    std::vector<std::string> below;
    for (const util::DirEntry& entry : *listed) {
      if (limits.max_entries != 0 && ++visited > limits.max_entries) {
        out.truncated = true;
        return;
      }
      std::string path = (dir.ends_with('/') ? dir : dir + "/") + entry.name;
      if (entry.is_dir) {
        if (!skipped_directory(entry.name) && !excluded(path, excludes)) below.push_back(std::move(path));
        continue;
      }
      if (excluded(path, excludes)) continue;
      if (project::is_template_path(path)) {
        out.notices.push_back(template_notice(path));
        continue;
      }
      if (project::classify(path) == project::FileKind::kOther) continue;
      if (entry.is_symlink) {
        if (!confinement.admits(path)) {
          out.notices.push_back(path + ": a symlink to outside the project root " + confinement.described() + "; not read");
          continue;
        }
        if (!util::disk().is_regular_file(path)) continue;  // dangling, or a link to a directory
      } else if (!util::disk().is_regular_file(path)) {
        out.notices.push_back(path + ": not a regular file (a FIFO, socket or device); not read");
        continue;
      }
      take(std::move(path), out);
    }
    // Reversed onto the stack so subdirectories are walked in name order.
    std::move(below.rbegin(), below.rend(), std::back_inserter(pending));
  }
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

Discovery discover(const std::vector<std::string>& paths, const std::vector<std::string>& excludes,
                   const DiscoverLimits& limits) {
  Discovery out;
  std::size_t visited = 0;
  for (const auto& arg : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      out.errors.push_back({arg, "no such file or directory"});
      continue;
    }
    util::Confinement confinement({util::project_root_of(arg)});
    if (!fs::is_directory(status)) {
      // Named by the user, but perhaps a link the checked tree planted under a usual name.
      if (!confinement.admits(arg)) {
        out.errors.push_back({arg, "a symlink to outside the project root " + confinement.described() + "; not read"});
        continue;
      }
      take_named(arg, out);
      continue;
    }
    walk(fs::path(arg).generic_string(), excludes, confinement, limits, visited, out);
    if (out.truncated) break;
  }
  for (auto* list : {&out.files, &out.project_files, &out.compose_files}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  return out;
}

}  // namespace plimsoll::session
