// The file system an image's layers build, with each path's history: every version a layer
// wrote, including those a later layer shadowed or deleted with a whiteout. Owns its data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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

// Bounds on what one image may make the view hold; each is an error naming the bound.
struct FilesystemLimits {
  std::size_t max_path_bytes = 4096;  // an entry's name or link target (Linux's PATH_MAX)
  std::size_t max_paths = 1'000'000;  // distinct paths, the directories they imply included
  std::size_t max_versions = 2'000'000;  // entries applied over all layers
};

// "a/b" from "./a//b/" or "a/./b"; an error for ".." components and absolute names.
util::Result<std::string> normalize_entry_path(std::string_view raw);

// Paths are kept as a tree of interned names, so a path costs its last name, not its length.
class Filesystem {
 public:
  Filesystem();
  explicit Filesystem(const FilesystemLimits& limits);
  Filesystem(const Filesystem&) = delete;  // name_text_ points into names_
  Filesystem& operator=(const Filesystem&) = delete;
  Filesystem(Filesystem&&) = default;
  Filesystem& operator=(Filesystem&&) = default;

  // Applies one entry of layer `layer` (whiteouts included). Layers are applied in order.
  util::Status apply(uint32_t layer, const TarEntry& entry);
  // Orders each directory's children by name, for paths(); until then they keep archive order.
  void sort();

  // One path with a history, as paths() yields it; `path` lives until the iterator moves.
  struct Entry {
    const std::string& path;
    const FileHistory& history;
  };
  class Iterator;
  class Range;
  // Every path with a history, depth first (a directory before what it holds).
  Range paths() const;
  // The paths strictly below `dir` ("" for all), depth first.
  Range under(std::string_view dir) const;
  std::size_t path_count() const { return with_history_; }

  const FileHistory* history(std::string_view path) const;
  const FileVersion* current(std::string_view path) const;
  // Follows symlinks (in every component) as the kernel would inside the image's root.
  // Fails on a loop (more than 40 links) and returns the path with no symlink left. Adds the
  // components it stepped through to `*steps` when given (tests bound the work with it).
  util::Result<std::string> resolve(std::string_view path, uint64_t* steps = nullptr) const;

  // Nodes visited by apply() so far, whiteouts included: tests bound the work with it.
  uint64_t apply_steps() const { return apply_steps_; }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Node {
    uint32_t parent = kNone;
    uint32_t name = kNone;         // index into names_
    uint32_t cleared_in = kNone;   // the layer whose whiteouts last emptied this directory
    bool dirty = false;            // something below (or here) may still be live
    std::vector<uint32_t> children;
    FileHistory history;
  };

  uint32_t intern(std::string_view name);
  std::optional<uint32_t> find_name(std::string_view name) const;
  uint32_t child(uint32_t parent, uint32_t name) const;
  util::Result<uint32_t> make_path(std::string_view path);
  uint32_t find(std::string_view path) const;
  void mark_dirty(uint32_t node);
  void delete_version(Node& node, uint32_t layer);
  void clear_below(uint32_t node, uint32_t layer);
  std::string path_of(uint32_t node) const;

  FilesystemLimits limits_;
  std::vector<Node> nodes_;  // nodes_[0] is the root
  // Names are interned once; the map's nodes never move, so name_text_ may point into them.
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, NameHash, std::equal_to<>> names_;
  std::vector<const std::string*> name_text_;
  std::unordered_map<uint64_t, uint32_t> children_;  // (parent << 32 | name) → node
  std::size_t with_history_ = 0;
  std::size_t versions_ = 0;
  uint64_t apply_steps_ = 0;

  friend class Iterator;
};

class Filesystem::Iterator {
 public:
  Iterator() = default;
  Iterator(const Filesystem* fs, uint32_t root, std::string prefix);
  Entry operator*() const { return {path_, fs_->nodes_[node_].history}; }
  Iterator& operator++();
  bool operator==(const Iterator& other) const { return node_ == other.node_; }
  bool operator!=(const Iterator& other) const { return node_ != other.node_; }

 private:
  void advance();  // to the next node in depth-first order, whether or not it has a history
  const Filesystem* fs_ = nullptr;
  uint32_t node_ = kNone;
  struct Frame {
    uint32_t node;
    std::size_t next_child;
    std::size_t path_size;  // path_ length with this node's name
  };
  std::vector<Frame> stack_;
  std::string path_;
};

class Filesystem::Range {
 public:
  Range(const Filesystem* fs, uint32_t root, std::string prefix) : fs_(fs), root_(root), prefix_(std::move(prefix)) {}
  Iterator begin() const { return root_ == kNone ? Iterator() : Iterator(fs_, root_, prefix_); }
  Iterator end() const { return {}; }

 private:
  const Filesystem* fs_;
  uint32_t root_;
  std::string prefix_;
};

}  // namespace plimsoll::image
