// A filesystem held in memory, for tests of what reads through util::Filesystem: files with
// their texts, directories, symlinks (never followed) and directories that cannot be listed.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "util/filesystem.h"

namespace plimsoll::util {

class MemoryFilesystem final : public Filesystem {
 public:
  // Paths are compared lexically normal ("./a/b" is "a/b"; "." is the root); parent
  // directories are created as needed.
  void add_file(std::string_view path, std::string text = {});
  void add_dir(std::string_view path);
  void add_symlink(std::string_view path);
  // Listing `path` then fails, as an unreadable directory would.
  void make_unreadable(std::string_view path);

  bool exists(std::string_view path) const override;
  bool is_regular_file(std::string_view path) const override;
  bool is_directory(std::string_view path) const override;
  Result<std::string> read(std::string_view path) const override;
  Result<std::vector<DirEntry>> list(std::string_view dir) const override;

 private:
  void add(const std::string& path, DirEntry entry);
  std::map<std::string, std::map<std::string, DirEntry>, std::less<>> dirs_{{".", {}}};
  std::map<std::string, std::string, std::less<>> texts_;
  std::vector<std::string> unreadable_;
};

}  // namespace plimsoll::util
