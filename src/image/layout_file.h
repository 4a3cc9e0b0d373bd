// Files of an OCI layout opened as untrusted input: each must be a regular file reached from
// the layout directory without a symlink, so a blob that is a FIFO, a device or a link to
// /dev/zero or to a file outside the layout is refused before anything reads from it.
#pragma once

#include <cstdint>
#include <string>

#include "util/result.h"

namespace plimsoll::image {

// An open descriptor of a regular file, closed on destruction unless released.
class LayoutFile {
 public:
  LayoutFile(int fd, uint64_t size) : fd_(fd), size_(size) {}
  LayoutFile(LayoutFile&& other) noexcept : fd_(other.release()), size_(other.size_) {}
  LayoutFile& operator=(LayoutFile&&) = delete;
  ~LayoutFile();
  int release();
  uint64_t size() const { return size_; }

 private:
  int fd_;
  uint64_t size_;
};

// Opens `relative` ("blobs/sha256/<hex>") under `layout`: every component is opened without
// following symlinks and without blocking, and the last must be a regular file. Errors say
// what was there instead ("a symlink to /dev/zero", "a FIFO", "missing").
util::Result<LayoutFile> open_layout_file(const std::string& layout, const std::string& relative);

// Reads the whole of an opened layout file of at most `max_bytes` (its size is checked before
// reading); `name` is for messages.
util::Result<std::string> read_layout_file(LayoutFile file, const std::string& name, std::size_t max_bytes);
// Opens and reads `relative` under `layout` as above.
util::Result<std::string> read_layout_file(const std::string& layout, const std::string& relative,
                                           std::size_t max_bytes);

}  // namespace plimsoll::image
