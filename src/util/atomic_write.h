// Replaces a file's contents atomically: a temporary file beside it, written and synced, then
// renamed over it. Readers see the old text or the new one, never a part; a failure leaves the
// original as it was. The caller owns nothing afterwards (no temporary is left behind).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/result.h"

namespace plimsoll::util {

// The system calls whose failure tests need to provoke; the defaults are the real ones.
struct AtomicWriteCalls {
  int (*fsync)(int fd) = nullptr;
  int (*renameat)(int dir, const char* from, const char* to) = nullptr;
  // Called once the new text is synced, just before the original is compared and replaced:
  // where a test saves a concurrent edit.
  void (*before_replace)() = nullptr;
};

struct AtomicWriteOptions {
  bool create_directories = false;          // make missing parent directories (a new file's)
  const AtomicWriteCalls* calls = nullptr;  // null: the real system calls
  // When set, `path` lies under this directory and no directory between them may be a symlink
  // (nor is one created through a link): a project cannot redirect the write elsewhere.
  std::string root = {};
  // What the caller read from the file before computing `text`. The file is read again just
  // before the rename and the write refused when it differs: an edit saved meanwhile is kept.
  std::optional<std::string_view> expected = std::nullopt;
  // The caller saw no file here: refuse when one has appeared meanwhile.
  bool expect_absent = false;
  // A device or FIFO at `path` (a user-named output such as /dev/null) is written in place
  // instead of being refused; there is nothing to rename over.
  bool allow_special = false;
};

// Writes `text` to `path`. The path itself is never followed when it is a symlink: such a
// file is refused, as is a read-only one, so `path` names the only file that can change. An
// existing file keeps its permission bits and owner (refused when the owner cannot be kept).
// A missing file is created with the usual 0666 less the umask. The temporary has an
// unpredictable name, is created exclusively and never follows a link. Fails with
// "<path>: <reason>".
Status write_atomically(const std::string& path, std::string_view text, const AtomicWriteOptions& options = {});

}  // namespace plimsoll::util
