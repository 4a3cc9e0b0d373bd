// Merges compose documents the way `docker compose -f a -f b` does: mappings merge key by key,
// later scalars win, lists such as ports and cap_add append without duplicates, volumes merge by
// target, environment and labels merge by name whichever form they are written in, and
// command, entrypoint and healthcheck.test are replaced.
#pragma once

#include "util/yaml.h"

namespace plimsoll::compose {

// Merges `later` into `base` (both interpolated document roots). A value tagged `!reset` removes
// the key from `base`; one tagged `!override` replaces base's value instead of merging with it.
void merge_into(util::YamlNode& base, const util::YamlNode& later);

// Removes the keys whose values are tagged `!reset` (and forgets `!override`) throughout `node`:
// what the first file of a stack, with nothing before it, amounts to.
void drop_reset_entries(util::YamlNode& node);

// `environment`, `labels` and similar fields may be a list of "K=V" or a mapping; this is the
// mapping form, with each entry keeping the mark of what it came from. Other nodes as they are.
util::YamlNode as_mapping(const util::YamlNode& node);

}  // namespace plimsoll::compose
