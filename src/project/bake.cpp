// Bake's evaluation, as far as contexts and tags need it: files merged target by target, `inherits`
// followed (bounded, cycles cut), `${VAR}` and bare variable references replaced by the
// variables' defaults. What needs more than that is left out, never guessed.
#include <optional>
#include <set>

#include "project/bake.h"
#include "util/path.h"
#include "util/text.h"

namespace plimsoll::project {
namespace {

using Attributes = std::map<std::string, BakeValue, std::less<>>;
using Variables = std::map<std::string, BakeValue, std::less<>>;

constexpr int kMaxInheritance = 16;   // deeper `inherits` chains are cut
constexpr int kMaxSubstitution = 8;   // variables defined by variables, this many levels

bool is_name_char(char c) { return util::is_ascii_alnum(c) || c == '_'; }

// `value` with `${NAME}` replaced; nullopt when a reference is not a plain known variable.
std::optional<std::string> interpolate(const BakeValue& value, const Variables& vars, int level);

std::optional<std::string> variable(std::string_view name, const Variables& vars, int level) {
  auto it = vars.find(name);
  if (it == vars.end() || level >= kMaxSubstitution) return std::nullopt;
  return interpolate(it->second, vars, level + 1);
}

std::optional<std::string> interpolate(const BakeValue& value, const Variables& vars, int level) {
  if (!value.set || !value.known) return std::nullopt;
  if (!value.reference.empty()) return variable(value.reference, vars, level);
  if (!value.items.empty() || !value.entries.empty()) return std::nullopt;
  const std::string& s = value.text;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == '$' || s[i] == '%') && i + 1 < s.size() && s[i + 1] == '{') {
      if (s[i] == '%') return std::nullopt;  // template directives
      std::size_t end = s.find('}', i + 2);
      if (end == std::string::npos) return std::nullopt;
      std::string_view name(s.data() + i + 2, end - i - 2);
      for (char c : name) {
        if (!is_name_char(c)) return std::nullopt;  // a function call or an expression
      }
      auto replaced = variable(name, vars, level);
      if (!replaced) return std::nullopt;
      out += *replaced;
      i = end;
      continue;
    }
    out += s[i];
  }
  return out;
}

// The target's own attributes over those it inherits (later parents over earlier ones).
Attributes flatten(const std::string& name, const std::map<std::string, Attributes, std::less<>>& targets,
                   std::set<std::string>& active, int depth) {
  auto it = targets.find(name);
  if (it == targets.end() || depth > kMaxInheritance || !active.insert(name).second) return {};
  Attributes out;
  if (auto inherits = it->second.find("inherits"); inherits != it->second.end()) {
    for (const BakeValue& parent : inherits->second.items) {
      if (!parent.known || !parent.reference.empty()) continue;
      for (auto& [key, value] : flatten(parent.text, targets, active, depth + 1)) out[key] = value;
    }
  }
  for (const auto& [key, value] : it->second) out[key] = value;
  active.erase(name);
  return out;
}

bool is_remote(std::string_view context) {
  if (context.starts_with("cwd://")) return false;
  return context.find("://") != std::string_view::npos || context.starts_with("git@") ||
         context.starts_with("target:") || context.starts_with("docker-image:") || context.starts_with("oci-layout:");
}

}  // namespace

std::vector<BakeTarget> resolve_bake(const std::vector<BakeDocument>& documents) {
  Variables vars;
  std::map<std::string, Attributes, std::less<>> targets;
  std::map<std::string, std::pair<std::size_t, uint32_t>, std::less<>> lines;
  std::vector<std::string> order;
  for (std::size_t n = 0; n < documents.size(); ++n) {
    const BakeDocument& doc = documents[n];
    for (const auto& [name, value] : doc.variables) vars[name] = value;
    for (const BakeTargetSpec& target : doc.targets) {
      auto [slot, added] = targets.try_emplace(target.name);
      if (added) {
        order.push_back(target.name);
        lines[target.name] = {n, target.line};
      }
      for (const auto& [key, value] : target.attributes) slot->second[key] = value;
    }
  }
  std::vector<BakeTarget> out;
  for (const std::string& name : order) {
    std::set<std::string> active;
    Attributes attributes = flatten(name, targets, active, 0);
    if (attributes.contains("dockerfile-inline")) continue;
    BakeTarget target{name, lines[name].first, lines[name].second, ".", "Dockerfile", {}, {}};
    if (auto c = attributes.find("context"); c != attributes.end()) {
      auto value = interpolate(c->second, vars, 0);
      if (!value || value->empty() || is_remote(*value)) continue;
      target.context = value->starts_with("cwd://") ? value->substr(6) : *value;
    }
    if (auto d = attributes.find("dockerfile"); d != attributes.end()) {
      auto value = interpolate(d->second, vars, 0);
      if (!value || value->empty() || *value == "-" || is_remote(*value)) continue;
      target.dockerfile = *value;
    }
    if (target.context.starts_with('/') || target.dockerfile.starts_with('/')) continue;  // another machine's paths
    // Bake reads the Dockerfile inside the context, unless `cwd://` says from where bake runs.
    target.dockerfile = target.dockerfile.starts_with("cwd://") ? util::normal_path(target.dockerfile.substr(6))
                                                               : util::join_path(target.context, target.dockerfile);
    target.context = util::normal_path(target.context);
    if (auto named = attributes.find("contexts"); named != attributes.end()) {
      // Every name counts, whatever its value: a stage reference of that name reads the context.
      for (const auto& [key, value] : named->second.entries) {
        auto path = interpolate(value, vars, 0);
        std::string local;
        if (path && !path->empty() && !is_remote(*path) && !path->starts_with('/')) {
          // Named contexts are read from where bake runs, not inside the main context.
          local = util::normal_path(path->starts_with("cwd://") ? path->substr(6) : *path);
        }
        target.named_contexts.emplace_back(key, std::move(local));
      }
    }
    if (auto tags = attributes.find("tags"); tags != attributes.end()) {
      for (const BakeValue& item : tags->second.items) {
        if (auto tag = interpolate(item, vars, 0); tag && !tag->empty()) target.tags.push_back(std::move(*tag));
      }
    }
    out.push_back(std::move(target));
  }
  return out;
}

}  // namespace plimsoll::project
