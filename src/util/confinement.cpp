#include "util/confinement.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "util/format.h"
#include "util/path.h"

namespace plimsoll::util {
namespace fs = std::filesystem;

std::string resolved_path(std::string_view path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(fs::path(path.empty() ? std::string_view(".") : path), ec);
  if (ec) return {};
  // weakly_canonical resolves the existing prefix (symlinks followed) and folds the rest, so a
  // `..` after a symlinked directory climbs from where the link leads, as open() would.
  fs::path resolved = fs::weakly_canonical(absolute, ec);
  if (ec) return {};
  return normal_path(resolved.generic_string());
}

std::string enclosing_checkout(std::string_view dir) {
  std::string at = resolved_path(dir);
  if (at.empty()) return {};
  for (;;) {
    std::error_code ec;
    if (fs::exists(fs::path(at) / ".git", ec)) return at;
    if (at == "/") return {};
    at = parent_dir(at);
  }
}

std::string project_root_of(std::string_view path) {
  std::error_code ec;
  // A file's directory, taken lexically: a symlinked file named on the command line must not
  // move the root to wherever it points.
  // A directory named by the user is taken where it leads (a checkout reached through a link).
  std::string dir = fs::is_directory(fs::status(fs::path(path.empty() ? "." : std::string(path)), ec))
                        ? std::string(path.empty() ? "." : path)
                        : parent_dir(absolute_path(path));
  std::string resolved = resolved_path(dir);
  std::string checkout = enclosing_checkout(resolved);
  return checkout.empty() ? resolved : checkout;
}

Confinement::Confinement(const std::vector<std::string>& roots, const std::vector<std::string>& named) {
  for (const auto& root : roots) {
    std::string r = resolved_path(root);
    if (!r.empty() && std::find(roots_.begin(), roots_.end(), r) == roots_.end()) roots_.push_back(std::move(r));
  }
  for (const auto& file : named) {
    if (std::string f = resolved_path(file); !f.empty()) named_.push_back(std::move(f));
  }
  for (const auto& r : roots_) described_ += (described_.empty() ? "" : ", ") + r;
}

namespace {

// `..` must climb from where a symlink leads, so such paths are resolved the slow, exact way
// (`.` means the same directory whatever the links: lexical folding is exact for it).
bool has_dot_dot(std::string_view path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view part = path.substr(start, end - start);
    if (part == "..") return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

// `dir` resolved from its nearest remembered ancestor down, one lstat per new component.
std::string Confinement::resolve_dir(const std::string& dir) const {
  std::vector<std::string> missing;  // lexical directories below the nearest known one
  std::string at = dir;
  std::string resolved;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (;;) {
      if (auto it = dirs_.find(at); it != dirs_.end()) {
        resolved = it->second;
        break;
      }
      if (at == "/") {
        resolved = "/";
        break;
      }
      missing.push_back(at);
      at = parent_dir(at);
    }
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    std::string candidate = join_path(resolved, basename(*it));
    if (is_link(candidate)) {
      candidate = resolved_path(candidate);  // a link: resolved exactly, wherever it leads
      if (candidate.empty()) return {};
    }
    resolved = std::move(candidate);
    std::lock_guard<std::mutex> lock(mutex_);
    dirs_.emplace(*it, resolved);
  }
  return resolved;
}

bool Confinement::is_link(const std::string& path) const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++lookups_;
  }
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0 && S_ISLNK(info.st_mode);
}

std::size_t Confinement::lookups() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return lookups_;
}

std::string Confinement::resolve(std::string_view path) const {
  if (has_dot_dot(path)) return resolved_path(path);
  std::string absolute = absolute_path(path);  // lexically normal: exact without `..`
  if (absolute == "/") return absolute;
  std::string parent = resolve_dir(parent_dir(absolute));
  if (parent.empty()) return {};
  std::string candidate = join_path(parent, basename(absolute));
  return is_link(candidate) ? resolved_path(candidate) : candidate;
}

bool Confinement::admits(std::string_view path) const {
  std::string resolved = resolve(path);
  if (resolved.empty()) return false;
  if (std::find(named_.begin(), named_.end(), resolved) != named_.end()) return true;
  return std::any_of(roots_.begin(), roots_.end(), [&](const std::string& root) { return is_inside(resolved, root); });
}

std::string Confinement::refusal(std::string_view path) const {
  return format("{}: outside the project root {}; not read", path, described_);
}

ConfinedFilesystem::ConfinedFilesystem(std::shared_ptr<const Filesystem> base, std::shared_ptr<const Confinement> confinement)
    : base_(std::move(base)), confinement_(std::move(confinement)) {}

bool ConfinedFilesystem::admits(std::string_view path) const { return confinement_->admits(path) && base_->admits(path); }

bool ConfinedFilesystem::exists(std::string_view path) const { return admits(path) && base_->exists(path); }

bool ConfinedFilesystem::is_regular_file(std::string_view path) const {
  return admits(path) && base_->is_regular_file(path);
}

bool ConfinedFilesystem::is_directory(std::string_view path) const { return admits(path) && base_->is_directory(path); }

Result<std::string> ConfinedFilesystem::read(std::string_view path) const {
  if (!admits(path)) return unexpected(confinement_->refusal(path));
  return base_->read(path);
}

Result<std::vector<DirEntry>> ConfinedFilesystem::list(std::string_view dir) const {
  if (!admits(dir)) return unexpected(confinement_->refusal(dir));
  return base_->list(dir);
}

}  // namespace plimsoll::util
