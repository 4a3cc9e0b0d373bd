// A filesystem that remembers what it was told about each path (its kind, a directory's entries)
// for the length of one check: the stated build contexts, the build-context walks and several
// rules ask about the same directories, and each answer was a listing or a few stat calls again.
// Texts are not remembered (each is read about once). Only for a tree that does not change under
// the check, as util/confinement.h already assumes; a new check makes a new one. Thread-safe.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "util/filesystem.h"

namespace plimsoll::util {

class RememberingFilesystem final : public Filesystem {
 public:
  explicit RememberingFilesystem(std::shared_ptr<const Filesystem> base) : base_(std::move(base)) {}

  bool exists(std::string_view path) const override;
  bool is_regular_file(std::string_view path) const override;
  bool is_directory(std::string_view path) const override;
  Result<std::string> read(std::string_view path) const override { return base_->read(path); }
  Result<std::vector<DirEntry>> list(std::string_view dir) const override;
  bool admits(std::string_view path) const override;

 private:
  // What is known of a path, as asked so far: -1 not asked, 0 false, 1 true.
  struct Kind {
    signed char exists = -1;
    signed char regular = -1;
    signed char directory = -1;
    signed char admitted = -1;
  };
  template <typename Ask>
  bool remembered(std::string_view path, signed char Kind::*slot, Ask ask) const;

  std::shared_ptr<const Filesystem> base_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, Kind, std::less<>> kinds_;
  mutable std::map<std::string, Result<std::vector<DirEntry>>, std::less<>> listings_;
};

}  // namespace plimsoll::util
