// `plimsoll fix` end to end: --dry-run prints a unified diff and writes nothing, a real run
// writes the fixed file, and a second run finds nothing left to change.
#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include "../cli/cli_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::CliRun;
using plimsoll::testing_cli::run;

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

constexpr const char* kBefore =
    "# The web front.\n"
    "FROM debian:12.8-slim\n"
    "RUN apt-get update \\\n"
    "    && apt-get install curl\n"
    "  # served by nginx\n"
    "CMD nginx -g \"daemon off;\"\n";

constexpr const char* kAfter =
    "# The web front.\n"
    "FROM debian:12.8-slim\n"
    "RUN apt-get update \\\n"
    "    && apt-get install -y --no-install-recommends curl \\\n"
    "    && rm -rf /var/lib/apt/lists/*\n"
    "  # served by nginx\n"
    "CMD [\"nginx\", \"-g\", \"daemon off;\"]\n";

TEST_F(Cli, FixDryRunPrintsADiffAndWritesNothing) {
  write("Dockerfile", kBefore);
  CliRun r = run("fix --dry-run " + dir());
  EXPECT_EQ(r.exit_code, 1) << r.out;
  std::string path = dir() + "/Dockerfile";
  EXPECT_NE(r.out.find("--- " + path + "\n+++ " + path + "\n@@ -1,6 +1,7 @@\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("-    && apt-get install curl\n+    && apt-get install -y --no-install-recommends curl \\\n"
                       "+    && rm -rf /var/lib/apt/lists/*\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(path + ":6: fixed DF050: Use the exec form"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("+CMD [\"nginx\", \"-g\", \"daemon off;\"]\n"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(root_ / "Dockerfile"), kBefore);
}

// With no path, files are found under `.`: the diff still names `a/Dockerfile`, never
// `a/./Dockerfile`, which `git apply` refuses.
TEST_F(Cli, FixDryRunInTheCurrentDirectoryIsAPatchGitApplies) {
  write("Dockerfile", kBefore);
  std::string patch_path = dir() + ".patch";
  std::string in_dir = "cd '" + dir() + "' && ";
  int status = std::system((in_dir + PLIMSOLL_BINARY_DIR + "/src/app/plimsoll fix --dry-run 2>/dev/null >'" + patch_path + "'").c_str());
  EXPECT_EQ(WEXITSTATUS(status), 1);
  std::string patch = slurp(patch_path);
  EXPECT_EQ(patch.rfind("--- a/Dockerfile\n+++ b/Dockerfile\n@@ ", 0), 0u) << patch;
  int applied = std::system((in_dir + "git apply '" + patch_path + "'").c_str());
  std::filesystem::remove(patch_path);
  EXPECT_EQ(WEXITSTATUS(applied), 0);
  EXPECT_EQ(slurp(root_ / "Dockerfile"), kAfter);
}

TEST_F(Cli, FixWritesAndASecondRunChangesNothing) {
  write("Dockerfile", kBefore);
  CliRun first = run("fix " + dir());
  EXPECT_EQ(first.exit_code, 0) << first.out;
  EXPECT_EQ(slurp(root_ / "Dockerfile"), kAfter);
  CliRun again = run("fix --dry-run " + dir());
  EXPECT_EQ(again.exit_code, 0) << again.out;
  EXPECT_EQ(again.out.find("--- a/"), std::string::npos) << again.out;
  EXPECT_EQ(slurp(root_ / "Dockerfile"), kAfter);
}

// The exec form lets plimsoll see that the image runs python, which then wants its runtime
// variables (DF062, info, a convention `strict` holds): a milder finding than the one fixed, so
// the fix is kept, and DF062's own fix goes in the next round.
TEST_F(Cli, FixMayRevealMilderFindingsAndFixesThemInTheNextRound) {
  write("Dockerfile", "FROM debian:12.8-slim\nCMD python3 -m http.server\n");
  CliRun r = run("fix --profile strict " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(slurp(root_ / "Dockerfile"),
            "FROM debian:12.8-slim\nENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1\n"
            "CMD [\"python3\", \"-m\", \"http.server\"]\n");
  CliRun check = run("check --format json " + dir() + "/Dockerfile");
  EXPECT_EQ(check.out.find("\"DF050\""), std::string::npos) << check.out;
}

TEST_F(Cli, FixHonoursIgnoreComments) {
  std::string text = "FROM debian:12.8-slim\n# plimsoll ignore=DF050\nCMD python3 -m http.server\n";
  write("Dockerfile", text);
  CliRun r = run("fix " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(slurp(root_ / "Dockerfile"), text);
}

TEST_F(Cli, FixOfAMissingPathIsAnError) {
  CliRun r = run("fix " + dir() + "/nowhere");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find(dir() + "/nowhere"), std::string::npos) << r.out;
}

TEST_F(Cli, FixKeepsComposeLayout) {
  write("compose.yaml", "services:\n  web:\n    image: nginx:1.27.3\n");
  CliRun r = run("fix " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  std::string fixed = slurp(root_ / "compose.yaml");
  EXPECT_NE(fixed.find("\n  web:\n    "), std::string::npos) << fixed;
  EXPECT_NE(fixed.find("    security_opt: [\"no-new-privileges:true\"]\n"), std::string::npos) << fixed;
  EXPECT_NE(fixed.find("    cap_drop: [ALL]\n"), std::string::npos) << fixed;
  EXPECT_TRUE(fixed.ends_with("    image: nginx:1.27.3\n")) << fixed;
}

// A committed symlink could name any file the CI user may write. One that leads out of the
// project is not even read; one inside it is not written through: fix says so and claims no fix.
TEST_F(Cli, FixNeverWritesThroughASymlinkedFile) {
  write("outside/Dockerfile", "FROM debian:12\nRUN apt-get install -y curl\n");
  write("repo/.git/HEAD", "ref: refs/heads/main\n");
  std::filesystem::create_symlink("../outside/Dockerfile", root_ / "repo/Dockerfile");
  CliRun out = run("fix " + dir() + "/repo");
  EXPECT_EQ(out.exit_code, 0) << out.out;
  EXPECT_NE(out.out.find("repo/Dockerfile: a symlink to outside the project root"), std::string::npos) << out.out;
  EXPECT_EQ(out.out.find("fixed DF"), std::string::npos) << out.out;
  EXPECT_EQ(slurp(root_ / "outside/Dockerfile"), "FROM debian:12\nRUN apt-get install -y curl\n");

  write("repo/docker/Dockerfile.base", "FROM debian:12\nRUN apt-get install -y curl\n");
  std::filesystem::remove(root_ / "repo/Dockerfile");
  std::filesystem::create_symlink("docker/Dockerfile.base", root_ / "repo/Dockerfile");
  CliRun in = run("fix " + dir() + "/repo/Dockerfile");
  EXPECT_EQ(in.exit_code, 2) << in.out;
  EXPECT_NE(in.out.find("repo/Dockerfile: is a symlink; plimsoll does not write through links"), std::string::npos) << in.out;
  EXPECT_EQ(in.out.find("fixed DF"), std::string::npos) << in.out;
  EXPECT_EQ(slurp(root_ / "repo/docker/Dockerfile.base"), "FROM debian:12\nRUN apt-get install -y curl\n");
  EXPECT_TRUE(std::filesystem::is_symlink(root_ / "repo/Dockerfile"));
}

// Lines a fix inserts take the file's own line ending.
TEST_F(Cli, FixInsertsCrlfLinesIntoCrlfFiles) {
  write("a/Dockerfile", "FROM debian:12.8-slim\r\nRUN apt-get update \\\r\n && apt-get install -y curl\r\n");
  write("b/compose.yaml", "services:\r\n  app:\r\n    image: nginx:1.25\r\n");
  CliRun r = run("fix " + dir() + "/a " + dir() + "/b");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  for (const char* file : {"a/Dockerfile", "b/compose.yaml"}) {
    std::string text = slurp(root_ / file);
    EXPECT_GT(text.size(), 60u) << file << " was fixed:\n" << r.out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') {
        EXPECT_TRUE(i > 0 && text[i - 1] == '\r') << file << " has a bare LF at byte " << i << ":\n" << text;
      }
    }
  }
}

}  // namespace
