#include "rules/compose/services.h"

#include <algorithm>
#include <optional>

#include "envfile/template.h"
#include "util/text.h"
#include "util/path.h"

namespace plimsoll::rules {

void for_each_service(const project::Project& project, const std::function<void(const ServiceView&)>& fn) {
  for (const auto& stack : project.stacks) {
    const util::YamlNode* services = stack.merged.find("services");
    if (services == nullptr || !services->is_map()) continue;
    for (const auto& entry : services->entries) {
      if (!entry.value.is_map() || !entry.key.is_scalar()) continue;
      fn(ServiceView{stack, entry.key.scalar, entry.key, entry.value});
    }
  }
}

bool is_true(const util::YamlNode* node) {
  return node != nullptr && node->is_scalar() && util::iequals_ascii(node->scalar, "true");
}

std::vector<const util::YamlNode*> items_of(const util::YamlNode* node) {
  std::vector<const util::YamlNode*> out;
  if (node == nullptr) return out;
  if (node->is_scalar()) out.push_back(node);
  for (const auto& item : node->items) out.push_back(&item);
  return out;
}

const dockerfile::Stage* built_final_stage(const project::Project& project, const ServiceView& service) {
  const util::YamlNode* build = service.node.find("build");
  if (build == nullptr) return nullptr;
  std::string context = ".";
  std::string dockerfile = "Dockerfile";
  std::string target;
  if (build->is_scalar()) {
    context = build->scalar;
  } else if (build->is_map()) {
    if (const auto* c = build->find("context"); c != nullptr && c->is_scalar()) context = c->scalar;
    if (const auto* d = build->find("dockerfile"); d != nullptr && d->is_scalar()) dockerfile = d->scalar;
    if (const auto* t = build->find("target"); t != nullptr && t->is_scalar()) target = util::to_lower_ascii(t->scalar);
  }
  std::string dir = util::parent_dir(service.stack.document_of(service.node).path);
  const project::LoadedDockerfile* loaded = project.dockerfile(util::join_path(util::join_path(dir, context), dockerfile));
  if (loaded == nullptr) return nullptr;
  if (!target.empty()) return loaded->model.find_stage(target);
  return loaded->model.final_stage();
}

}  // namespace plimsoll::rules

namespace plimsoll::rules {
namespace {

// The text of a scalar from its mark to where YAML ends it on that line (quotes removed).
std::string raw_scalar(const core::SourceFile& source, const util::YamlNode& node) {
  if (node.line == 0 || node.line > source.lines().line_count()) return node.scalar;
  std::string_view line = source.lines().line_text(node.line);
  std::size_t at = node.column == 0 ? 0 : node.column - 1;
  if (at >= line.size()) return node.scalar;
  std::string_view rest = line.substr(at);
  char quote = rest.front();
  if (quote == '"' || quote == '\'') {
    std::string out;
    for (std::size_t i = 1; i < rest.size(); ++i) {
      if (quote == '"' && rest[i] == '\\' && i + 1 < rest.size()) {
        out += rest[++i];
      } else if (rest[i] == quote) {
        if (quote == '\'' && i + 1 < rest.size() && rest[i + 1] == '\'') {
          out += rest[++i];
        } else {
          return out;
        }
      } else {
        out += rest[i];
      }
    }
    return node.scalar;  // continues on the next line
  }
  // In a flow collection (`[a, b]`) a plain scalar ends at `,`, `]` or `}`.
  int depth = 0;
  for (char c : line.substr(0, at)) depth += (c == '[' || c == '{') ? 1 : (c == ']' || c == '}') ? -1 : 0;
  std::size_t end = rest.find(" #");
  if (depth > 0) end = std::min(end, rest.find_first_of(",]}"));
  return std::string(util::trim_right_ascii_space(rest.substr(0, end)));
}

bool is_host_path(std::string_view source) {
  return source.starts_with('/') || source.starts_with('.') || source.starts_with('~');
}

// `C:\data:/data` keeps its drive letter with the path.
std::vector<std::string> split_volume(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', start)) {
    bool drive = colon == start + 1 && util::is_ascii_alpha(text[start]) && colon + 1 < text.size() &&
                 (text[colon + 1] == '\\' || text[colon + 1] == '/') && parts.empty();
    if (!drive) {
      parts.emplace_back(text.substr(start, colon - start));
      start = colon + 1;
    } else {
      colon = text.find(':', colon + 1);
      if (colon == std::string_view::npos) break;
      parts.emplace_back(text.substr(start, colon - start));
      start = colon + 1;
    }
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

std::string scalar_field(const util::YamlNode& map, std::string_view key) {
  const util::YamlNode* value = map.find(key);
  return value != nullptr && value->is_scalar() ? value->scalar : std::string();
}

}  // namespace

std::string as_written(const project::ComposeStack& stack, const util::YamlNode& node) {
  if (!node.is_scalar() || node.origin >= stack.documents.size()) return node.scalar;
  const auto& source = stack.documents[node.origin].source;
  if (!source) return node.scalar;
  std::string raw = raw_scalar(*source, node);
  if (raw.find('$') == std::string::npos) return node.scalar;
  envfile::Substitution s = envfile::substitute(raw, [&stack](std::string_view name) -> std::optional<std::string> {
    if (name == "HOME" || name == "USERPROFILE") return "~";
    if (name == "PWD") return ".";
    auto it = stack.variables.find(name);
    return it == stack.variables.end() ? std::nullopt : std::optional<std::string>(it->second);
  });
  return s.error ? node.scalar : s.value;
}

std::vector<Mount> mounts_of(const ServiceView& service) {
  std::vector<Mount> out;
  const util::YamlNode* volumes = service.node.find("volumes");
  if (volumes == nullptr || !volumes->is_sequence()) return out;
  for (const auto& item : volumes->items) {
    Mount m;
    m.node = &item;
    if (item.is_scalar()) {
      std::vector<std::string> parts = split_volume(as_written(service.stack, item));
      if (parts.size() == 1) {
        m.target = parts[0];
      } else {
        m.source = parts[0];
        m.target = parts[1];
        if (parts.size() > 2) m.mode = parts[2];
      }
      m.type = is_host_path(m.source) ? "bind" : "volume";
      std::string_view mode = m.mode;
      while (!mode.empty()) {
        std::size_t comma = mode.find(',');
        if (mode.substr(0, comma) == "ro") m.read_only = true;
        mode.remove_prefix(comma == std::string_view::npos ? mode.size() : comma + 1);
      }
    } else if (item.is_map()) {
      m.type = scalar_field(item, "type");
      if (const util::YamlNode* source = item.find("source"); source != nullptr && source->is_scalar()) {
        m.source = as_written(service.stack, *source);
      }
      m.target = scalar_field(item, "target");
      m.read_only = is_true(item.find("read_only"));
    } else {
      continue;
    }
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<PublishedPort> ports_of(const ServiceView& service) {
  std::vector<PublishedPort> out;
  const util::YamlNode* ports = service.node.find("ports");
  if (ports == nullptr || !ports->is_sequence()) return out;
  for (const auto& item : ports->items) {
    PublishedPort p;
    p.node = &item;
    if (item.is_scalar()) {
      std::string_view text = item.scalar;
      if (std::size_t slash = text.rfind('/'); slash != std::string_view::npos) {
        p.protocol = std::string(text.substr(slash + 1));
        text = text.substr(0, slash);
      }
      if (text.starts_with('[')) {  // `[::1]:8080:80`
        std::size_t close = text.find(']');
        if (close == std::string_view::npos) continue;
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
    } else if (item.is_map()) {
      p.host_ip = scalar_field(item, "host_ip");
      p.published = scalar_field(item, "published");
      p.target = scalar_field(item, "target");
      p.protocol = scalar_field(item, "protocol");
    } else {
      continue;
    }
    out.push_back(std::move(p));
  }
  return out;
}

bool is_one_shot(const ServiceView& service) {
  const util::YamlNode* restart = service.node.find("restart");
  if (restart != nullptr && restart->is_scalar() && util::iequals_ascii(restart->scalar, "no")) return true;
  const util::YamlNode* profiles = service.node.find("profiles");
  return profiles != nullptr && profiles->is_sequence() && !profiles->items.empty();
}

bool written_as_reference(const project::ComposeStack& stack, const util::YamlNode& node) {
  if (node.origin >= stack.documents.size()) return false;
  for (const auto& ref : stack.documents[node.origin].variables) {
    if (ref.line == node.line && ref.column == node.column) return true;
  }
  return false;
}

}  // namespace plimsoll::rules
