// The one ownership policy of `check`, `image` and `init`: an application's code belongs to
// root and is read-only to the user it runs as; only its writable state (declared volumes and
// the cache, data, tmp, log... directories it writes) belongs to that user. An app that owns
// its code can rewrite it after a compromise; an app that does not own its state cannot work.
#pragma once

#include <string_view>
#include <vector>
#include <string>

namespace plimsoll::rules {

// True for a directory name that by wide convention holds what an app writes at run time
// (`cache`, `data`, `tmp`, `logs`, `uploads`, ...), compared without regard to case.
bool is_state_dir_name(std::string_view name);

// True when `path` (absolute or relative, '/'-separated, as written) is one of `volumes` or lies
// below one, or when one of its directories is named for state. Volumes are absolute paths.
bool is_writable_state(std::string_view path, const std::vector<std::string>& volumes);

// True when `path` is one of `volumes` or lies below one (trailing slashes ignored).
bool under_volume(std::string_view path, const std::vector<std::string>& volumes);

}  // namespace plimsoll::rules
