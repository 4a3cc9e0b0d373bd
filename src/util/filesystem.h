// The one filesystem seam: what plimsoll asks of the disk (does a path exist, is it a file or a
// directory, its text, a directory's entries), the disk itself, and an overlay of texts that
// shadow it (an editor's unsaved buffers, what `fix` checks before writing). Tests use
// util/memory_filesystem.h. Implementations are immutable once built and safe to share.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace plimsoll::util {

struct DirEntry {
  std::string name;  // one path component
  bool is_dir = false;
  bool is_symlink = false;  // symlinks are reported as such and never followed
  std::uint64_t size = 0;   // of a regular file
  friend bool operator==(const DirEntry&, const DirEntry&) = default;
};

class Filesystem {
 public:
  virtual ~Filesystem() = default;
  // Symlinks are followed, as a build or compose reading the path would.
  virtual bool exists(std::string_view path) const = 0;
  virtual bool is_regular_file(std::string_view path) const = 0;
  virtual bool is_directory(std::string_view path) const = 0;
  // The whole text; fails with "<path>: <reason>".
  virtual Result<std::string> read(std::string_view path) const = 0;
  // The entries of the directory `dir`, sorted by name; fails when it cannot be listed.
  virtual Result<std::vector<DirEntry>> list(std::string_view dir) const = 0;
  // False when this filesystem refuses `path` (util/confinement.h: it leaves the project), so
  // a caller can say so instead of treating the path as missing.
  virtual bool admits(std::string_view /*path*/) const { return true; }
};

// The real disk (through std::filesystem and util/file_io); one shared instance.
const Filesystem& disk();
std::shared_ptr<const Filesystem> shared_disk();

// Texts held once and handed to every load by pointer (an editor's open buffers): building a
// load's overlay then costs nothing per buffer it does not read. Keys are absolute and normal
// (util::absolute_path). The owner changes the map only while no load that holds it runs.
using SharedTexts = std::map<std::string, std::shared_ptr<const std::string>, std::less<>>;

// `texts` (then `shared`) shadow `base`: a path among them is a regular file with that text, and
// appears in its directory's listing, whether or not it was ever saved. Keys of `texts` and
// queries may be relative or absolute; they are compared absolute and lexically normal.
class OverlayFilesystem final : public Filesystem {
 public:
  OverlayFilesystem(std::shared_ptr<const Filesystem> base, const std::map<std::string, std::string, std::less<>>& texts,
                    std::shared_ptr<const SharedTexts> shared = nullptr);

  bool exists(std::string_view path) const override;
  bool is_regular_file(std::string_view path) const override;
  bool is_directory(std::string_view path) const override;
  Result<std::string> read(std::string_view path) const override;
  Result<std::vector<DirEntry>> list(std::string_view dir) const override;
  bool admits(std::string_view path) const override;

  // Texts copied into overlays so far, process-wide: what tests count to show a load's
  // overlay costs what it was handed to copy, not what it shares.
  static std::size_t texts_copied();

 private:
  const std::string* text_of(std::string_view path) const;
  bool holds_below(const std::string& dir) const;  // an overlay path lies under `dir`
  bool empty() const { return texts_.empty() && (!shared_ || shared_->empty()); }

  std::shared_ptr<const Filesystem> base_;
  std::map<std::string, std::string, std::less<>> texts_;  // absolute normal path → text
  std::shared_ptr<const SharedTexts> shared_;              // consulted after texts_
};

}  // namespace plimsoll::util
