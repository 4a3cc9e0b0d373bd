#include "rules/ownership_policy.h"

#include <array>

#include "util/text.h"

namespace plimsoll::rules {
namespace {

std::string_view without_trailing_slashes(std::string_view path) {
  while (path.size() > 1 && path.ends_with('/')) path.remove_suffix(1);
  return path;
}

}  // namespace

bool is_state_dir_name(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "cache", ".cache", "data", "tmp", "temp", "log", "logs", "uploads", "media", "storage", "state", "sessions"};
  std::string lower = util::to_lower_ascii(name);
  for (std::string_view known : kNames) {
    if (lower == known) return true;
  }
  return false;
}

bool under_volume(std::string_view path, const std::vector<std::string>& volumes) {
  path = without_trailing_slashes(path);
  for (const std::string& written : volumes) {
    std::string_view volume = without_trailing_slashes(written);
    if (volume.empty() || volume == "/") continue;
    if (path == volume || (path.starts_with(volume) && path[volume.size()] == '/')) return true;
  }
  return false;
}

bool is_writable_state(std::string_view path, const std::vector<std::string>& volumes) {
  if (under_volume(path, volumes)) return true;
  // Every directory component counts; the last one only when it names a directory (a copy to
  // `/app/data/` or `/app/data`), which the caller cannot always tell from a file.
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start && is_state_dir_name(path.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace plimsoll::rules
