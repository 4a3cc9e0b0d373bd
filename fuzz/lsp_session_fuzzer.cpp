// Fuzzes the language server past its handshake: the input's files (project_input.h) are
// opened as buffers of an initialised server, edited with ranged changes at positions taken
// from the input, asked for code actions and hovers, saved and closed. So the rules run on
// every buffer, through the editor's path (overlays, the parse cache, positions in UTF-16).
// lsp_stream_fuzzer covers the framing and JSON-RPC on raw bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lsp/server.h"
#include "lsp/uri.h"
#include "project_input.h"

namespace {

using plimsoll::lsp::Json;

void send(plimsoll::lsp::Server& server, Json message) {
  message["jsonrpc"] = "2.0";
  for (const Json& answer : server.handle_body(plimsoll::lsp::to_wire(message))) {
    // Every answer must be a response or a notification the client can read back.
    auto kind = plimsoll::lsp::parse_message(plimsoll::lsp::to_wire(answer)).kind;
    if (kind == plimsoll::lsp::Incoming::Kind::kInvalid || kind == plimsoll::lsp::Incoming::Kind::kRequest)
      std::abort();
    if (answer.contains("error") && answer["error"]["code"] == plimsoll::lsp::kInternalError) std::abort();
  }
}

Json position(std::size_t seed) {
  return {{"line", seed % 7}, {"character", (seed / 7) % 40}};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  plimsoll::lsp::Server server("fuzz");
  send(server, {{"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", Json::object()}}}});
  send(server, {{"method", "initialized"}, {"params", Json::object()}});
  auto files = plimsoll::fuzzing::split_project(data, size);
  // Positions and edits are drawn from the input's bytes, so the fuzzer steers them too.
  std::size_t seed = size;
  for (std::size_t i = 0; i < size && i < 16; ++i) seed = seed * 131 + data[i];
  int id = 2;
  for (const auto& file : files) {
    std::string uri = plimsoll::lsp::uri_from_path("/nonexistent-plimsoll-fuzz/" + file.name);
    Json doc = {{"uri", uri}};
    send(server, {{"method", "textDocument/didOpen"},
                  {"params", {{"textDocument", {{"uri", uri}, {"languageId", ""}, {"version", 1}, {"text", file.text}}}}}});
    Json range = {{"start", position(seed)}, {"end", position(seed / 3)}};
    send(server, {{"id", id++}, {"method", "textDocument/codeAction"},
                  {"params", {{"textDocument", doc}, {"range", range}, {"context", {{"diagnostics", Json::array()}}}}}});
    send(server, {{"id", id++}, {"method", "textDocument/hover"},
                  {"params", {{"textDocument", doc}, {"position", position(seed / 5)}}}});
    // Cut a piece out and put it back elsewhere: a ranged edit on text the rules then re-read.
    std::string piece = file.text.substr(0, std::min<std::size_t>(file.text.size(), seed % 13));
    send(server, {{"method", "textDocument/didChange"},
                  {"params", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                              {"contentChanges", Json::array({{{"range", range}, {"text", piece}}})}}}});
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
  }
  send(server, {{"method", "textDocument/didSave"},
                {"params", {{"textDocument", {{"uri", plimsoll::lsp::uri_from_path("/nonexistent-plimsoll-fuzz/Dockerfile")}}}}}});
  send(server, {{"method", "workspace/didChangeWatchedFiles"}, {"params", {{"changes", Json::array()}}}});
  for (const auto& file : files) {
    std::string uri = plimsoll::lsp::uri_from_path("/nonexistent-plimsoll-fuzz/" + file.name);
    send(server, {{"method", "textDocument/didClose"}, {"params", {{"textDocument", {{"uri", uri}}}}}});
  }
  send(server, {{"id", id}, {"method", "shutdown"}});
  send(server, {{"method", "exit"}});
  if (!server.exited() || server.exit_code() != 0) std::abort();
  return 0;
}
