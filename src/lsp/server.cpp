#include "lsp/server.h"

#include <exception>

#include "lsp/params.h"

namespace plimsoll::lsp {

std::vector<Json> Server::handle_body(std::string_view body) {
  return handle(parse_message(body, limits_));
}

std::vector<Json> Server::handle_bad_frame(const Frame& frame) {
  // No request could be read, so the id is unknown: null, as JSON-RPC prescribes.
  int code = frame.kind == Frame::Kind::kTooLarge ? kInvalidRequest : kParseError;
  return {error_response(nullptr, code, "bad message frame: " + frame.error)};
}

std::vector<Json> Server::handle(const Incoming& message) {
  outbox_.clear();
  std::vector<Json> out;
  switch (message.kind) {
    case Incoming::Kind::kInvalid:
      out.push_back(error_response(message.id, message.error_code, message.error));
      return out;
    case Incoming::Kind::kResponse:
      return out;  // the server sends no requests, so no response is awaited
    case Incoming::Kind::kNotification:
      // A notification has no answer: what went wrong is logged to the client instead.
      try {
        dispatch_notification(message.method, message.params);
      } catch (const BadParams& e) {
        log_error(message.method + ": " + e.message);
      } catch (const std::exception& e) {
        log_error(message.method + ": internal error: " + e.what());
      }
      out = std::move(outbox_);
      return out;
    case Incoming::Kind::kRequest:
      break;
  }
  Json answer;
  if (state_ == State::kUninitialised && message.method != "initialize") {
    answer = error_response(message.id, kServerNotInitialized, "the server is not initialized yet");
  } else if (state_ == State::kShutDown) {
    answer = error_response(message.id, kInvalidRequest,
                            "the server is shut down; only `exit` is accepted");
  } else {
    try {
      answer = response(message.id, dispatch_request(message.method, message.params));
    } catch (const BadParams& e) {
      answer = error_response(message.id, kInvalidParams, e.message);
    } catch (const RequestError& e) {
      answer = error_response(message.id, e.code, e.message);
    } catch (const std::exception& e) {
      answer =
          error_response(message.id, kInternalError, std::string("internal error: ") + e.what());
    }
  }
  out = std::move(outbox_);
  out.insert(out.begin(), std::move(answer));
  return out;
}

void Server::log_error(const std::string& text) {
  outbox_.push_back(
      notification("window/logMessage", {{"type", 1}, {"message", "plimsoll: " + text}}));
}

Json Server::dispatch_request(const std::string& method, const Json& params) {
  if (method == "initialize") {
    if (state_ != State::kUninitialised)
      throw RequestError{kInvalidRequest, "initialize was already received"};
    return initialize(params);
  }
  if (method == "shutdown") {
    state_ = State::kShutDown;
    shutdown_ = true;
    return nullptr;
  }
  if (method == "textDocument/codeAction") return code_action(params);
  if (method == "textDocument/hover") return hover(params);
  throw RequestError{kMethodNotFound, "unknown method `" + method + "`"};
}

void Server::dispatch_notification(const std::string& method, const Json& params) {
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (state_ != State::kRunning) return;  // before initialize or after shutdown: dropped
  if (method == "textDocument/didOpen") return did_open(params);
  if (method == "textDocument/didChange") return did_change(params);
  if (method == "textDocument/didClose") return did_close(params);
  if (method == "textDocument/didSave") return did_save(params);
  if (method == "workspace/didChangeWatchedFiles" || method == "workspace/didChangeConfiguration") {
    linter_.forget_configs();
    return relint_all();
  }
  // `initialized`, `$/cancelRequest`, `$/setTrace` and unknown notifications need nothing.
}

Json Server::initialize(const Json& params) {
  if (!params.is_null() && !params.is_object()) throw BadParams{"`params` must be an object"};
  state_ = State::kRunning;
  Json capabilities{
      {"positionEncoding", "utf-16"},
      {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", true}}}}},
      {"codeActionProvider", {{"codeActionKinds", Json::array({"quickfix"})}}},
      {"hoverProvider", true},
  };
  return {{"capabilities", std::move(capabilities)},
          {"serverInfo", {{"name", "plimsoll"}, {"version", version_}}}};
}

const Document* Server::document(const std::string& uri) const {
  auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : &it->second;
}

int serve(std::istream& in, std::ostream& out, const std::string& version, const Limits& limits) {
  Server server(version, limits.json);
  FrameReader reader(in, limits.max_body);
  while (!server.exited()) {
    Frame frame = reader.next();
    if (frame.kind == Frame::Kind::kEnd) break;
    std::vector<Json> answers = frame.kind == Frame::Kind::kMessage
                                    ? server.handle_body(frame.body)
                                    : server.handle_bad_frame(frame);
    for (const auto& answer : answers) write_frame(out, to_wire(answer));
  }
  return server.exit_code();
}

}  // namespace plimsoll::lsp
