// An untrusted tree checked the way CI checks a pull request: nothing outside the project is
// read or shown, nothing blocks, and what cannot be checked is said, with exit code 2.
#include <git2.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <string>

#include "cli_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::CliRun;
using plimsoll::testing_cli::run;
namespace fs = std::filesystem;

constexpr const char* kSecretEnv = "NO_COLOR=1 CI_SECRET=s3cr3t-token";

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_F(Cli, ASymlinkedFileLeadingOutOfTheProjectIsNeverRead) {
  write("outside/Dockerfile", "FROM s3cr3t-image\n");
  write("proj/api/Dockerfile", "FROM debian:12-slim\n");
  fs::create_symlink("/proc/self/environ", root_ / "proj" / "Dockerfile");
  fs::create_symlink("/proc/self/environ", root_ / "proj" / ".env");
  fs::create_symlink(root_ / "outside" / "Dockerfile", root_ / "proj" / "api" / "Dockerfile.prod");
  CliRun r = run("check --fail-on none " + dir() + "/proj", kSecretEnv);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_FALSE(has(r.out, "s3cr3t")) << r.out;
  EXPECT_TRUE(has(r.out, "plimsoll: notice: " + dir() + "/proj/Dockerfile: a symlink to outside the project root"))
      << r.out;
  EXPECT_TRUE(has(r.out, "plimsoll: notice: " + dir() + "/proj/.env: a symlink to outside the project root")) << r.out;
  EXPECT_TRUE(has(r.out, "plimsoll: notice: " + dir() + "/proj/api/Dockerfile.prod: a symlink")) << r.out;
  EXPECT_TRUE(has(r.out, "in 1 of 1 file(s)")) << r.out;  // api/Dockerfile alone
}

TEST_F(Cli, AMakefileComposeFileOutsideTheProjectIsNeverLoaded) {
  write("proj/Makefile", "up:\n\tdocker compose -f /proc/self/environ up\nprod:\n\tdocker compose -f /etc/passwd up\n");
  CliRun r = run("check " + dir() + "/proj", kSecretEnv);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_FALSE(has(r.out, "s3cr3t")) << r.out;
  EXPECT_FALSE(has(r.out, "root:")) << r.out;
  EXPECT_FALSE(has(r.out, "DC001")) << r.out;
  EXPECT_TRUE(has(r.out, dir() + "/proj/Makefile:2: docker compose -f `/proc/self/environ`, which leads outside the "
                                 "project root; not read"))
      << r.out;
  EXPECT_TRUE(has(r.out, dir() + "/proj/Makefile:4: docker compose -f `/etc/passwd`")) << r.out;
}

TEST_F(Cli, ABuildContextOutsideTheProjectIsNeitherListedNorProbed) {
  write("host/.ssh/id_rsa", "k\n");
  write("host/prod.env", "k\n");
  write("repo/Dockerfile", "FROM debian:12\nCOPY . /app\nCOPY .ssh/id_ed25519 /k\n");
  write("repo/.plimsoll.yaml", "build-contexts:\n  Dockerfile: " + dir() + "/host\n");
  CliRun r = run("check --fail-on none " + dir() + "/repo");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_FALSE(has(r.out, "DI003")) << r.out;
  EXPECT_FALSE(has(r.out, "DI005")) << r.out;
  EXPECT_FALSE(has(r.out, "id_rsa")) << r.out;
  EXPECT_FALSE(has(r.out, "prod.env")) << r.out;
  EXPECT_TRUE(has(r.out, "the context `" + dir() + "/host`, which leads outside the project root; not read")) << r.out;
}

// A walk holding a descriptor per level used to stop at the limit and report a clean tree.
TEST_F(Cli, NestingDeeperThanTheDescriptorLimitIsStillWalked) {
  std::string deep = "proj";
  for (int i = 0; i < 300; ++i) deep += "/d";
  write(deep + "/Dockerfile", "FROM debian\nUSER root\n");
  CliRun r = run("check " + dir() + "/proj", "ulimit -n 64 && NO_COLOR=1");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(has(r.out, "DF010")) << r.out;
}

TEST_F(Cli, AFifoNamedOnTheCommandLineIsRefusedWithoutWaiting) {
  ASSERT_EQ(::mkfifo((root_ / "Dockerfile").c_str(), 0600), 0);
  CliRun r = run("check " + dir() + "/Dockerfile", "NO_COLOR=1 timeout 60");
  EXPECT_EQ(r.exit_code, 2) << r.out;  // 124 would be the timeout
  EXPECT_TRUE(has(r.out, dir() + "/Dockerfile: is a FIFO, not a regular file; not read")) << r.out;
}

TEST_F(Cli, AnEnvFileThatIsMissingOrADirectoryStopsTheRun) {
  write("compose.yaml", "services:\n  app:\n    image: \"nginx:${TAG}\"\n");
  CliRun missing = run("check --env-file " + dir() + "/ci.env " + dir());
  EXPECT_EQ(missing.exit_code, 2) << missing.out;
  EXPECT_TRUE(has(missing.out, "plimsoll: --env-file " + dir() + "/ci.env: No such file or directory")) << missing.out;
  CliRun directory = run("check --env-file " + dir() + " " + dir());
  EXPECT_EQ(directory.exit_code, 2) << directory.out;
  EXPECT_TRUE(has(directory.out, "plimsoll: --env-file " + dir() + ": is a directory")) << directory.out;
  // Named by the operator, an env file outside the project is read.
  write("elsewhere/ci.env", "TAG=1.27\n");
  CliRun outside = run("check --fail-on none --env-file " + dir() + "/elsewhere/ci.env " + dir());
  EXPECT_EQ(outside.exit_code, 0) << outside.out;
}

TEST_F(Cli, ADirectoryThatCannotBeListedIsAnError) {
  write("proj/svc/Dockerfile", "FROM debian\nUSER root\n");
  fs::permissions(root_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                             fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(root_ / "proj", fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(root_ / "proj" / "svc", fs::perms::none);
  std::string as = "NO_COLOR=1";
  if (::geteuid() == 0) {
    // Root lists anything: run as an unprivileged user, as CI would.
    if (std::system("command -v runuser > /dev/null") != 0) GTEST_SKIP() << "no runuser to drop root";
    as = "runuser -u nobody -- env NO_COLOR=1";
  }
  CliRun r = run("check " + dir() + "/proj", as);
  fs::permissions(root_ / "proj" / "svc", fs::perms::owner_all);
  EXPECT_EQ(r.exit_code, 2) << r.out;
  // The report carries it (so machine formats say the run failed), in place of a line on stderr.
  EXPECT_TRUE(has(r.out, "error: " + dir() + "/proj/svc: Permission denied; not checked")) << r.out;
  EXPECT_TRUE(has(r.out, "could not be checked: the check is incomplete")) << r.out;
}

TEST_F(Cli, AConfigurationAboveAProjectOutsideACheckoutIsNotUsed) {
  write(".plimsoll.yaml", "exclude: [\"**\"]\n");
  write("work/proj/Dockerfile", "FROM debian\nUSER root\n");
  CliRun r = run("check " + dir() + "/work/proj");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(has(r.out, "DF010")) << r.out;
  CliRun dump = run("config --dump " + dir() + "/work/proj");
  EXPECT_TRUE(has(dump.out, "no .plimsoll.yaml found")) << dump.out;
}

// Without the repository, a committed .env would silently count as a local one.
TEST_F(Cli, ARepositoryThatCannotBeReadIsAnErrorNotAQuietPass) {
  write(".env", "A=1\n");
  write(".env.example", "A=\n");
  git_libgit2_init();
  git_repository* repo = nullptr;
  ASSERT_EQ(git_repository_init(&repo, root_.c_str(), 0), 0);
  git_index* index = nullptr;
  ASSERT_EQ(git_repository_index(&index, repo), 0);
  ASSERT_EQ(git_index_add_bypath(index, ".env"), 0);
  ASSERT_EQ(git_index_write(index), 0);
  git_index_free(index);
  git_repository_free(repo);
  git_libgit2_shutdown();
  CliRun readable = run("check " + dir());
  EXPECT_EQ(readable.exit_code, 1) << readable.out;
  EXPECT_TRUE(has(readable.out, "EN001")) << readable.out;
  std::ofstream(root_ / ".git" / "config", std::ios::app) << "[core\n";
  CliRun corrupt = run("check " + dir());
  EXPECT_EQ(corrupt.exit_code, 2) << corrupt.out;
  EXPECT_TRUE(has(corrupt.out, dir() + ": the git repository cannot be opened: ")) << corrupt.out;
  EXPECT_TRUE(has(corrupt.out, ".git/config")) << corrupt.out;
}

}  // namespace
