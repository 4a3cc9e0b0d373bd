// Hostile inputs for the parsers and the whole check: each must end with diagnostics or a
// clear error, never a crash or a hang (ctest's timeout bounds the time).
#include <gtest/gtest.h>

#include <random>

#include "core/source_file.h"
#include "dockerfile/parser.h"
#include "rules/registry.h"
#include "session/session.h"
#include "sh/script.h"

namespace plimsoll {
namespace {

std::vector<core::Finding> check(std::string text) {
  return session::check_dockerfile_text("input", std::move(text)).findings;
}

bool has_rule(const std::vector<core::Finding>& findings, std::string_view id) {
  for (const auto& f : findings) {
    if (f.rule_id == id) return true;
  }
  return false;
}

TEST(Robustness, EmptyInputIsAParseError) {
  auto findings = check("");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "file with no instructions");
}

TEST(Robustness, BinaryBytesGiveDiagnostics) {
  std::mt19937 random(42);
  std::string junk(64 * 1024, '\0');
  for (char& c : junk) c = static_cast<char>(random());
  auto findings = check(junk);
  EXPECT_TRUE(has_rule(findings, "DF074"));
}

TEST(Robustness, InvalidUtf8IsCarriedThrough) {
  auto file = dockerfile::parse("FROM busybox\nRUN echo \xff\xfe\n");
  ASSERT_EQ(file.instructions.size(), 2u);
  EXPECT_EQ(file.instructions[1].args[0].value, "echo \xff\xfe");
  check("FROM busybox\nENV A=\xc3\n");
}

TEST(Robustness, CrlfAndBomParseLikeLf) {
  auto crlf = dockerfile::parse("\xEF\xBB\xBF" "FROM busybox\r\nRUN a \\\r\n b\r\n");
  ASSERT_TRUE(crlf.ok());
  ASSERT_EQ(crlf.instructions.size(), 2u);
  EXPECT_EQ(crlf.instructions[0].keyword_span.begin, 3u);
  EXPECT_EQ(crlf.instructions[1].args[0].value, "a  b");
}

TEST(Robustness, TenMegabyteFile) {
  std::string big = "FROM busybox\n";
  while (big.size() < 10u << 20) big += "RUN apt-get install -y curl && echo \"$HOME\" | tee /tmp/x \\\n  && true\n";
  auto findings = check(big);
  EXPECT_FALSE(findings.empty());
}

TEST(Robustness, OneMegabyteLineIsRejectedLikeBuildKit) {
  std::string line = "FROM busybox\nRUN echo " + std::string(1 << 20, 'a') + "\n";
  auto file = dockerfile::parse(line);
  EXPECT_FALSE(file.ok());
  EXPECT_EQ(file.diagnostics[0].message, "dockerfile line greater than max allowed size of 65535");
  check(line);
}

TEST(Robustness, DeepNestingInShellAndJson) {
  std::string nested = "FROM busybox\nRUN echo " + std::string(5000, '(') + "\nCMD " + std::string(20000, '[') + "\n";
  check(nested);
  sh::parse_script(std::string(100000, '`'));
  sh::parse_script(std::string(50000, '{') + std::string(50000, '}'));
}

TEST(Robustness, ManyHeredocsAndContinuations) {
  std::string text = "FROM busybox\nRUN ";
  for (int i = 0; i < 2000; ++i) text += "<<E" + std::to_string(i) + " ";
  text += "\n";
  for (int i = 0; i < 2000; ++i) text += "x\nE" + std::to_string(i) + "\n";
  text += "RUN a" + std::string(50000, '\\') + "\n";
  for (int i = 0; i < 50000; ++i) text += "\\\n";
  auto file = dockerfile::parse(text);
  EXPECT_EQ(file.instructions.at(1).heredocs.size(), 2000u);
  check(text);
}

}  // namespace
}  // namespace plimsoll
