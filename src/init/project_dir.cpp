// Filesystem errors are answered as "absent": detection then reports what it did not find.
#include "init/project_dir.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "util/file_io.h"

namespace plimsoll::init {

namespace fs = std::filesystem;

bool is_skipped_directory(const std::string& name) {
  static constexpr std::array<std::string_view, 12> kSkipped = {
      ".git", ".venv", "venv", "env", "site-packages", "node_modules", "target", "dist", "build", "__pycache__", ".tox", ".mypy_cache"};
  return std::find(kSkipped.begin(), kSkipped.end(), name) != kSkipped.end();
}

std::string ProjectDir::name() const {
  std::error_code ec;
  fs::path full = fs::weakly_canonical(fs::absolute(root_, ec), ec);
  std::string leaf = full.filename().string();
  return leaf.empty() ? root_.filename().string() : leaf;
}

bool ProjectDir::exists(const std::string& relative) const {
  std::error_code ec;
  return fs::exists(root_ / relative, ec);
}

bool ProjectDir::is_link_free(const std::string& relative) const {
  fs::path at = root_;
  for (const auto& part : fs::path(relative)) {
    if (part == "..") return false;
    at /= part;
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(at, ec))) return false;
  }
  return true;
}

std::optional<std::string> ProjectDir::read(const std::string& relative) const {
  std::error_code ec;
  // A committed symlink may name any file on the machine; init reads only the project's own.
  if (!is_link_free(relative) || !fs::is_regular_file(root_ / relative, ec)) return std::nullopt;
  auto text = util::read_file((root_ / relative).string(), 4u << 20);
  if (!text) return std::nullopt;
  return std::move(*text);
}

namespace {

void find_in(const fs::path& root, const fs::path& dir, const std::string& name, int depth, std::vector<std::string>& out) {
  std::error_code ec;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) return;
  for (const auto& entry : it) {
    std::string leaf = entry.path().filename().string();
    std::error_code kind_ec;
    if (entry.is_symlink(kind_ec)) continue;  // a link can point outside the project or loop
    if (entry.is_directory(kind_ec)) {
      if (depth > 0 && !is_skipped_directory(leaf)) find_in(root, entry.path(), name, depth - 1, out);
    } else if (leaf == name) {
      out.push_back(entry.path().lexically_relative(root).generic_string());
    }
  }
}

}  // namespace

std::vector<std::string> ProjectDir::find(const std::string& name, int max_depth) const {
  std::vector<std::string> out;
  find_in(root_, root_, name, max_depth, out);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> ProjectDir::subdirectories(const std::string& relative) const {
  std::vector<std::string> out;
  std::error_code ec;
  fs::directory_iterator it(root_ / relative, fs::directory_options::skip_permission_denied, ec);
  if (ec) return out;
  for (const auto& entry : it) {
    std::error_code kind_ec;
    if (entry.is_directory(kind_ec) && !entry.is_symlink(kind_ec)) out.push_back(entry.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace plimsoll::init
