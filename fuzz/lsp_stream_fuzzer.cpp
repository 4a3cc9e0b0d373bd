// Fuzzes the language server on a raw input stream: framing, JSON-RPC and every handler.
// Whatever arrives, every answer must be a well-framed JSON object.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "lsp/framing.h"
#include "lsp/jsonrpc.h"
#include "lsp/server.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  int code = plimsoll::lsp::serve(in, out, "fuzz");
  if (code != 0 && code != 1) std::abort();
  std::istringstream answers(out.str());
  plimsoll::lsp::FrameReader reader(answers);
  for (auto frame = reader.next(); frame.kind != plimsoll::lsp::Frame::Kind::kEnd;
       frame = reader.next()) {
    if (frame.kind != plimsoll::lsp::Frame::Kind::kMessage) std::abort();
    // The server sends responses and notifications, never requests or broken messages.
    auto kind = plimsoll::lsp::parse_message(frame.body).kind;
    if (kind == plimsoll::lsp::Incoming::Kind::kInvalid ||
        kind == plimsoll::lsp::Incoming::Kind::kRequest)
      std::abort();
  }
  return 0;
}
