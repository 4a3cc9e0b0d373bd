// Replaces a file's contents atomically: a temporary file beside it, written and synced, then
// renamed over it. Readers see the old text or the new one, never a part; a failure leaves the
// original as it was. The caller owns nothing afterwards (no temporary is left behind).
#pragma once

#include <string>
#include <string_view>

#include "util/result.h"

namespace plimsoll::util {

// The system calls whose failure tests need to provoke; the defaults are the real ones.
struct AtomicWriteCalls {
  int (*fsync)(int fd) = nullptr;
  int (*rename)(const char* from, const char* to) = nullptr;
};

struct AtomicWriteOptions {
  bool create_directories = false;     // make missing parent directories (a new file's)
  const AtomicWriteCalls* calls = nullptr;  // null: the real system calls
};

// Writes `text` to `path`. An existing file keeps its permission bits, and a symlink stays a
// symlink: the file it names is replaced. A missing file is created with the usual 0666 less
// the umask. Fails with "<path>: <reason>".
Status write_atomically(const std::string& path, std::string_view text, const AtomicWriteOptions& options = {});

}  // namespace plimsoll::util
