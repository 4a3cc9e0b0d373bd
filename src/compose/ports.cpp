// `ports:` as compose reads it: the short syntax is `[host_ip:][published:]target[/protocol]`,
// split at the last two colons so an unbracketed IPv6 address keeps its own.
#include <charconv>

#include "compose/service.h"
#include "util/text.h"

namespace plimsoll::compose {
namespace {

std::string scalar_field(const util::YamlNode& map, std::string_view key) {
  const util::YamlNode* value = map.find(key);
  return value != nullptr && value->is_scalar() ? value->scalar : std::string();
}

std::optional<int> port_number(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0 || value > 65535) return std::nullopt;
  return value;
}

std::optional<Port> short_port(const util::YamlNode& item) {
  Port p;
  p.node = &item;
  std::string_view text = util::trim_ascii_space(item.scalar);
  if (std::size_t slash = text.rfind('/'); slash != std::string_view::npos) {
    p.protocol = std::string(text.substr(slash + 1));
    text = text.substr(0, slash);
  }
  if (text.starts_with('[')) {  // `[::1]:8080:80`
    std::size_t close = text.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    p.host_ip = std::string(text.substr(1, close - 1));
    text = text.substr(std::min(close + 2, text.size()));
  }
  std::size_t last = text.rfind(':');
  p.target = std::string(text.substr(last == std::string_view::npos ? 0 : last + 1));
  if (last != std::string_view::npos) {
    std::string_view front = text.substr(0, last);
    std::size_t middle = front.rfind(':');
    p.published = std::string(front.substr(middle == std::string_view::npos ? 0 : middle + 1));
    if (middle != std::string_view::npos) p.host_ip = std::string(front.substr(0, middle));
  }
  return p;
}

}  // namespace

std::optional<PortRange> parse_port_range(std::string_view text) {
  text = util::trim_ascii_space(text);
  std::size_t dash = text.find('-');
  auto first = port_number(text.substr(0, dash));
  auto last = dash == std::string_view::npos ? first : port_number(text.substr(dash + 1));
  if (!first || !last || *last < *first) return std::nullopt;
  return PortRange{*first, *last};
}

std::optional<PortRange> Port::published_range() const { return parse_port_range(published); }
std::optional<PortRange> Port::target_range() const { return parse_port_range(target); }

std::vector<Port> parse_ports(const util::YamlNode* ports) {
  std::vector<Port> out;
  if (ports == nullptr || !ports->is_sequence()) return out;
  for (const auto& item : ports->items) {
    if (item.is_scalar()) {
      if (auto p = short_port(item)) out.push_back(std::move(*p));
    } else if (item.is_map()) {
      Port p;
      p.node = &item;
      p.long_syntax = true;
      p.host_ip = scalar_field(item, "host_ip");
      if (p.host_ip.starts_with('[') && p.host_ip.ends_with(']')) p.host_ip = p.host_ip.substr(1, p.host_ip.size() - 2);
      p.published = scalar_field(item, "published");
      p.target = scalar_field(item, "target");
      p.protocol = scalar_field(item, "protocol");
      out.push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace plimsoll::compose
