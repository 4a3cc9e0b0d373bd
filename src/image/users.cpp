#include "image/users.h"

#include <charconv>
#include <string_view>
#include <vector>

namespace plimsoll::image {
namespace {

std::optional<int64_t> number(std::string_view text) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// name → (id, primary gid) from a colon-separated database (passwd: id in field 2, gid 3).
std::optional<std::pair<int64_t, int64_t>> lookup(const Image& image, const std::string& file, std::string_view name) {
  auto it = image.contents.find(file);
  if (it == image.contents.end()) return std::nullopt;
  std::string_view text = it->second;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    std::vector<std::string_view> fields;
    for (std::size_t start = 0;;) {
      std::size_t colon = line.find(':', start);
      fields.push_back(line.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start));
      if (colon == std::string_view::npos) break;
      start = colon + 1;
    }
    if (fields.size() < 3 || fields[0] != name) continue;
    auto id = number(fields[2]);
    if (!id) continue;
    auto gid = fields.size() > 3 ? number(fields[3]) : std::nullopt;
    return std::pair<int64_t, int64_t>{*id, gid.value_or(*id)};
  }
  return std::nullopt;
}

}  // namespace

RuntimeUser resolve_user(const Image& image) {
  RuntimeUser out;
  out.spec = image.config.user;
  std::string_view spec = out.spec;
  std::size_t colon = spec.find(':');
  std::string_view user = spec.substr(0, colon);
  std::string_view group = colon == std::string_view::npos ? std::string_view() : spec.substr(colon + 1);
  if (user.empty()) user = "root";  // the runtime's default
  if (auto id = number(user)) {
    out.uid = *id;
  } else if (auto entry = lookup(image, "etc/passwd", user)) {
    out.uid = entry->first;
    out.gid = entry->second;
  } else if (user == "root") {
    out.uid = 0;  // runc runs as uid 0 even when the image has no passwd
    out.gid = 0;
  } else {
    out.unknown = "user '" + std::string(user) + "'";
  }
  if (!group.empty()) {
    if (auto id = number(group)) {
      out.gid = *id;
    } else if (auto entry = lookup(image, "etc/group", group)) {
      out.gid = entry->first;
    } else if (out.unknown.empty()) {
      out.unknown = "group '" + std::string(group) + "'";
    }
  }
  return out;
}

}  // namespace plimsoll::image
