#include "compose/service.h"

#include "util/text.h"

namespace plimsoll::compose {

std::optional<Build> parse_build(const util::YamlNode* build) {
  if (build == nullptr || !(build->is_scalar() || build->is_map())) return std::nullopt;
  Build b;
  b.node = build;
  if (build->is_scalar()) {
    b.context = build->scalar;
  } else {
    if (const auto* c = build->find("context"); c != nullptr && c->is_scalar()) b.context = c->scalar;
    if (const auto* d = build->find("dockerfile"); d != nullptr && d->is_scalar()) b.dockerfile = d->scalar;
    if (const auto* t = build->find("target"); t != nullptr && t->is_scalar()) b.target = util::to_lower_ascii(t->scalar);
    b.inline_dockerfile = build->find("dockerfile_inline") != nullptr;
    if (const auto* named = build->find("additional_contexts"); named != nullptr && named->is_map()) {
      for (const auto& entry : named->entries) {
        if (entry.key.is_scalar() && !entry.key.scalar.empty()) b.additional_contexts.push_back(entry.key.scalar);
      }
    } else if (named != nullptr && named->is_sequence()) {
      for (const auto& item : named->items) {
        std::size_t eq = item.is_scalar() ? item.scalar.find('=') : std::string::npos;
        if (eq != std::string::npos && eq > 0) b.additional_contexts.push_back(item.scalar.substr(0, eq));
      }
    }
  }
  b.remote = b.context.find("://") != std::string::npos || b.context.starts_with("git@");
  return b;
}

std::vector<Service> parse_services(const util::YamlNode& root, const WrittenText& written) {
  std::vector<Service> out;
  const util::YamlNode* services = root.find("services");
  if (services == nullptr || !services->is_map()) return out;
  for (const auto& entry : services->entries) {
    if (!entry.value.is_map() || !entry.key.is_scalar()) continue;
    Service s;
    s.name = entry.key.scalar;
    s.key = &entry.key;
    s.node = &entry.value;
    s.build = parse_build(entry.value.find("build"));
    s.volumes = parse_volumes(entry.value.find("volumes"), written);
    s.ports = parse_ports(entry.value.find("ports"));
    s.environment = parse_environment(entry.value.find("environment"));
    s.env_files = parse_env_files(entry.value.find("env_file"));
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace plimsoll::compose
