#include "jsonschema/validator.h"

#include "jsonschema/program.h"

namespace plimsoll::jsonschema {
namespace {

Dialect dialect_of(const nlohmann::json& schema, Dialect fallback) {
  if (!schema.is_object()) return fallback;
  auto it = schema.find("$schema");
  if (it == schema.end() || !it->is_string()) return fallback;
  const std::string& uri = it->get_ref<const std::string&>();
  if (uri.find("2020-12") != std::string::npos || uri.find("2019-09") != std::string::npos) {
    return Dialect::kDraft2020_12;
  }
  return Dialect::kDraft7;
}

}  // namespace

util::Result<Validator> Validator::compile(const nlohmann::json& schema,
                                           const CompileOptions& options) {
  if (!schema.is_object() && !schema.is_boolean()) {
    return util::unexpected("a schema must be an object or a boolean");
  }
  auto program = std::make_shared<detail::Program>(
      detail::compile_program(schema, dialect_of(schema, options.default_dialect)));
  return Validator(std::move(program));
}

std::vector<ValidationError> Validator::validate(const nlohmann::json& instance) const {
  std::vector<ValidationError> errors;
  detail::evaluate(*program_, instance, &errors);
  return errors;
}

bool Validator::is_valid(const nlohmann::json& instance) const {
  return detail::evaluate(*program_, instance, nullptr);
}

const std::vector<SchemaDiagnostic>& Validator::diagnostics() const {
  return program_->diagnostics;
}

}  // namespace plimsoll::jsonschema
