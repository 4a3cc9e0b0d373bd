#include "lsp/framing.h"

#include <gtest/gtest.h>

#include <sstream>

namespace plimsoll::lsp {
namespace {

std::string frame(std::string_view body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

TEST(Framing, ReadsMessagesBackToBack) {
  std::istringstream in(frame("{\"a\":1}") + frame("{\"b\":2}"));
  FrameReader reader(in);
  Frame first = reader.next();
  ASSERT_EQ(first.kind, Frame::Kind::kMessage);
  EXPECT_EQ(first.body, "{\"a\":1}");
  Frame second = reader.next();
  ASSERT_EQ(second.kind, Frame::Kind::kMessage);
  EXPECT_EQ(second.body, "{\"b\":2}");
  EXPECT_EQ(reader.next().kind, Frame::Kind::kEnd);
}

TEST(Framing, HeaderNamesAreCaseInsensitiveAndOtherHeadersIgnored) {
  std::istringstream in(
      "content-length:  2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}");
  FrameReader reader(in);
  Frame f = reader.next();
  ASSERT_EQ(f.kind, Frame::Kind::kMessage);
  EXPECT_EQ(f.body, "{}");
}

TEST(Framing, BareNewlinesAreAccepted) {
  std::istringstream in("Content-Length: 2\n\n{}");
  FrameReader reader(in);
  EXPECT_EQ(reader.next().body, "{}");
}

TEST(Framing, MissingContentLengthIsABadHeaderAndTheNextFrameIsRead) {
  std::istringstream in("Content-Type: x\r\n\r\n" + frame("{}"));
  FrameReader reader(in);
  Frame bad = reader.next();
  EXPECT_EQ(bad.kind, Frame::Kind::kBadHeader);
  EXPECT_EQ(bad.error, "header block without Content-Length");
  EXPECT_EQ(reader.next().body, "{}");
}

TEST(Framing, NonNumericContentLengthIsABadHeader) {
  std::istringstream in("Content-Length: twelve\r\n\r\n" + frame("[]"));
  FrameReader reader(in);
  Frame bad = reader.next();
  EXPECT_EQ(bad.kind, Frame::Kind::kBadHeader);
  EXPECT_NE(bad.error.find("not a number: twelve"), std::string::npos);
  EXPECT_EQ(reader.next().body, "[]");
}

TEST(Framing, HeaderLineWithoutColonIsABadHeader) {
  std::istringstream in("garbage\r\nContent-Length: 2\r\n\r\n{}" + frame("[]"));
  FrameReader reader(in);
  Frame bad = reader.next();
  EXPECT_EQ(bad.kind, Frame::Kind::kBadHeader);
  EXPECT_NE(bad.error.find("without `:`"), std::string::npos);
  // The rejected block's body is then read as header text; the reader finds the next frame.
  Frame next = reader.next();
  while (next.kind == Frame::Kind::kBadHeader) next = reader.next();
  EXPECT_EQ(next.body, "[]");
}

TEST(Framing, BodyWithoutHeaderResynchronisesOnTheNextFrame) {
  std::istringstream in("{\"stray\":true}" + frame("{}"));
  FrameReader reader(in);
  Frame f = reader.next();
  ASSERT_EQ(f.kind, Frame::Kind::kMessage);
  EXPECT_EQ(f.body, "{}");
}

TEST(Framing, ContentLengthAboveTheLimitIsSkippedWithoutBuffering) {
  std::string big(100, 'x');
  std::istringstream in(frame(big) + frame("{}"));
  FrameReader reader(in, /*max_body=*/10);
  Frame skipped = reader.next();
  EXPECT_EQ(skipped.kind, Frame::Kind::kTooLarge);
  EXPECT_TRUE(skipped.body.empty());
  EXPECT_NE(skipped.error.find("exceeds the limit of 10 bytes"), std::string::npos);
  EXPECT_EQ(reader.next().body, "{}");
}

TEST(Framing, AbsurdContentLengthEndsAtEndOfInputWithoutAllocating) {
  std::istringstream in("Content-Length: 99999999999999999999999\r\n\r\n{}");
  FrameReader reader(in);
  EXPECT_EQ(reader.next().kind, Frame::Kind::kTooLarge);
  EXPECT_EQ(reader.next().kind, Frame::Kind::kEnd);
}

TEST(Framing, TruncatedBodyIsTheEndOfInput) {
  std::istringstream in("Content-Length: 50\r\n\r\n{\"short\":1}");
  FrameReader reader(in);
  EXPECT_EQ(reader.next().kind, Frame::Kind::kEnd);
}

TEST(Framing, OverlongHeaderLineIsABadHeader) {
  std::istringstream in("X-Pad: " + std::string(20000, 'p') + "\r\n\r\n" + frame("{}"));
  FrameReader reader(in);
  Frame bad = reader.next();
  EXPECT_EQ(bad.kind, Frame::Kind::kBadHeader);
  EXPECT_EQ(bad.error, "header line too long");
  EXPECT_EQ(reader.next().body, "{}");
}

TEST(Framing, WriteFrameCountsBytesNotCharacters) {
  std::ostringstream out;
  write_frame(out, "{\"s\":\"é\"}");
  EXPECT_EQ(out.str(), "Content-Length: 10\r\n\r\n{\"s\":\"é\"}");
}

}  // namespace
}  // namespace plimsoll::lsp
