#include "lsp/jsonrpc.h"

#include "lsp/json_limits.h"

namespace plimsoll::lsp {

Incoming parse_message(std::string_view body) { return parse_message(body, JsonLimits{}); }

Incoming parse_message(std::string_view body, const JsonLimits& limits) {
  Incoming in;
  BoundedParse parsed = parse_bounded(body, limits);
  if (parsed.outcome != BoundedParse::Outcome::kOk) {
    // Valid JSON past a limit is a request refused, not a parse error.
    in.error_code = parsed.outcome == BoundedParse::Outcome::kSyntax ? kParseError : kInvalidRequest;
    in.error = parsed.outcome == BoundedParse::Outcome::kSyntax ? "the message is not valid JSON" : parsed.error;
    return in;
  }
  Json message = std::move(parsed.value);
  in.error_code = kInvalidRequest;
  if (!message.is_object()) {
    in.error = "a JSON-RPC message must be an object";
    return in;
  }
  auto id = message.find("id");
  bool has_id = id != message.end();
  if (has_id && (id->is_number_integer() || id->is_string())) in.id = *id;
  auto version = message.find("jsonrpc");
  if (version == message.end() || *version != "2.0") {
    in.error = "`jsonrpc` must be \"2.0\"";
    return in;
  }
  if (has_id && !id->is_number_integer() && !id->is_string() && !id->is_null()) {
    in.error = "`id` must be an integer or a string";
    return in;
  }
  auto method = message.find("method");
  if (method == message.end()) {
    if (has_id && (message.contains("result") || message.contains("error"))) {
      in.kind = Incoming::Kind::kResponse;
      return in;
    }
    in.error = "a request needs a `method`";
    return in;
  }
  if (!method->is_string()) {
    in.error = "`method` must be a string";
    return in;
  }
  in.method = method->get<std::string>();
  auto params = message.find("params");
  // `"params": null` is read as no params: clients send it for shutdown, and nothing is lost.
  if (params != message.end() && !params->is_null()) {
    if (!params->is_object() && !params->is_array()) {
      in.error = "`params` must be an object or an array";
      return in;
    }
    in.params = *params;
  }
  in.kind = has_id ? Incoming::Kind::kRequest : Incoming::Kind::kNotification;
  in.error_code = 0;
  return in;
}

Json response(const Json& id, Json result) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

Json error_response(const Json& id, int code, std::string message) {
  return Json{
      {"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", std::move(message)}}}};
}

Json notification(std::string_view method, Json params) {
  return Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

std::string to_wire(const Json& message) {
  return message.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace plimsoll::lsp
