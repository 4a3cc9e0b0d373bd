// BuildKit's parser test files (testfiles, testfiles-negative, testfile-line), read in place:
// every dump must match BuildKit's byte for byte, and every negative case must be rejected.
#include <gtest/gtest.h>

#include "conformance_data.h"
#include "dockerfile/dump.h"
#include "dockerfile/parser.h"

namespace plimsoll::dockerfile {
namespace {

std::string case_name(const testing::TestParamInfo<std::string>& info) {
  std::string name;
  for (char c : info.param) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

class BuildKitParserCase : public testing::TestWithParam<std::string> {};

TEST_P(BuildKitParserCase, DumpMatchesResultByteForByte) {
  std::string dir = "buildkit-parser/" + GetParam();
  Dockerfile file = parse(conformance::read_data(dir + "/Dockerfile"));
  ASSERT_TRUE(file.ok()) << (file.diagnostics.empty() ? "" : file.diagnostics.front().message);
  EXPECT_EQ(dump_ast(file), conformance::read_data(dir + "/result"));
}

INSTANTIATE_TEST_SUITE_P(BuildKit, BuildKitParserCase,
                         testing::ValuesIn(conformance::subdirectories("buildkit-parser")), case_name);

class BuildKitNegativeCase : public testing::TestWithParam<std::string> {};

TEST_P(BuildKitNegativeCase, IsRejected) {
  Dockerfile file = parse(conformance::read_data("buildkit-parser-negative/" + GetParam() + "/Dockerfile"));
  EXPECT_FALSE(file.ok());
}

INSTANTIATE_TEST_SUITE_P(BuildKit, BuildKitNegativeCase,
                         testing::ValuesIn(conformance::subdirectories("buildkit-parser-negative")), case_name);

TEST(BuildKitParserData, HasEveryCase) {
  EXPECT_EQ(conformance::subdirectories("buildkit-parser").size(), 33u);
  EXPECT_EQ(conformance::subdirectories("buildkit-parser-negative").size(), 4u);
}

TEST(BuildKitNegative, ErrorsCarryBuildKitsMessages) {
  auto first_error = [](const std::string& name) {
    Dockerfile file = parse(conformance::read_data("buildkit-parser-negative/" + name + "/Dockerfile"));
    return file.diagnostics.empty() ? std::string() : file.diagnostics.front().message;
  };
  EXPECT_EQ(first_error("empty_dockerfile"), "file with no instructions");
  EXPECT_EQ(first_error("only_comments"), "file with no instructions");
  EXPECT_EQ(first_error("env_no_value"), "ENV must have two arguments");
  EXPECT_EQ(first_error("shykes-nested-json"),
            "when using JSON array syntax, arrays must be comprised of strings only");
}

TEST(BuildKitLineNumbers, MatchTestfileLine) {
  Dockerfile file = parse(conformance::read_data("buildkit-parser-line/Dockerfile"));
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file.instructions.size(), 3u);
  EXPECT_EQ(file.instructions[0].start_line, 5u);
  EXPECT_EQ(file.instructions[0].end_line, 5u);
  EXPECT_EQ(file.instructions[1].start_line, 11u);
  EXPECT_EQ(file.instructions[1].end_line, 12u);
  EXPECT_EQ(file.instructions[2].start_line, 17u);
  EXPECT_EQ(file.instructions[2].end_line, 31u);
}

}  // namespace
}  // namespace plimsoll::dockerfile
