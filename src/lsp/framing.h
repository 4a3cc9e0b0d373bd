// JSON-RPC base-protocol framing: `Content-Length: N\r\n\r\n` headers followed by N bytes.
// The reader owns nothing but its stream position; a malformed frame never ends the stream.
#pragma once

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace plimsoll::lsp {

// Bodies above this are refused: read and dropped in chunks, never held in memory.
inline constexpr std::size_t kMaxBodyBytes = 64u << 20;

struct Frame {
  enum class Kind {
    kMessage,    // body holds the message
    kBadHeader,  // the header block was malformed; `error` says how; the stream goes on
    kTooLarge,   // Content-Length above the limit; the body was skipped
    kEnd,        // end of input (also a header block cut short by it)
  };
  Kind kind = Kind::kEnd;
  std::string body;
  std::string error;
};

class FrameReader {
 public:
  explicit FrameReader(std::istream& in, std::size_t max_body = kMaxBodyBytes)
      : in_(in), max_body_(max_body) {}
  // Blocks until one frame is read or the input ends.
  Frame next();

 private:
  bool read_line(std::string& line);  // false at end of input
  std::istream& in_;
  std::size_t max_body_;
};

// Writes one framed message and flushes, so the client sees it at once.
void write_frame(std::ostream& out, std::string_view body);

}  // namespace plimsoll::lsp
