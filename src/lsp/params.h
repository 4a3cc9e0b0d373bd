// Reading request parameters: each accessor throws BadParams naming the missing or mistyped
// field, which the server answers as InvalidParams. Internal to src/lsp.
#pragma once

#include <string>
#include <string_view>

#include "lsp/jsonrpc.h"

namespace plimsoll::lsp {

struct BadParams {
  std::string message;
};

// A request the server understood but refuses (unknown method, initialize twice).
struct RequestError {
  int code;
  std::string message;
};

// params[key] as an object / string / integer; `path` names it in the error ("textDocument").
const Json& object_field(const Json& params, std::string_view key, std::string_view path);
std::string string_field(const Json& params, std::string_view key, std::string_view path);
int int_field(const Json& params, std::string_view key, std::string_view path);
// params.textDocument.uri
std::string document_uri(const Json& params);

}  // namespace plimsoll::lsp
