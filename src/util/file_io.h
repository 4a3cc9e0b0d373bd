// Reading whole files into memory with errors that name the file; no exceptions escape.
#pragma once

#include <string>

#include "util/result.h"

namespace plimsoll::util {

// Reads the file at `path` completely. Fails with "<path>: <reason>" on any I/O error,
// and for directories or files larger than `max_bytes`.
Result<std::string> read_file(const std::string& path, std::size_t max_bytes = 256u << 20);

}  // namespace plimsoll::util
