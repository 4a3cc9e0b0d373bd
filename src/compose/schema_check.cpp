#include "compose/schema_check.h"

#include <cstdio>
#include <cstdlib>

#include "compose/yaml_json.h"

namespace plimsoll::compose {
namespace {

jsonschema::Validator compile_embedded() {
  auto schema = nlohmann::json::parse(embedded_schema(), nullptr, /*allow_exceptions=*/false);
  auto validator = jsonschema::Validator::compile(schema);
  if (!validator) {
    // The schema is fixed at build time, so this is a broken build, not bad input.
    std::fprintf(stderr, "internal error: the embedded compose schema does not compile: %s\n",
                 validator.error().message.c_str());
    std::abort();
  }
  return *validator;
}

}  // namespace

const jsonschema::Validator& compose_validator() {
  static const jsonschema::Validator validator = compile_embedded();
  return validator;
}

std::vector<SchemaViolation> check_schema(const util::YamlNode& root) {
  nlohmann::json instance = yaml_to_json(root);
  const jsonschema::Validator& validator = compose_validator();
  std::vector<SchemaViolation> out;
  if (validator.is_valid(instance)) return out;
  for (jsonschema::ValidationError& error : validator.validate(instance)) {
    bool at_key = error.keyword == "additionalProperties";
    const util::YamlNode* node = node_at_pointer(root, error.instance_location, at_key);
    if (node == nullptr) node = &root;
    out.push_back({std::move(error.message), node->line, node->column, node->origin,
                   std::move(error.instance_location), std::move(error.keyword_location)});
  }
  return out;
}

}  // namespace plimsoll::compose
