// What a run loads: libgit2, libarchive and libcrypto (and the libraries they pull in) are
// opened only by the runs that call them, since loading them cost more than a whole one-file check.
// The dynamic loader's own trace (LD_DEBUG=files) tells which libraries a run loaded.
#include <gtest/gtest.h>
#include <git2.h>

#include "cli_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::CliRun;
using plimsoll::testing_cli::run;

bool loaded(const CliRun& r, const std::string& library) { return r.out.find("file=" + library) != std::string::npos; }

TEST_F(Cli, ACheckWithoutEnvFilesLoadsNoGitArchiveOrCryptoLibrary) {
  write("Dockerfile", "FROM python:3.12-slim\nCMD [\"python\"]\n");
  CliRun r = run("check " + dir(), "NO_COLOR=1 LD_DEBUG=files");
  EXPECT_TRUE(loaded(r, "libc.so")) << "the loader's trace is missing:\n" << r.out;
  EXPECT_FALSE(loaded(r, "libgit2")) << r.out;
  EXPECT_FALSE(loaded(r, "libarchive")) << r.out;
  EXPECT_FALSE(loaded(r, "libcrypto")) << r.out;
  EXPECT_FALSE(loaded(run("--version", "LD_DEBUG=files"), "libgit2"));
}

TEST_F(Cli, EnvFilesInARepositoryLoadGitOnFirstUse) {
  git_libgit2_init();
  git_repository* repo = nullptr;
  ASSERT_EQ(git_repository_init(&repo, root_.c_str(), 0), 0);
  git_repository_free(repo);
  write(".env", "TOKEN=abc\n");  // neither committed nor ignored: EN001 asks git about it
  CliRun r = run("check " + dir(), "NO_COLOR=1 LD_DEBUG=files");
  EXPECT_TRUE(loaded(r, "libgit2")) << r.out;
  EXPECT_NE(r.out.find("EN001"), std::string::npos) << r.out;
  git_libgit2_shutdown();
}

}  // namespace
