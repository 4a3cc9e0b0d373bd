// The language server: the LSP lifecycle, full-text document sync, diagnostics on open,
// change and save, quick fixes and hover. Transport-free: it takes message bodies and returns
// the messages to send, so tests and the benchmark drive it directly. One thread.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lsp/framing.h"
#include "lsp/json_limits.h"
#include "lsp/jsonrpc.h"
#include "lsp/linter.h"

namespace plimsoll::lsp {

struct Document {
  std::string path;  // absolute
  std::string language_id;
  int version = 0;
  std::string text;
  LintResult lint;  // of `text`
};

// What one message may cost: the frame's size, and the depth and value count of its JSON.
// Each message past one is answered with an error; the server goes on.
struct Limits {
  std::size_t max_body = kMaxBodyBytes;
  JsonLimits json;
};

class Server {
 public:
  explicit Server(std::string version = {}, JsonLimits limits = {})
      : version_(std::move(version)), limits_(limits) {}
  // Every message to send in answer to one framed body (responses and notifications).
  std::vector<Json> handle_body(std::string_view body);
  // The answer to a frame the reader could not use (only an error response; no request).
  std::vector<Json> handle_bad_frame(const Frame& frame);
  std::vector<Json> handle(const Incoming& message);

  bool exited() const { return exited_; }
  // 0 after shutdown then exit, 1 when exit (or the end of input) came without shutdown.
  int exit_code() const { return shutdown_ ? 0 : 1; }
  const Document* document(const std::string& uri) const;

 private:
  enum class State { kUninitialised, kRunning, kShutDown };
  Json dispatch_request(const std::string& method, const Json& params);
  void dispatch_notification(const std::string& method, const Json& params);
  Json initialize(const Json& params);
  Json code_action(const Json& params);
  Json hover(const Json& params);
  void did_open(const Json& params);
  void did_change(const Json& params);
  void did_close(const Json& params);
  void did_save(const Json& params);
  void relint(const std::string& uri, Document& doc);
  void relint_all();
  void log_error(const std::string& text);
  Document& open_document(const Json& params);
  void share_text(const Document& doc);  // into buffers_, after the text changed


  State state_ = State::kUninitialised;
  bool shutdown_ = false;
  bool exited_ = false;
  std::map<std::string, Document> documents_;  // by URI
  // The documents' texts by path, as every lint reads them: changed one at a time, never
  // rebuilt, so a relint costs nothing per other open buffer.
  std::shared_ptr<OpenBuffers> buffers_ = std::make_shared<OpenBuffers>();
  Linter linter_;
  std::vector<Json> outbox_;  // notifications produced while handling a message
  std::string last_config_error_;
  std::string version_;
  JsonLimits limits_;
};

// Reads frames from `in` until exit or end of input, writing answers to `out`. Returns the
// process exit code.
int serve(std::istream& in, std::ostream& out, const std::string& version, const Limits& limits = {});

}  // namespace plimsoll::lsp
