// A JSON Schema (draft-07, and the 2020-12 subset the Compose schema uses) compiled once into an
// immutable Validator; copies share the compiled program and may validate from any thread.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "util/result.h"

namespace plimsoll::jsonschema {

namespace detail {
struct Program;
}

struct ValidationError {
  std::string instance_location;  // JSON Pointer into the instance; "" is the whole document
  std::string keyword_location;   // JSON Pointer of the failing keyword inside the schema
  std::string keyword;            // e.g. "type", "additionalProperties", "oneOf"
  std::string message;            // names the offending key or value
};

// A part of the schema that is compiled as "accept everything" (a remote `$ref`, a regex RE2
// cannot express, an unsupported keyword): the schema still works, less strictly.
struct SchemaDiagnostic {
  std::string schema_location;
  std::string message;
};

enum class Dialect { kDraft7, kDraft2020_12 };

struct CompileOptions {
  Dialect default_dialect = Dialect::kDraft7;  // when the schema has no `$schema`
};

class Validator {
 public:
  // Fails only when `schema` is neither an object nor a boolean.
  static util::Result<Validator> compile(const nlohmann::json& schema,
                                         const CompileOptions& options = {});

  // Every violation, in instance order; oneOf/anyOf failures are one branch's errors, not all.
  std::vector<ValidationError> validate(const nlohmann::json& instance) const;
  bool is_valid(const nlohmann::json& instance) const;  // stops at the first violation

  const std::vector<SchemaDiagnostic>& diagnostics() const;

 private:
  explicit Validator(std::shared_ptr<const detail::Program> program)
      : program_(std::move(program)) {}
  std::shared_ptr<const detail::Program> program_;
};

}  // namespace plimsoll::jsonschema
