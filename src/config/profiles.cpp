#include "config/profiles.h"

#include <map>
#include <mutex>
#include <optional>

#include "config/rule_changes.h"
#include "knowledge/embedded.h"
#include "util/did_you_mean.h"
#include "util/format.h"
#include "util/yaml.h"

namespace plimsoll::config {
namespace {

// Sorted; each has data/profiles/<name>.yaml.
constexpr std::string_view kProfiles[] = {"default", "layout", "pdm-devcontainer", "strict", "uv"};

util::Result<Profile> read_profile(std::string_view name, int depth) {
  std::string path = util::format("data/profiles/{}.yaml", name);
  std::optional<util::YamlNode> doc = knowledge::embedded_yaml(path);
  if (!doc || depth > 8) return util::unexpected(util::format("unknown profile `{}`", name));
  if (!doc->is_map()) return util::unexpected(path + ": a profile is a mapping");

  Profile profile;
  profile.name = std::string(name);
  if (const util::YamlNode* base = doc->find("extends")) {
    auto parent = read_profile(base->scalar, depth + 1);
    if (!parent) return parent;
    profile = std::move(*parent);
    profile.name = std::string(name);
  }
  for (const auto& entry : doc->entries) {
    const std::string& key = entry.key.scalar;
    std::string error;
    if (key == "description") {
      profile.description = entry.value.scalar;
    } else if (key == "extends") {
      continue;
    } else if (key == "production-targets") {
      error = read_string_list(entry.value, path, profile.production_targets);
    } else if (key == "rules") {
      RuleChanges changes;
      error = read_rule_changes(entry.value, path, changes);
      merge(profile.rules, changes);
    } else {
      error = located(path, entry.key, util::format("unknown profile key `{}`", key));
    }
    if (!error.empty()) return util::unexpected(error);
  }
  return profile;
}

}  // namespace

std::vector<std::string> profile_names() { return {std::begin(kProfiles), std::end(kProfiles)}; }

util::Result<Profile> find_profile(std::string_view name) {
  for (auto known : kProfiles) {
    if (known != name) continue;
    // The embedded text never changes, so each profile is parsed once per process: settings
    // are worked out per file when a configuration has per-path overrides.
    static std::mutex mutex;
    static std::map<std::string, util::Result<Profile>, std::less<>> read;
    std::lock_guard lock(mutex);
    auto it = read.find(name);
    if (it == read.end()) it = read.emplace(std::string(name), read_profile(name, 0)).first;
    return it->second;
  }
  std::string names;
  std::vector<std::string> candidates;
  for (auto known : kProfiles) {
    names += (names.empty() ? "" : ", ") + std::string(known);
    candidates.emplace_back(known);
  }
  return util::unexpected(
      util::format("unknown profile `{}`{} (profiles: {})", name, util::did_you_mean(name, candidates), names));
}

}  // namespace plimsoll::config
