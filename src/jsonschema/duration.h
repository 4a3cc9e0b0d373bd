// The `duration` format as Go's time.ParseDuration accepts it, which compose adds to the schema.
// Pure function over the text; no allocation.
#pragma once

#include <string_view>

namespace plimsoll::jsonschema {

// True for "300ms", "-1.5h", "2h45m", "0"; false for "", "1", "5 s", "1d" or an overflow.
bool is_go_duration(std::string_view text);

}  // namespace plimsoll::jsonschema
