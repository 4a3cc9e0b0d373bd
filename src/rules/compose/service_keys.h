// Fixes that add keys to a service: new lines right under the service's name, in the file and
// at the indentation that file already uses for the service's keys, so its layout is kept.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"
#include "rules/compose/services.h"

namespace plimsoll::rules {

// `lines` are `key: value` texts without indentation. nullopt when the service is not a block
// mapping whose first key line can be read plainly (flow style, a merge key first, tabs…).
std::optional<core::Fix> add_service_keys(const ServiceView& service, std::string title,
                                          const std::vector<std::string>& lines,
                                          core::Applicability applicability = core::Applicability::kUnsafe);

}  // namespace plimsoll::rules
