// The file system an image's layers build, with each path's history: every version a layer
// wrote, including those a later layer shadowed or deleted with a whiteout. Owns its data.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "image/archive.h"
#include "util/result.h"

namespace plimsoll::image {

struct FileVersion {
  uint32_t layer = 0;
  EntryType type = EntryType::kOther;
  uint32_t mode = 0;
  int64_t uid = 0;
  int64_t gid = 0;
  uint64_t size = 0;  // regular files only
  std::string link;
  bool deleted = false;  // a whiteout (or an opaque directory) removed the path here
};

struct FileHistory {
  std::vector<FileVersion> versions;  // oldest first
  const FileVersion* current() const {
    return versions.empty() || versions.back().deleted ? nullptr : &versions.back();
  }
};

// "a/b" from "./a//b/" or "a/./b"; an error for ".." components and absolute names.
util::Result<std::string> normalize_entry_path(std::string_view raw);

class Filesystem {
 public:
  // Applies one entry of layer `layer` (whiteouts included). Layers are applied in order.
  util::Status apply(uint32_t layer, const TarEntry& entry);

  const std::map<std::string, FileHistory>& paths() const { return paths_; }
  const FileHistory* history(const std::string& path) const;
  const FileVersion* current(const std::string& path) const;
  // Follows symlinks (in every component) as the kernel would inside the image's root.
  // Fails on a loop (more than 40 links) and returns the path with no symlink left.
  util::Result<std::string> resolve(std::string_view path) const;

 private:
  void remove_below(uint32_t layer, const std::string& dir, bool including_dir);
  std::map<std::string, FileHistory> paths_;
};

}  // namespace plimsoll::image
