// DC001's engine: a loaded compose file checked against the Compose Specification schema that is
// embedded in the binary, compiled once per process and shared by every thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jsonschema/validator.h"
#include "util/yaml.h"

namespace plimsoll::compose {

struct SchemaViolation {
  std::string message;  // e.g. "additional property `buld` is not allowed in `services.web`"
  uint32_t line = 0;    // 1-based; of the key itself for a property that is not allowed
  uint32_t column = 0;
  uint32_t origin = 0;            // the node's document, as in util::YamlNode
  std::string instance_location;  // JSON Pointer into the compose file
  std::string keyword_location;   // JSON Pointer into the schema
};

// The compose-spec.json bytes compiled into the binary (cmake/EmbedFile.cmake).
std::string_view embedded_schema();

// The compiled Compose schema; built on first use.
const jsonschema::Validator& compose_validator();

// Every violation of the schema by `root` (an interpolated compose file), in document order.
std::vector<SchemaViolation> check_schema(const util::YamlNode& root);

}  // namespace plimsoll::compose
