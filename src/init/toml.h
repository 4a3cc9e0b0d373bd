// A TOML reader for what project detection needs (pyproject.toml, Cargo.toml, Pipfile, uv.lock):
// tables, arrays of tables, dotted keys, strings, numbers, booleans, arrays and inline tables.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace plimsoll::init {

struct TomlValue {
  enum class Kind { kString, kInteger, kFloat, kBool, kDatetime, kArray, kTable };
  Kind kind = Kind::kTable;
  std::string text;  // strings, and the literal spelling of numbers, booleans and datetimes
  std::vector<TomlValue> items;              // kArray
  std::map<std::string, TomlValue> entries;  // kTable

  bool is_table() const { return kind == Kind::kTable; }
  bool is_string() const { return kind == Kind::kString; }
  // The value at a dotted path of table keys ("tool.poetry.dependencies"), or nullptr.
  const TomlValue* at(std::string_view dotted) const;
  // The string at `dotted`, or "" when absent or not a string.
  std::string string_at(std::string_view dotted) const;
};

// Parses a whole document into its root table. Errors read "line L, column C: reason".
util::Result<TomlValue> parse_toml(std::string_view text);

}  // namespace plimsoll::init
