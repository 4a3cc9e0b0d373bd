// Text from checked files that could steer a terminal or break a report: every format keeps it
// inert. Human formats show it escaped; XML stays well-formed; JSON stays valid.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::CliRun;
using plimsoll::testing_cli::run;

// Where `out` holds a byte a terminal could act on: C0 but newline/tab, DEL, ESC, the C1
// controls (raw, or encoded as UTF-8), or bytes that are not UTF-8. "" when it holds none.
std::string steering_byte(const std::string& out) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return "control byte at " + std::to_string(i);
    if (c == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) < 0xA0)
      return "C1 control at " + std::to_string(i);
    if (c == 0xE2 && out.compare(i, 3, "\xe2\x80\xae") == 0) return "bidi override at " + std::to_string(i);
    if (c >= 0x80) {
      // Skip a well-formed UTF-8 sequence; anything else is a stray byte.
      std::size_t need = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 9;
      if (need == 9 || i + need >= out.size()) return "invalid UTF-8 at " + std::to_string(i);
      for (std::size_t k = 1; k <= need; ++k) {
        if ((static_cast<unsigned char>(out[i + k]) & 0xC0) != 0x80) return "invalid UTF-8 at " + std::to_string(i);
      }
      i += need;
    }
  }
  return "";
}

class HostileText : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    // An unknown instruction is quoted in its finding: cursor moves, colour, an OSC title,
    // a C1 CSI, a bidi override, bytes that are not UTF-8 and one XML 1.0 cannot carry at all.
    write("a/Dockerfile", std::string("FROM debian:12\nFOO\x1b[2K\x1b[1A\x1b[32mall good\x1b[0m x") +
                              " \x1b]0;pwned\x07 \xc2\x9b" "31m \xe2\x80\xae" "txt \xff\xfe \x01 \x7f\n");
    // The file's name is theirs too.
    write("b\x1b[31m/Dockerfile", "FROM debian:12\nBAZ\xff\n");
  }
  CliRun check(const std::string& format) { return run("check --fail-on none --format " + format + " " + dir()); }
  std::string save(const std::string& name, const std::string& text) {
    write(name, text);
    return (root_ / name).string();
  }
};

TEST_F(HostileText, HumanFormatsEscapeWhatCouldSteerATerminal) {
  for (const char* format : {"text", "gnu", "github"}) {
    CliRun r = check(format);
    ASSERT_EQ(r.exit_code, 0) << format << "\n" << r.out;
    EXPECT_EQ(steering_byte(r.out), "") << format << "\n" << r.out;
    // Shown, not dropped: the reader sees what the file holds.
    EXPECT_NE(r.out.find("\\x1b[2K"), std::string::npos) << format << "\n" << r.out;
    EXPECT_NE(r.out.find("b\\x1b[31m"), std::string::npos) << format;
  }
  // The text format also quotes the whole line.
  CliRun text = check("text");
  EXPECT_NE(text.out.find("\\x1b]0;pwned\\x07 \\u009b31m \\u202etxt \\xff\\xfe \\x01 \\x7f"), std::string::npos)
      << text.out;
}

TEST_F(HostileText, TheCaretStaysUnderTheEscapedText) {
  write("a/Dockerfile", "FROM debian:12\nRUN echo \x1b[31m && apt-get install -y curl\n");
  CliRun r = check("text");
  // The apt-get finding (DF030)'s caret sits under `apt-get` as shown, escapes and all.
  const std::string shown = "  RUN echo \\x1b[31m && apt-get install -y curl\n";
  std::size_t apt = shown.find("apt-get");
  bool found = false;
  for (std::size_t at = r.out.find(shown); at != std::string::npos && !found; at = r.out.find(shown, at + 1)) {
    std::size_t caret = at + shown.size();
    found = r.out.compare(caret, apt + 1, std::string(apt, ' ') + "^") == 0;
  }
  EXPECT_TRUE(found) << r.out;
}

TEST_F(HostileText, XmlFormatsStayWellFormed) {
  if (std::system("python3 -c 'import xml.etree.ElementTree' >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 needed";
  for (const char* format : {"checkstyle", "junit"}) {
    CliRun r = check(format);
    ASSERT_EQ(r.exit_code, 0) << format << "\n" << r.out;
    std::string file = save(std::string("out.") + format + ".xml", r.out);
    // The parser refuses bytes that are not UTF-8 and characters XML 1.0 forbids.
    std::string parse = "python3 -c 'import sys,xml.etree.ElementTree as E; E.parse(sys.argv[1])' " + file;
    EXPECT_EQ(std::system(parse.c_str()), 0) << format << "\n" << r.out;
    EXPECT_EQ(steering_byte(r.out), "") << format;
  }
}

TEST_F(HostileText, JsonFormatsStayValid) {
  for (const char* format : {"json", "sarif", "gitlab"}) {
    CliRun r = check(format);
    ASSERT_EQ(r.exit_code, 0) << format << "\n" << r.out;
    // nlohmann refuses strings that are not UTF-8.
    EXPECT_FALSE(nlohmann::json::parse(r.out, nullptr, /*allow_exceptions=*/false).is_discarded())
        << format << "\n" << r.out;
    EXPECT_EQ(steering_byte(r.out), "") << format;
  }
}

TEST_F(HostileText, DumpsEscapeTheFilesTheyQuote) {
  CliRun ast = run("debug ast " + dir() + "/a/Dockerfile");
  EXPECT_EQ(steering_byte(ast.out), "") << ast.out;
  EXPECT_NE(ast.out.find("\\x1b"), std::string::npos) << ast.out;
  write(".plimsoll.yaml", "exclude:\n  - \"x\\e[31my\\u202e\"\n");
  CliRun config = run("config --dump --config " + dir() + "/.plimsoll.yaml");
  EXPECT_EQ(steering_byte(config.out), "") << config.out;
  EXPECT_NE(config.out.find("x\\x1b[31my"), std::string::npos) << config.out;
}

}  // namespace

namespace {

// An exec-form `sh -c` string whose bytes are not UTF-8 decodes longer than it is written: the
// words of the script were placed past the end of the file and a rule's lookup threw.
TEST_F(Cli, InvalidUtf8InAnExecFormScriptIsCheckedNotThrown) {
  write("Dockerfile", "FROM python:3.13.1-slim-bookworm\nCMD [\"sh\", \"-c\", \"alembic upgrad" + std::string(40, '\xb9') +
                          "e head && uvicorn main:app --host 0.0.0.0 --port 8000\"]\n");
  for (const char* command : {"check", "fix --dry-run"}) {
    CliRun r = run(std::string(command) + " " + dir());
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << command << " exit " << r.exit_code << "\n" << r.out;
    EXPECT_EQ(r.out.find("terminate"), std::string::npos) << r.out;
  }
}

}  // namespace
