#include "compose/schema_check.h"

#include <cstdio>
#include <cstdlib>

#include "compose/type_casts.h"
#include "compose/yaml_json.h"
#include "util/format.h"

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
  std::vector<SchemaViolation> out;
  for (CastFailure& failure : apply_type_casts(instance)) {
    const util::YamlNode* node = node_at_pointer(root, failure.pointer, false);
    if (node == nullptr) node = &root;
    // A variable with no value here may have one in the shell that runs compose: unknown, not wrong.
    if (node->unresolved) continue;
    std::string shown = failure.value.empty() ? "empty" : util::format("`{}`", failure.value);
    out.push_back({util::format("`{}` is {}{}, and compose stops because it must be {}", failure.path, shown,
                                node->interpolated ? " after interpolation" : "", failure.wanted),
                   node->line, node->column, node->origin, std::move(failure.pointer), "#cast"});
  }
  const jsonschema::Validator& validator = compose_validator();
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
