#include "sh/script.h"

#include <gtest/gtest.h>

namespace plimsoll::sh {
namespace {

std::vector<std::string> programs(const Script& s) {
  std::vector<std::string> out;
  for (const auto& c : s.commands) out.emplace_back(c.program());
  return out;
}

TEST(ShScript, SplitsAndOrListsAndKeepsArguments) {
  Script s = parse_script(
      "apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*");
  ASSERT_EQ(programs(s), (std::vector<std::string>{"apt-get", "apt-get", "rm"}));
  EXPECT_EQ(s.commands[1].joined_by, Joiner::kAnd);
  EXPECT_EQ(s.commands[1].arguments().size(), 5u);
  EXPECT_TRUE(s.commands[1].has_flag("-y"));
  EXPECT_TRUE(s.commands[2].words[2].has_expansion);  // the glob
  EXPECT_TRUE(s.diagnostics.empty());
}

TEST(ShScript, SpansAreOffsetByTheBase) {
  Script s = parse_script("echo hi", 100);
  ASSERT_EQ(s.commands.size(), 1u);
  EXPECT_EQ(s.commands[0].words[1].span.begin, 105u);
  EXPECT_EQ(s.commands[0].words[1].span.end, 107u);
}

TEST(ShScript, FindsCommandsInsideControlFlow) {
  Script s = parse_script(
      "set -eux; \n apk add --no-cache git; if [ -n \"$X\" ]; then pip install --no-cache-dir -r r.txt; fi\n"
      "for f in a b; do echo $f; done\nwhile false; do sleep 1; done");
  EXPECT_EQ(programs(s), (std::vector<std::string>{"set", "apk", "[", "pip", "echo", "false", "sleep"}));
}

TEST(ShScript, CaseArmsAreParsed) {
  Script s = parse_script("case \"$ARCH\" in\n  amd64) curl -o a x ;;\n  arm64|aarch64) wget y ;;\nesac\necho done");
  EXPECT_EQ(programs(s), (std::vector<std::string>{"curl", "wget", "echo"}));
}

TEST(ShScript, PipelinesAndPipefail) {
  Script s = parse_script("curl -fsSL https://x | sh");
  EXPECT_TRUE(s.has_pipeline());
  EXPECT_TRUE(s.commands[0].in_pipeline);
  EXPECT_EQ(s.commands[1].joined_by, Joiner::kPipe);
  EXPECT_TRUE(s.commands[1].in_pipeline);  // regression: the last command of a pipeline counts too
  EXPECT_FALSE(parse_script("a && b").commands[1].in_pipeline);
  EXPECT_FALSE(s.sets_pipefail());
  EXPECT_TRUE(parse_script("set -eo pipefail; curl x | sh").sets_pipefail());
  EXPECT_TRUE(parse_script("set -o pipefail && a | b").sets_pipefail());
  EXPECT_FALSE(parse_script("a | b; set -o pipefail").sets_pipefail());
}

TEST(ShScript, SubshellGroupsAreCounted) {
  Script s = parse_script("(cd /src && make) && cd /app; case x in a) echo ;; esac");
  ASSERT_EQ(s.commands.size(), 4u);
  EXPECT_EQ(s.commands[0].subshell, 1);
  EXPECT_EQ(s.commands[1].subshell, 1);
  EXPECT_EQ(s.commands[2].subshell, 0);
  EXPECT_EQ(s.commands[3].subshell, 0);
}

TEST(ShScript, NestedShellScriptsAreParsed) {
  Script s = parse_script("bash -c 'cd /app && npm ci'");
  ASSERT_EQ(programs(s), (std::vector<std::string>{"bash", "cd", "npm"}));
  EXPECT_EQ(s.commands[2].nesting, 1);
  EXPECT_EQ(s.commands[2].words[0].span.begin, 20u);  // `npm` inside the quoted script
  EXPECT_EQ(programs(parse_script("/bin/sh -ec \"apt-get update\"")), (std::vector<std::string>{"sh", "apt-get"}));
}

TEST(ShScript, CommandSubstitutionsAndAssignments) {
  Script s = parse_script("FOO=1 make -j$(nproc) install");
  ASSERT_EQ(programs(s), (std::vector<std::string>{"make", "nproc"}));
  EXPECT_EQ(s.commands[0].assignments.size(), 1u);
  EXPECT_EQ(s.commands[0].words[1].value, "-j$(nproc)");
  EXPECT_EQ(programs(parse_script("echo `date` $((1+2))")), (std::vector<std::string>{"echo", "date"}));
}

TEST(ShScript, HeredocBodiesAreNotCommands) {
  Script s = parse_script("cat <<EOF > /etc/x && echo ok\nrm -rf /\nEOF\nls\n");
  ASSERT_EQ(programs(s), (std::vector<std::string>{"cat", "echo", "ls"}));
  ASSERT_EQ(s.commands[0].redirects.size(), 2u);
  EXPECT_EQ(s.commands[0].redirects[0].heredoc, "rm -rf /\n");
  EXPECT_EQ(s.commands[0].redirects[1].target.value, "/etc/x");
  EXPECT_EQ(programs(parse_script("<<EOF\nrm -rf /\nEOF\nls")), (std::vector<std::string>{"ls"}));
}

TEST(ShScript, HeredocOnARedirectionOnlyCommandStaysWithIt) {
  // Regression: the body used to be attached to the next stored command's redirect list.
  Script s = parse_script("a \\\n <<E ; echo hi\nbody\nE\nls");
  EXPECT_EQ(programs(s), (std::vector<std::string>{"a", "echo", "ls"}));
  s = parse_script("<<A ; x <<B\n1\nA\n2\nB\n");
  ASSERT_EQ(programs(s), (std::vector<std::string>{"x"}));
  EXPECT_EQ(s.commands[0].redirects.at(0).heredoc, "2\n");
}

TEST(ShScript, SubshellsGroupsAndRedirections) {
  Script s = parse_script("(cd /src && go build ./...) ; { echo a; echo b; } > f 2>&1");
  EXPECT_EQ(programs(s), (std::vector<std::string>{"cd", "go", "echo", "echo"}));
}

TEST(ShScript, QuotesAndEscapes) {
  Script s = parse_script("echo 'a b' \"c $D\" e\\ f");
  ASSERT_EQ(s.commands[0].words.size(), 4u);
  EXPECT_EQ(s.commands[0].words[1].value, "a b");
  EXPECT_EQ(s.commands[0].words[2].value, "c $D");
  EXPECT_TRUE(s.commands[0].words[2].has_expansion);
  EXPECT_EQ(s.commands[0].words[3].value, "e f");
}

TEST(ShScript, BadInputGivesDiagnosticsNotCrashes) {
  EXPECT_FALSE(parse_script("echo 'open").diagnostics.empty());
  EXPECT_FALSE(parse_script("echo \"open").diagnostics.empty());
  EXPECT_FALSE(parse_script("echo $(unbalanced").diagnostics.empty());
  EXPECT_FALSE(parse_script("cat <<EOF\nno end").diagnostics.empty());
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "$(";
  Script s = parse_script(deep);
  EXPECT_FALSE(s.diagnostics.empty());
  std::string junk = "\x01\xff|&;<>()`$'\"\\";
  parse_script(junk);
  parse_script("fi done esac ) } ;;");
}

}  // namespace
}  // namespace plimsoll::sh
