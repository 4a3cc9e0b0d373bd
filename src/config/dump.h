// `plimsoll config --dump`: the effective configuration as YAML that is itself a valid
// `.plimsoll.yaml`, with every rule's state and options spelled out.
#pragma once

#include <ostream>

#include "config/config.h"

namespace plimsoll::config {

void dump_config(std::ostream& out, const Config& config);

}  // namespace plimsoll::config
