// `file://` URIs as editors send them, to and from local paths (percent-encoding per RFC 3986).
// Other schemes (untitled:, git:) have no path.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plimsoll::lsp {

// The absolute path of a `file://` URI; nullopt for other schemes or a broken escape.
std::optional<std::string> path_from_uri(std::string_view uri);
std::string uri_from_path(std::string_view absolute_path);

}  // namespace plimsoll::lsp
