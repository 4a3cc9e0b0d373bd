// Paths that hold credentials (data/knowledge/secret_files.yaml): `.env`, private keys, package
// manager and cloud credentials. Thread-safe; loaded on first use.
#pragma once

#include <string_view>

namespace plimsoll::knowledge {

// `path` is relative and slash-separated; the file name alone also works.
bool is_secret_file(std::string_view path);

}  // namespace plimsoll::knowledge
