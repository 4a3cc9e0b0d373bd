// Go's strconv.Quote, used by the BuildKit AST dump: escapes for quotes, backslashes and
// control characters, printable Unicode kept literal, invalid UTF-8 bytes as \xNN.
#pragma once

#include <string>
#include <string_view>

namespace plimsoll::dockerfile {

std::string go_quote(std::string_view s);

}  // namespace plimsoll::dockerfile
