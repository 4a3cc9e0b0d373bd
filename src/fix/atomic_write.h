// Replaces a file's contents atomically: a temporary file beside it, written and synced, then
// renamed over it, keeping the original's permission bits. Readers see the old or the new text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plimsoll::fix {

// nullopt on success, else "<path>: <reason>" (the original is then left as it was).
std::optional<std::string> write_atomically(const std::string& path, std::string_view text);

}  // namespace plimsoll::fix
