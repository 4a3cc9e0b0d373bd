#include "lsp/framing.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace plimsoll::lsp {
namespace {

// Header lines are ASCII; a line longer than this is not a header.
constexpr std::size_t kMaxHeaderLine = 8192;

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool FrameReader::read_line(std::string& line) {
  line.clear();
  int c = 0;
  while ((c = in_.get()) != std::char_traits<char>::eof()) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
    // An overlong line is kept short: only its being too long matters.
    if (line.size() <= kMaxHeaderLine) line.push_back(static_cast<char>(c));
  }
  return !line.empty();
}

Frame FrameReader::next() {
  Frame frame;
  std::string line;
  std::string error;
  bool have_length = false;
  std::size_t length = 0;
  bool saw_header = false;
  // Headers up to the blank line. Blank lines before any header are stray separators.
  while (true) {
    if (!read_line(line)) return frame;  // kEnd
    if (line.empty()) {
      if (!saw_header) continue;
      break;
    }
    // A body sent without a header runs into the next frame's first line: resynchronise there.
    if (std::size_t at = line.find("Content-Length:"); at != std::string::npos && at > 0) {
      line.erase(0, at);
      error.clear();
      saw_header = false;
    }
    saw_header = true;
    if (!error.empty()) continue;  // already bad: skip to the blank line
    if (line.size() > kMaxHeaderLine) {
      error = "header line too long";
      continue;
    }
    std::size_t colon = line.find(':');
    if (colon == std::string::npos) {
      error = "header line without `:`: " + line.substr(0, 80);
      continue;
    }
    std::string_view name = trim(std::string_view(line).substr(0, colon));
    std::string_view value = trim(std::string_view(line).substr(colon + 1));
    if (!iequals(name, "Content-Length")) continue;  // Content-Type and unknown headers are ignored
    unsigned long long parsed = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (value.empty() || ec == std::errc::invalid_argument || end != value.data() + value.size()) {
      error = "Content-Length is not a number: " + std::string(value.substr(0, 40));
    } else if (ec == std::errc::result_out_of_range || parsed > max_body_) {
      error = "Content-Length " + std::string(value.substr(0, 40)) + " exceeds the limit of " +
              std::to_string(max_body_) + " bytes";
      frame.kind = Frame::Kind::kTooLarge;
      length = ec == std::errc::result_out_of_range ? SIZE_MAX : static_cast<std::size_t>(parsed);
      have_length = true;
    } else {
      length = static_cast<std::size_t>(parsed);
      have_length = true;
    }
  }
  if (frame.kind == Frame::Kind::kTooLarge) {
    // Drop the body without holding it; if it never arrives, the input ends.
    std::array<char, 65536> sink{};
    std::size_t left = length;
    while (left > 0 && in_) {
      in_.read(sink.data(), static_cast<std::streamsize>(std::min(left, sink.size())));
      left -= static_cast<std::size_t>(in_.gcount());
    }
    frame.error = error;
    return frame;
  }
  if (!error.empty() || !have_length) {
    frame.kind = Frame::Kind::kBadHeader;
    frame.error = error.empty() ? "header block without Content-Length" : error;
    return frame;
  }
  frame.body.resize(length);
  in_.read(frame.body.data(), static_cast<std::streamsize>(length));
  if (static_cast<std::size_t>(in_.gcount()) != length) {
    frame.kind = Frame::Kind::kEnd;
    frame.body.clear();
    return frame;
  }
  frame.kind = Frame::Kind::kMessage;
  return frame;
}

void write_frame(std::ostream& out, std::string_view body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

}  // namespace plimsoll::lsp
