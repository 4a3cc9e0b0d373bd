// GitHub reads workflows at the repository root only: checking a directory of a repository
// reads the root's `.github/workflows` (their paths relative to that root), and nothing above it.
#include <git2.h>
#include <gtest/gtest.h>

#include <string>

#include "cli_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::CliRun;
using plimsoll::testing_cli::run;

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

constexpr const char* kBaseWorkflow =
    "jobs:\n"
    "  base:\n"
    "    runs-on: ubuntu-latest\n"
    "    steps:\n"
    "      - uses: docker/build-push-action@v6\n"
    "        with:\n"
    "          context: base\n"
    "          tags: org/app-base:latest\n"
    "      - uses: docker/build-push-action@v6\n"
    "        with:\n"
    "          file: services/api/Dockerfile\n";

class RepositoryWorkflows : public Cli {
 protected:
  // A repository at `repo/` inside the test's directory, with an API service below its root.
  void make_repository() {
    git_libgit2_init();
    git_repository* repo = nullptr;
    ASSERT_EQ(git_repository_init(&repo, (root_ / "repo").c_str(), 0), 0);
    git_repository_free(repo);
    git_libgit2_shutdown();
    write("repo/services/api/Dockerfile", "FROM org/app-base:latest\nUSER 1000\n");
  }
};

TEST_F(RepositoryWorkflows, ASubdirectoryIsCheckedWithTheRootsWorkflows) {
  make_repository();
  write("repo/.github/workflows/base.yml", kBaseWorkflow);
  CliRun r = run("check --explain --fail-on none " + dir() + "/repo/services/api");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_FALSE(has(r.out, "DF004")) << r.out;  // the workflow builds org/app-base:latest
  // The build's context is the repository root, as the workflow's paths are relative to it.
  EXPECT_TRUE(has(r.out, "note: context `" + dir() + "/repo` from " + dir() + "/repo/.github/workflows/base.yml:9"))
      << r.out;
}

TEST_F(RepositoryWorkflows, WorkflowsAboveTheRepositoryAreNeverRead) {
  make_repository();
  write(".github/workflows/base.yml", kBaseWorkflow);
  CliRun r = run("check --explain --fail-on none " + dir() + "/repo/services/api");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(has(r.out, "DF004")) << r.out;
  EXPECT_FALSE(has(r.out, ".github")) << r.out;
}

}  // namespace
