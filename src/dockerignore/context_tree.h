// The filesystem seam for walking a build context: list one directory at a time, relative to
// the context root. A real tree over std::filesystem and an in-memory tree for tests.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace plimsoll::dockerignore {

struct TreeEntry {
  std::string name;  // one path component
  bool is_dir = false;
  bool is_symlink = false;  // symlinks are reported as such and never followed
  std::uint64_t size = 0;
  friend bool operator==(const TreeEntry&, const TreeEntry&) = default;
};

class ContextTree {
 public:
  virtual ~ContextTree() = default;
  // Entries of `dir` ("" is the root; otherwise slash-separated, relative), sorted by name.
  virtual util::Result<std::vector<TreeEntry>> list(std::string_view dir) const = 0;
};

class FilesystemTree final : public ContextTree {
 public:
  explicit FilesystemTree(std::filesystem::path root) : root_(std::move(root)) {}
  util::Result<std::vector<TreeEntry>> list(std::string_view dir) const override;

 private:
  std::filesystem::path root_;
};

class MemoryTree final : public ContextTree {
 public:
  // Parent directories are created as needed.
  void add_file(std::string_view path, std::uint64_t size = 0);
  void add_dir(std::string_view path);
  void add_symlink(std::string_view path);
  // Listing `path` then fails, as an unreadable directory would.
  void make_unreadable(std::string_view path);

  util::Result<std::vector<TreeEntry>> list(std::string_view dir) const override;

 private:
  void add(std::string_view path, TreeEntry entry);
  std::map<std::string, std::map<std::string, TreeEntry>, std::less<>> dirs_{{"", {}}};
  std::vector<std::string> unreadable_;
};

}  // namespace plimsoll::dockerignore
