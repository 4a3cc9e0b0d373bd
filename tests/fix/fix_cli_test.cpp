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

// What `fix --unsafe-fixes` writes: every fix.
constexpr const char* kAfter =
    "# The web front.\n"
    "FROM debian:12.8-slim\n"
    "RUN apt-get update \\\n"
    "    && apt-get install -y --no-install-recommends curl \\\n"
    "    && rm -rf /var/lib/apt/lists/*\n"
    "  # served by nginx\n"
    "CMD [\"nginx\", \"-g\", \"daemon off;\"]\n";

// What plain `fix` writes: the safe fixes only. `--no-install-recommends` may drop a package
// the app needs and exec form changes PID 1: both are listed, not applied.
constexpr const char* kSafeAfter =
    "# The web front.\n"
    "FROM debian:12.8-slim\n"
    "RUN apt-get update \\\n"
    "    && apt-get install -y curl \\\n"
    "    && rm -rf /var/lib/apt/lists/*\n"
    "  # served by nginx\n"
    "CMD nginx -g \"daemon off;\"\n";

TEST_F(Cli, FixAppliesSafeFixesAndListsTheUnsafeOnes) {
  write("Dockerfile", kBefore);
  CliRun r = run("fix " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(slurp(root_ / "Dockerfile"), kSafeAfter);
  std::string path = dir() + "/Dockerfile";
  EXPECT_NE(r.out.find(path + ":4: fixed DF033: Add -y"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path + ":4: not applied (unsafe; --unsafe-fixes): DF030: Add --no-install-recommends"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(path + ":7: not applied (unsafe; --unsafe-fixes): DF050: Use the exec form"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("fixed 2 in 1 file; 2 unsafe fixes not applied; 0 refused\n"), std::string::npos) << r.out;
  // `check` marks what is left: two unsafe fixes, no safe one.
  CliRun check = run("check " + dir());
  EXPECT_NE(check.out.find("DF030 apt-no-install-recommends: [~] "), std::string::npos) << check.out;
  EXPECT_NE(check.out.find("\n2 more with `plimsoll fix --unsafe-fixes`\n"), std::string::npos) << check.out;
  EXPECT_EQ(check.out.find("fixable with `plimsoll fix`"), std::string::npos) << check.out;
  CliRun unsafe = run("fix --unsafe-fixes " + dir());
  EXPECT_EQ(unsafe.exit_code, 0) << unsafe.out;
  std::string after = kAfter;
  after.replace(after.find("-y --no-install-recommends"), 26, "--no-install-recommends -y");
  EXPECT_EQ(slurp(root_ / "Dockerfile"), after);
  EXPECT_NE(unsafe.out.find("fixed 2 in 1 file; 0 unsafe fixes not applied; 0 refused\n"), std::string::npos) << unsafe.out;
}

TEST_F(Cli, CheckMarksFixableFindingsAndCountsThem) {
  write("Dockerfile", kBefore);
  CliRun r = run("check " + dir());
  EXPECT_NE(r.out.find("DF033 apt-not-noninteractive: [*] "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("DF050 shell-form-entrypoint: [~] "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n2 fixable with `plimsoll fix`\n2 more with `plimsoll fix --unsafe-fixes`\n"), std::string::npos)
      << r.out;
  CliRun json = run("check --format json " + dir());
  EXPECT_NE(json.out.find("\"applicability\": \"unsafe\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"applicability\": \"safe\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"fixable\": 2"), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"unsafe_fixable\": 2"), std::string::npos) << json.out;
}

TEST_F(Cli, FixSelectAndIgnoreChooseTheRulesFixed) {
  write("Dockerfile", kBefore);
  CliRun only = run("fix --dry-run --unsafe-fixes --select DF030,DF050 " + dir());
  EXPECT_EQ(only.exit_code, 1) << only.out;
  EXPECT_NE(only.out.find("would fix DF030"), std::string::npos) << only.out;
  EXPECT_NE(only.out.find("would fix DF050"), std::string::npos) << only.out;
  EXPECT_EQ(only.out.find("would fix DF033"), std::string::npos) << only.out;
  EXPECT_EQ(only.out.find("would fix DF031"), std::string::npos) << only.out;
  // A prefix and a rule name; --ignore wins over --select.
  CliRun prefixed = run("fix --dry-run --unsafe-fixes --select DF03 --ignore apt-lists-not-removed " + dir());
  EXPECT_NE(prefixed.out.find("would fix DF030"), std::string::npos) << prefixed.out;
  EXPECT_NE(prefixed.out.find("would fix DF033"), std::string::npos) << prefixed.out;
  EXPECT_EQ(prefixed.out.find("would fix DF031"), std::string::npos) << prefixed.out;
  EXPECT_EQ(prefixed.out.find("would fix DF050"), std::string::npos) << prefixed.out;
  // Unsafe fixes of rules not selected are not listed either.
  CliRun quiet = run("fix --dry-run --select DF033 " + dir());
  EXPECT_EQ(quiet.out.find("not applied ("), std::string::npos) << quiet.out;
  EXPECT_NE(quiet.out.find("would fix 1 in 1 file; 0 unsafe fixes not applied; 0 refused"), std::string::npos) << quiet.out;
  CliRun unknown = run("fix --select DF999 " + dir());
  EXPECT_EQ(unknown.exit_code, 2) << unknown.out;
  EXPECT_NE(unknown.out.find("--select `DF999` names no rule"), std::string::npos) << unknown.out;
  EXPECT_EQ(slurp(root_ / "Dockerfile"), kBefore);
}

// However the files are named, the diff is one `git apply` takes in the working directory (a file
// outside it keeps its absolute path, which no patch run there could reach).
TEST_F(Cli, FixDryRunIsAPatchGitAppliesFromAnyInvocation) {
  write("proj/Dockerfile", kBefore);
  write("proj/sub/Dockerfile", kBefore);
  std::string bin = std::string(PLIMSOLL_BINARY_DIR) + "/src/app/plimsoll";
  std::string proj = dir() + "/proj";
  ASSERT_EQ(std::system(("cd '" + proj + "' && git init -q .").c_str()), 0);
  struct Form {
    std::string cwd, args;
  };
  for (const Form& form : std::vector<Form>{{proj, ""},
                                            {proj, "."},
                                            {proj, "./sub"},
                                            {proj, "sub/Dockerfile"},
                                            {proj, "./sub/../Dockerfile"},
                                            {proj, proj},
                                            {proj, proj + "/sub/Dockerfile"},
                                            {dir(), "proj"}}) {
    std::string patch_path = dir() + "/fix.patch";
    int status = std::system(("cd '" + form.cwd + "' && " + bin + " fix --dry-run --unsafe-fixes " + form.args +
                              " 2>/dev/null >'" + patch_path + "'")
                                 .c_str());
    EXPECT_EQ(WEXITSTATUS(status), 1) << form.args;
    std::string patch = slurp(patch_path);
    EXPECT_NE(patch.find("+CMD [\"nginx\""), std::string::npos) << form.cwd << " $ fix " << form.args << "\n" << patch;
    int applies = std::system(("cd '" + form.cwd + "' && git apply --check '" + patch_path + "' 2>&1").c_str());
    EXPECT_EQ(WEXITSTATUS(applies), 0) << form.cwd << " $ fix --dry-run " << form.args << "\n" << patch;
  }
}

TEST_F(Cli, FixDryRunPrintsADiffAndWritesNothing) {
  write("Dockerfile", kBefore);
  CliRun r = run("fix --dry-run --unsafe-fixes " + dir());
  EXPECT_EQ(r.exit_code, 1) << r.out;
  std::string path = dir() + "/Dockerfile";
  EXPECT_NE(r.out.find("--- " + path + "\n+++ " + path + "\n@@ -1,6 +1,7 @@\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("-    && apt-get install curl\n+    && apt-get install -y --no-install-recommends curl \\\n"
                       "+    && rm -rf /var/lib/apt/lists/*\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(path + ":6: would fix DF050: Use the exec form"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(": fixed "), std::string::npos) << "--dry-run writes nothing: " << r.out;
  EXPECT_NE(r.out.find("+CMD [\"nginx\", \"-g\", \"daemon off;\"]\n"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(root_ / "Dockerfile"), kBefore);
}

// With no path, files are found under `.`: the diff still names `a/Dockerfile`, never
// `a/./Dockerfile`, which `git apply` refuses.
TEST_F(Cli, FixDryRunInTheCurrentDirectoryIsAPatchGitApplies) {
  write("Dockerfile", kBefore);
  std::string patch_path = dir() + ".patch";
  std::string in_dir = "cd '" + dir() + "' && ";
  int status = std::system((in_dir + PLIMSOLL_BINARY_DIR + "/src/app/plimsoll fix --dry-run --unsafe-fixes 2>/dev/null >'" + patch_path + "'").c_str());
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
  CliRun first = run("fix --unsafe-fixes " + dir());
  EXPECT_EQ(first.exit_code, 0) << first.out;
  EXPECT_EQ(slurp(root_ / "Dockerfile"), kAfter);
  CliRun again = run("fix --dry-run --unsafe-fixes " + dir());
  EXPECT_EQ(again.exit_code, 0) << again.out;
  EXPECT_EQ(again.out.find("--- a/"), std::string::npos) << again.out;
  EXPECT_EQ(slurp(root_ / "Dockerfile"), kAfter);
}

// The exec form lets plimsoll see that the image runs python, which then wants its runtime
// variables (DF062, info, a convention `strict` holds): a milder finding than the one fixed, so
// the fix is kept, and DF062's own fix goes in the next round.
TEST_F(Cli, FixMayRevealMilderFindingsAndFixesThemInTheNextRound) {
  write("Dockerfile", "FROM debian:12.8-slim\nCMD python3 -m http.server\n");
  CliRun r = run("fix --unsafe-fixes --profile strict " + dir());
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
  CliRun r = run("fix --unsafe-fixes " + dir());
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
