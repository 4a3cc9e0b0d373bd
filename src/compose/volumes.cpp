// `volumes:` of a service as compose reads it: the short syntax is `[source:]target[:mode]`,
// where a source that looks like a path (`/`, `.`, `~`, a drive letter) is a bind mount and
// anything else names a volume.
#include "compose/service.h"
#include "util/path.h"
#include "util/text.h"

namespace plimsoll::compose {
namespace {

bool is_host_path(std::string_view source) {
  return source.starts_with('/') || source.starts_with('.') || source.starts_with('~') ||
         (source.size() > 2 && util::is_ascii_alpha(source[0]) && source[1] == ':' &&
          (source[2] == '\\' || source[2] == '/'));
}

// `C:\data:/data` keeps its drive letter with the path.
std::vector<std::string> split_volume(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', start)) {
    bool drive = colon == start + 1 && util::is_ascii_alpha(text[start]) && colon + 1 < text.size() &&
                 (text[colon + 1] == '\\' || text[colon + 1] == '/') && parts.empty();
    if (drive) {
      colon = text.find(':', colon + 1);
      if (colon == std::string_view::npos) break;
    }
    parts.emplace_back(text.substr(start, colon - start));
    start = colon + 1;
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

std::string scalar_field(const util::YamlNode& map, std::string_view key) {
  const util::YamlNode* value = map.find(key);
  return value != nullptr && value->is_scalar() ? value->scalar : std::string();
}

std::string text_of(const util::YamlNode& node, const WrittenText& written) {
  return written ? written(node) : node.scalar;
}

std::string normal_target(const std::string& target) { return target.empty() ? target : util::normal_path(target); }

bool mode_has(std::string_view mode, std::string_view option) {
  while (!mode.empty()) {
    std::size_t comma = mode.find(',');
    if (mode.substr(0, comma) == option) return true;
    mode.remove_prefix(comma == std::string_view::npos ? mode.size() : comma + 1);
  }
  return false;
}

}  // namespace

std::vector<Mount> parse_volumes(const util::YamlNode* volumes, const WrittenText& written) {
  std::vector<Mount> out;
  if (volumes == nullptr || !volumes->is_sequence()) return out;
  for (const auto& item : volumes->items) {
    Mount m;
    m.node = &item;
    if (item.is_scalar()) {
      std::vector<std::string> parts = split_volume(text_of(item, written));
      if (parts.size() == 1) {
        m.target = parts[0];
      } else {
        m.source = parts[0];
        m.target = parts[1];
        if (parts.size() > 2) m.mode = parts[2];
      }
      m.type = is_host_path(m.source) ? "bind" : "volume";
      m.read_only = mode_has(m.mode, "ro");
    } else if (item.is_map()) {
      m.long_syntax = true;
      m.type = scalar_field(item, "type");
      if (const util::YamlNode* source = item.find("source"); source != nullptr && source->is_scalar()) {
        m.source = text_of(*source, written);
      }
      m.target = scalar_field(item, "target");
      const util::YamlNode* read_only = item.find("read_only");
      m.read_only = read_only != nullptr && read_only->is_scalar() && util::iequals_ascii(read_only->scalar, "true");
    } else {
      continue;
    }
    m.target = normal_target(m.target);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace plimsoll::compose
