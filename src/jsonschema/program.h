// The compiled form of a schema: a flat array of nodes that refer to each other by index, so a
// `$ref` cycle is just an index and the evaluator needs no schema JSON at all. Private header.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "jsonschema/regex.h"
#include "jsonschema/validator.h"

namespace plimsoll::jsonschema::detail {

// Instance types as bits; kInteger is also set for numbers that are whole.
enum TypeBit : uint8_t {
  kNullBit = 1,
  kBooleanBit = 2,
  kObjectBit = 4,
  kArrayBit = 8,
  kNumberBit = 16,
  kStringBit = 32,
  kIntegerBit = 64,
};

constexpr int32_t kNone = -1;

enum class Format : uint8_t { kAnnotation, kDuration };

struct PatternSchema {
  Regex regex;
  std::string source;
  int32_t schema = kNone;
  std::string literal_prefix;  // for `^literal` patterns: a starts_with check instead of RE2
  bool prefix_only = false;
};

struct Node {
  enum class Kind : uint8_t { kAlways, kNever, kSchema };
  Kind kind = Kind::kSchema;
  std::string location;  // JSON Pointer of this schema inside the document

  uint8_t types = 0;  // 0: no `type` keyword
  int32_t ref = kNone;

  std::vector<std::pair<std::string, int32_t>> properties;  // sorted by name
  std::vector<PatternSchema> pattern_properties;
  int32_t additional_properties = kNone;
  int32_t property_names = kNone;
  std::vector<std::string> required;
  std::optional<uint64_t> min_properties, max_properties;

  std::vector<int32_t> all_of, any_of, one_of;
  int32_t not_schema = kNone;
  int32_t if_schema = kNone, then_schema = kNone, else_schema = kNone;

  bool has_const = false;
  nlohmann::json const_value;
  bool has_enum = false;
  std::vector<nlohmann::json> enum_values;

  int32_t items = kNone;              // applies to every item past the prefix
  std::vector<int32_t> prefix_items;  // draft-07 tuple `items`, or `prefixItems`
  int32_t contains = kNone;
  bool unique_items = false;
  std::optional<uint64_t> min_items, max_items;

  std::optional<double> minimum, maximum, exclusive_minimum, exclusive_maximum, multiple_of;

  std::optional<uint64_t> min_length, max_length;
  std::optional<Regex> pattern;
  std::string pattern_source;
  Format format = Format::kAnnotation;
};

struct Program {
  std::vector<Node> nodes;
  int32_t root = 0;
  std::vector<SchemaDiagnostic> diagnostics;
};

// Compiles `schema`; never fails on content, only records diagnostics.
Program compile_program(const nlohmann::json& schema, Dialect dialect);

// Appends every violation of `program` by `instance` to `errors` (when not null) and returns
// whether the instance is valid; with `errors` null it stops at the first violation.
bool evaluate(const Program& program, const nlohmann::json& instance,
              std::vector<ValidationError>* errors);

}  // namespace plimsoll::jsonschema::detail
