#include "config/config.h"

#include <fnmatch.h>

#include <filesystem>

#include "config/profiles.h"
#include "config/rule_changes.h"
#include "util/confinement.h"
#include "util/file_io.h"
#include "util/did_you_mean.h"
#include "util/format.h"
#include "util/yaml.h"
#include "util/path.h"

namespace plimsoll::config {
namespace fs = std::filesystem;
namespace {

constexpr const char* kConfigNames[] = {".plimsoll.yaml", ".plimsoll.yml"};

std::string read_overrides(const util::YamlNode& node, std::string_view path, std::vector<Override>& out) {
  if (!node.is_sequence()) return located(path, node, "`overrides` is a list of {paths, rules}");
  for (const auto& item : node.items) {
    if (!item.is_map()) return located(path, item, "an override is a mapping with `paths` and `rules`");
    Override o;
    for (const auto& entry : item.entries) {
      std::string error;
      if (entry.key.scalar == "paths") {
        error = read_string_list(entry.value, path, o.paths);
      } else if (entry.key.scalar == "rules") {
        error = read_rule_changes(entry.value, path, o.rules);
      } else {
        error = located(path, entry.key, util::format("unknown override key `{}` (paths, rules)", entry.key.scalar));
      }
      if (!error.empty()) return error;
    }
    if (o.paths.empty()) return located(path, item, "an override needs `paths`");
    out.push_back(std::move(o));
  }
  return {};
}

// The path relative to the config's directory when it lies below it, else as given.
std::string relative_to(const std::string& base_dir, std::string_view file_path) {
  if (base_dir.empty()) return std::string(file_path);
  std::error_code ec;
  fs::path absolute = fs::weakly_canonical(fs::absolute(fs::path(file_path), ec), ec);
  fs::path relative = absolute.lexically_relative(base_dir);
  std::string text = relative.generic_string();
  if (ec || text.empty() || text.rfind("..", 0) == 0) return fs::path(file_path).generic_string();
  return text;
}

// fnmatch without FNM_PATHNAME, so `*` and `**` cross directories; a pattern also matches
// everything below a directory it names (`legacy` and `legacy/` cover `legacy/a/Dockerfile`).
bool glob_matches(const std::string& pattern, const std::string& path) {
  std::string p = pattern;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  if (p.rfind("./", 0) == 0) p.erase(0, 2);
  if (::fnmatch(p.c_str(), path.c_str(), 0) == 0) return true;
  std::string below = p + "/*";
  if (::fnmatch(below.c_str(), path.c_str(), 0) == 0) return true;
  std::string name(util::basename(path));
  return p.find('/') == std::string::npos && ::fnmatch(p.c_str(), name.c_str(), 0) == 0;
}

}  // namespace

util::Result<Config> parse_config(std::string_view text, std::string_view path) {
  auto doc = util::parse_yaml(text);
  if (!doc) {
    // parse_yaml reports "line L, column C: reason"; turn that into PATH:L:C.
    const std::string& m = doc.error().message;
    unsigned line = 0, column = 0;
    int consumed = 0;
    if (std::sscanf(m.c_str(), "line %u, column %u: %n", &line, &column, &consumed) == 2 && consumed > 0) {
      return util::unexpected(util::format("{}:{}:{}: {}", path, line, column, m.substr(static_cast<std::size_t>(consumed))));
    }
    return util::unexpected(util::format("{}: {}", path, m));
  }
  Config config;
  config.path = std::string(path);
  if (doc->kind == util::YamlNode::Kind::kNull) return config;  // an empty file is the defaults
  if (!doc->is_map()) return util::unexpected(located(path, *doc, "the configuration must be a mapping"));
  for (const auto& entry : doc->entries) {
    const std::string& key = entry.key.scalar;
    std::string error;
    if (key == "profile") {
      if (!entry.value.is_scalar()) {
        error = located(path, entry.value, "`profile` takes a profile name");
      } else if (auto profile = find_profile(entry.value.scalar); !profile) {
        error = located(path, entry.value, profile.error().message);
      } else {
        config.profile = entry.value.scalar;
      }
    } else if (key == "production-targets") {
      std::vector<std::string> targets;
      error = read_string_list(entry.value, path, targets);
      config.production_targets = std::move(targets);
    } else if (key == "exclude") {
      error = read_string_list(entry.value, path, config.exclude);
    } else if (key == "rules") {
      error = read_rule_changes(entry.value, path, config.rules);
    } else if (key == "overrides") {
      error = read_overrides(entry.value, path, config.overrides);
    } else if (key == "build-contexts") {
      if (!entry.value.is_map()) {
        error = located(path, entry.value, "`build-contexts` maps a Dockerfile to its context directory");
      }
      for (const auto& context : entry.value.entries) {
        if (!error.empty()) break;
        if (!context.value.is_scalar() || context.value.scalar.empty()) {
          error = located(path, context.value, "a build context is a directory path");
        } else {
          config.build_contexts[context.key.scalar] = context.value.scalar;
        }
      }
    } else if (key == "init") {
      // `plimsoll init`'s answers (stack, entry, port, layout), checked by init itself.
      if (!entry.value.is_map()) error = located(path, entry.value, "`init` maps init's option names to values");
      for (const auto& option : entry.value.entries) {
        if (!error.empty()) break;
        if (!option.value.is_scalar()) {
          error = located(path, option.value, "an init option takes one value");
        } else {
          config.init[option.key.scalar] = option.value.scalar;
        }
      }
    } else {
      error = located(path, entry.key,
                      util::format("unknown key `{}`{} (profile, production-targets, exclude, rules, overrides, "
                                   "build-contexts, init)",
                                   key, util::did_you_mean(key, {"profile", "production-targets", "exclude", "rules",
                                                                 "overrides", "build-contexts", "init"})));
    }
    if (!error.empty()) return util::unexpected(error);
  }
  return config;
}

util::Result<Config> load_config(const std::string& path) {
  auto text = util::read_file(path);
  if (!text) return util::unexpected(text.error().message);  // already "<path>: reason"
  auto config = parse_config(*text, path);
  if (config) {
    std::error_code ec;
    config->base_dir = fs::weakly_canonical(fs::absolute(path, ec), ec).parent_path().string();
  }
  return config;
}

std::string find_config(const std::string& start) {
  std::error_code ec;
  std::string dir = util::resolved_path(start);
  if (dir.empty()) return {};
  if (!fs::is_directory(dir, ec)) dir = util::parent_dir(dir);
  // Up to the checkout's top, never past it; outside a checkout only the start itself: a
  // directory above the project (a shared /tmp, a home directory) is not the project's to
  // configure.
  std::string checkout = util::enclosing_checkout(dir);
  std::string top = checkout.empty() ? dir : checkout;
  util::Confinement inside({top});
  for (;;) {
    for (const char* name : kConfigNames) {
      std::string candidate = util::join_path(dir, name);
      // A link to a file outside the project is not the project's configuration.
      if (fs::is_regular_file(candidate, ec) && inside.admits(candidate)) return candidate;
    }
    if (dir == top || dir == "/") break;
    dir = util::parent_dir(dir);
  }
  return {};
}

rules::RuleSettings Config::base_settings() const {
  rules::RuleSettings settings;
  auto chosen = find_profile(profile);
  if (chosen) {  // parse_config already refused unknown profiles
    settings.production_targets = chosen->production_targets;
    apply(chosen->rules, settings);
  }
  if (production_targets) settings.production_targets = *production_targets;
  apply(rules, settings);
  return settings;
}

rules::RuleSettings Config::settings_for(std::string_view file_path) const {
  rules::RuleSettings settings = base_settings();
  if (overrides.empty()) return settings;
  std::string relative = relative_to(base_dir, file_path);
  for (const auto& o : overrides) {
    for (const auto& pattern : o.paths) {
      if (glob_matches(pattern, relative)) {
        apply(o.rules, settings);
        break;
      }
    }
  }
  return settings;
}

bool Config::excludes(std::string_view file_path) const {
  std::string relative = relative_to(base_dir, file_path);
  for (const auto& pattern : exclude) {
    if (glob_matches(pattern, relative)) return true;
  }
  return false;
}

}  // namespace plimsoll::config
