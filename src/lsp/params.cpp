#include "lsp/params.h"

#include <climits>
#include <cstdint>

namespace plimsoll::lsp {
namespace {

const Json& field(const Json& params, std::string_view key, std::string_view path) {
  if (!params.is_object()) throw BadParams{"`" + std::string(path) + "` must be an object"};
  auto it = params.find(key);
  if (it == params.end())
    throw BadParams{"missing `" + std::string(path) + "." + std::string(key) + "`"};
  return *it;
}

}  // namespace

const Json& object_field(const Json& params, std::string_view key, std::string_view path) {
  const Json& value = field(params, key, path);
  if (!value.is_object())
    throw BadParams{"`" + std::string(path) + "." + std::string(key) + "` must be an object"};
  return value;
}

std::string string_field(const Json& params, std::string_view key, std::string_view path) {
  const Json& value = field(params, key, path);
  if (!value.is_string())
    throw BadParams{"`" + std::string(path) + "." + std::string(key) + "` must be a string"};
  return value.get<std::string>();
}

int int_field(const Json& params, std::string_view key, std::string_view path) {
  const Json& value = field(params, key, path);
  // A number outside int is refused, not wrapped (get<int>() would truncate it).
  bool in_range = value.is_number_unsigned() ? value.get<std::uint64_t>() <= INT_MAX
                                             : value.is_number_integer() && value.get<std::int64_t>() >= INT_MIN &&
                                                   value.get<std::int64_t>() <= INT_MAX;
  if (!value.is_number_integer() || !in_range) {
    throw BadParams{"`" + std::string(path) + "." + std::string(key) + "` must be an integer in the int32 range"};
  }
  return value.get<int>();
}

std::string document_uri(const Json& params) {
  return string_field(object_field(params, "textDocument", "params"), "uri", "params.textDocument");
}

}  // namespace plimsoll::lsp
