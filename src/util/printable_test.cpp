#include "util/printable.h"

#include <gtest/gtest.h>

#include "util/text.h"

namespace plimsoll::util {
namespace {

TEST(Printable, PlainTextIsUnchanged) {
  EXPECT_EQ(printable("FROM debian:12 # héllo 😀\tx"), "FROM debian:12 # héllo 😀\tx");
  EXPECT_EQ(printable(""), "");
}

TEST(Printable, TerminalEscapeSequencesAreDisarmed) {
  EXPECT_EQ(printable("a\x1b[2K\x1b[1A\x1b[32mok\x1b[0m"), "a\\x1b[2K\\x1b[1A\\x1b[32mok\\x1b[0m");
  // OSC 8 hyperlink / window title, ended by BEL or ST.
  EXPECT_EQ(printable("\x1b]0;title\x07"), "\\x1b]0;title\\x07");
  EXPECT_EQ(printable(std::string("nul\0end", 7)), "nul\\x00end");
  EXPECT_EQ(printable("del\x7f"), "del\\x7f");
  EXPECT_EQ(printable("cr\rlf\n"), "cr\\rlf\\n");
}

TEST(Printable, C1ControlsAndBidiOverridesAreEscaped) {
  EXPECT_EQ(printable("\xc2\x9b"
                      "31m"),
            "\\u009b31m");  // CSI as a UTF-8 character
  EXPECT_EQ(printable("\xc2\x85"), "\\u0085");
  EXPECT_EQ(printable("admin\xe2\x80\xae"
                      "txt"),
            "admin\\u202etxt");
  EXPECT_EQ(printable("\xe2\x81\xa6x\xe2\x81\xa9"), "\\u2066x\\u2069");
  EXPECT_EQ(printable("\xef\xbf\xbf"), "\\uffff");
}

TEST(Printable, BytesThatAreNotUtf8AreShownAsBytes) {
  std::string out = printable("FOO\xff\xfe bar \x9b");
  EXPECT_EQ(out, "FOO\\xff\\xfe bar \\x9b");
  EXPECT_TRUE(is_valid_utf8(out));
  EXPECT_EQ(printable("cut \xe2\x82"), "cut \\xe2\\x82");
}

TEST(Printable, TabAndNewlineAreKeptOnRequest) {
  EXPECT_EQ(printable("a\tb", {.keep_tab = false}), "a\\tb");
  EXPECT_EQ(printable("a\nb", {.keep_tab = true, .keep_newline = true}), "a\nb");
}

TEST(Printable, WidthIsTheEscapesLength) {
  std::size_t length = 0;
  EXPECT_EQ(printable_width("\x1b[", 0, length), 4u);
  EXPECT_EQ(length, 1u);
  EXPECT_EQ(printable_width("é", 0, length), 1u);
  EXPECT_EQ(length, 2u);
  EXPECT_EQ(printable_width("\xc2\x9b", 0, length), 6u);
  EXPECT_EQ(length, 2u);
}

}  // namespace
}  // namespace plimsoll::util
