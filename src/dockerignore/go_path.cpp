#include "dockerignore/go_path.h"

#include "util/text.h"

namespace plimsoll::dockerignore {

std::string clean_path(std::string_view path) {
  if (path.empty()) return ".";
  const bool rooted = path[0] == '/';
  std::string out;
  out.reserve(path.size());
  if (rooted) out += '/';
  // `floor` is where `..` may no longer back up: past the root, or past leading `..`s.
  std::size_t floor = out.size();
  std::size_t i = rooted ? 1 : 0;
  while (i < path.size()) {
    if (path[i] == '/') {
      ++i;
      continue;
    }
    std::size_t end = path.find('/', i);
    if (end == std::string_view::npos) end = path.size();
    std::string_view segment = path.substr(i, end - i);
    i = end;
    if (segment == ".") continue;
    if (segment == "..") {
      if (out.size() > floor) {
        std::size_t cut = out.rfind('/');
        if (cut == std::string::npos || cut < floor) cut = floor;
        out.resize(cut);
      } else if (!rooted) {
        if (!out.empty()) out += '/';
        out += "..";
        floor = out.size();
      }
      continue;
    }
    if (out.size() > (rooted ? 1u : 0u)) out += '/';
    out += segment;
  }
  if (out.empty()) return ".";
  return out;
}

std::string dir_path(std::string_view path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return ".";
  return clean_path(path.substr(0, slash + 1));
}

std::string_view trim_go_space(std::string_view s) {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool seen = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t length = 1;
    char32_t cp = util::decode_utf8(s, pos, length);
    if (!util::is_unicode_space(cp)) {
      if (!seen) begin = pos;
      seen = true;
      end = pos + length;
    }
    pos += length;
  }
  return seen ? s.substr(begin, end - begin) : std::string_view();
}

}  // namespace plimsoll::dockerignore
