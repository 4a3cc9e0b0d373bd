#include "util/memory_filesystem.h"

#include <algorithm>

#include "util/path.h"

namespace plimsoll::util {

void MemoryFilesystem::add(const std::string& path, DirEntry entry) {
  std::string parent = parent_dir(path);
  add_dir(parent);
  dirs_[parent][entry.name] = std::move(entry);
}

void MemoryFilesystem::add_file(std::string_view path, std::string text) {
  std::string normal = normal_path(path);
  add(normal, {std::string(basename(normal)), false, false, text.size()});
  texts_[normal] = std::move(text);
}

void MemoryFilesystem::add_dir(std::string_view path) {
  std::string normal = normal_path(path);
  if (dirs_.count(normal) != 0 || normal == "/") {
    dirs_.try_emplace(normal);
    return;
  }
  dirs_.emplace(normal, std::map<std::string, DirEntry>{});
  add(normal, {std::string(basename(normal)), true, false, 0});
}

void MemoryFilesystem::add_symlink(std::string_view path) {
  std::string normal = normal_path(path);
  add(normal, {std::string(basename(normal)), false, true, 0});
}

void MemoryFilesystem::make_unreadable(std::string_view path) { unreadable_.push_back(normal_path(path)); }

bool MemoryFilesystem::exists(std::string_view path) const { return is_regular_file(path) || is_directory(path); }

bool MemoryFilesystem::is_regular_file(std::string_view path) const { return texts_.count(normal_path(path)) != 0; }

bool MemoryFilesystem::is_directory(std::string_view path) const { return dirs_.count(normal_path(path)) != 0; }

Result<std::string> MemoryFilesystem::read(std::string_view path) const {
  auto it = texts_.find(normal_path(path));
  if (it == texts_.end()) return unexpected(std::string(path) + ": No such file or directory");
  return it->second;
}

Result<std::vector<DirEntry>> MemoryFilesystem::list(std::string_view dir) const {
  std::string normal = normal_path(dir);
  if (std::find(unreadable_.begin(), unreadable_.end(), normal) != unreadable_.end()) {
    return unexpected(normal + ": Permission denied");
  }
  auto it = dirs_.find(normal);
  if (it == dirs_.end()) return unexpected(normal + ": No such file or directory");
  std::vector<DirEntry> out;
  for (const auto& [name, entry] : it->second) out.push_back(entry);
  return out;
}

}  // namespace plimsoll::util
