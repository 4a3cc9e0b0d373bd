// A read-only view of the project directory that detection looks at: files only, bounded
// reads, and searches that skip virtualenvs, node_modules, build outputs and VCS directories.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace plimsoll::init {

class ProjectDir {
 public:
  explicit ProjectDir(std::filesystem::path root) : root_(std::move(root)) {}

  const std::filesystem::path& root() const { return root_; }
  // The directory's own name, also when it was given as "." or "..".
  std::string name() const;
  bool exists(const std::string& relative) const;
  // Whether no component of `relative` below the root is a symlink (or "..").
  bool is_link_free(const std::string& relative) const;
  // The file's text, or nullopt when it is absent, a directory, a symlink or under one,
  // unreadable or over 4 MiB.
  std::optional<std::string> read(const std::string& relative) const;
  // Relative paths of files named `name` up to `max_depth` directories down, sorted.
  std::vector<std::string> find(const std::string& name, int max_depth = 4) const;
  // Relative paths of the direct subdirectories of `relative`, sorted.
  std::vector<std::string> subdirectories(const std::string& relative) const;

 private:
  std::filesystem::path root_;
};

// Directories no search enters (research/generators.md §6.1).
bool is_skipped_directory(const std::string& name);

}  // namespace plimsoll::init
