// JSON-RPC 2.0 messages as the LSP base protocol uses them: classifying a received body and
// building responses, errors and notifications. Values, no I/O.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace plimsoll::lsp {

using Json = nlohmann::json;

// Error codes from JSON-RPC 2.0 and the LSP specification.
enum ErrorCode : int {
  kParseError = -32700,
  kInvalidRequest = -32600,
  kMethodNotFound = -32601,
  kInvalidParams = -32602,
  kInternalError = -32603,
  kServerNotInitialized = -32002,
  kRequestFailed = -32803,
  kInvalidRequestAfterShutdown = -32600,
};

struct Incoming {
  enum class Kind { kRequest, kNotification, kResponse, kInvalid };
  Kind kind = Kind::kInvalid;
  Json id;  // request and response id (number or string); null when unknown
  std::string method;
  Json params;         // object or array; null when absent
  int error_code = 0;  // for kInvalid: kParseError or kInvalidRequest
  std::string error;   // for kInvalid: why
};

struct JsonLimits;  // lsp/json_limits.h

// Never throws: a body that is not JSON, nests too deep or holds too many values (refused
// while parsing, before it costs memory), or is not a JSON-RPC message, comes back kInvalid.
Incoming parse_message(std::string_view body);
Incoming parse_message(std::string_view body, const JsonLimits& limits);

Json response(const Json& id, Json result);
Json error_response(const Json& id, int code, std::string message);
Json notification(std::string_view method, Json params);

// JSON text for the wire: invalid UTF-8 in strings is replaced, never thrown on.
std::string to_wire(const Json& message);

}  // namespace plimsoll::lsp
