#include "dockerignore/context_tree.h"

#include <algorithm>
#include <system_error>

namespace plimsoll::dockerignore {

namespace fs = std::filesystem;

util::Result<std::vector<TreeEntry>> FilesystemTree::list(std::string_view dir) const {
  fs::path where = dir.empty() ? root_ : root_ / fs::path(std::string(dir));
  std::error_code ec;
  fs::directory_iterator it(where, fs::directory_options::none, ec);
  if (ec) return util::unexpected(where.string() + ": " + ec.message());
  std::vector<TreeEntry> out;
  for (fs::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) return util::unexpected(where.string() + ": " + ec.message());
    TreeEntry entry;
    entry.name = it->path().filename().string();
    // symlink_status never follows the link, so a link to a directory is not descended into.
    fs::file_status status = it->symlink_status(ec);
    if (ec) return util::unexpected(it->path().string() + ": " + ec.message());
    entry.is_symlink = fs::is_symlink(status);
    entry.is_dir = fs::is_directory(status);
    if (fs::is_regular_file(status)) {
      std::uintmax_t size = it->file_size(ec);
      entry.size = ec ? 0 : size;
      ec.clear();
    }
    out.push_back(std::move(entry));
  }
  if (ec) return util::unexpected(where.string() + ": " + ec.message());
  std::sort(out.begin(), out.end(),
            [](const TreeEntry& a, const TreeEntry& b) { return a.name < b.name; });
  return out;
}

void MemoryTree::add(std::string_view path, TreeEntry entry) {
  std::string parent;
  std::size_t slash = path.rfind('/');
  if (slash != std::string_view::npos) {
    parent = std::string(path.substr(0, slash));
    add_dir(parent);
  }
  dirs_[parent][entry.name] = std::move(entry);
}

void MemoryTree::add_file(std::string_view path, std::uint64_t size) {
  std::size_t slash = path.rfind('/');
  add(path, {std::string(slash == std::string_view::npos ? path : path.substr(slash + 1)), false,
             false, size});
}

void MemoryTree::add_dir(std::string_view path) {
  if (path.empty() || dirs_.count(path) != 0) return;
  dirs_.emplace(std::string(path), std::map<std::string, TreeEntry>{});
  std::size_t slash = path.rfind('/');
  add(path, {std::string(slash == std::string_view::npos ? path : path.substr(slash + 1)), true,
             false, 0});
}

void MemoryTree::add_symlink(std::string_view path) {
  std::size_t slash = path.rfind('/');
  add(path, {std::string(slash == std::string_view::npos ? path : path.substr(slash + 1)), false,
             true, 0});
}

void MemoryTree::make_unreadable(std::string_view path) {
  unreadable_.emplace_back(path);
}

util::Result<std::vector<TreeEntry>> MemoryTree::list(std::string_view dir) const {
  if (std::find(unreadable_.begin(), unreadable_.end(), dir) != unreadable_.end()) {
    return util::unexpected(std::string(dir) + ": permission denied");
  }
  auto it = dirs_.find(dir);
  if (it == dirs_.end()) return util::unexpected(std::string(dir) + ": no such directory");
  std::vector<TreeEntry> out;
  for (const auto& [name, entry] : it->second) out.push_back(entry);
  return out;
}

}  // namespace plimsoll::dockerignore
