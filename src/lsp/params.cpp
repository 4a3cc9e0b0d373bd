#include "lsp/params.h"

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
  if (!value.is_number_integer()) {
    throw BadParams{"`" + std::string(path) + "." + std::string(key) + "` must be an integer"};
  }
  return value.get<int>();
}

std::string document_uri(const Json& params) {
  return string_field(object_field(params, "textDocument", "params"), "uri", "params.textDocument");
}

}  // namespace plimsoll::lsp
