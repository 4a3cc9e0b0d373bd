// Reading whole files into memory with errors that name the file; no exceptions escape. The one
// reader every file plimsoll reads goes through: it never blocks on a FIFO and reads regular
// files only (never a device, socket, FIFO, directory or a /proc or /sys pseudo-file).
#pragma once

#include <string>

#include "util/result.h"

namespace plimsoll::util {

// Reads the file at `path` completely. Fails with "<path>: <reason>" on any I/O error, for
// anything but a regular file ("is a FIFO", "is a device", …), for files of /proc and /sys
// (their size says nothing about what a read returns), and for files larger than `max_bytes`.
// The open never blocks: it is non-blocking, and the kind is checked on the open descriptor.
Result<std::string> read_file(const std::string& path, std::size_t max_bytes = 256u << 20);

// Why `mode` (a stat st_mode) is not a regular file, as read_file says it: "is a directory",
// "is a FIFO", …; empty for a regular file.
std::string not_regular_reason(unsigned mode);

}  // namespace plimsoll::util
