// Built-in profiles (data/profiles/*.yaml, embedded): `strict`, the whole union of the standard;
// `default`, the rules that hold for any project (strict without house conventions); and named
// conventions built on `strict` with their conflicting choices resolved.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "util/result.h"

namespace plimsoll::config {

struct Profile {
  std::string name;
  std::string description;
  std::vector<std::string> production_targets;
  RuleChanges rules;
};

std::vector<std::string> profile_names();
// The named profile with what it extends already applied.
util::Result<Profile> find_profile(std::string_view name);

}  // namespace plimsoll::config
