// Every fixture project under tests/init/fixtures/<stack>/project: `plimsoll init --yes` writes
// exactly the golden files in <stack>/expected, and `plimsoll check` finds nothing in the result.
// Regenerate the goldens with scripts/init-goldens after an intended change.
#include <cstdlib>

#include "init_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::run;
using namespace plimsoll::testing_init;

std::string util_env(const char* env, bool example) { return std::string("env/.env.") + env + (example ? ".example" : ""); }

class InitFixture : public Cli, public testing::WithParamInterface<std::string> {};

TEST_P(InitFixture, WritesTheGoldenFilesAndTheyDrawNoFinding) {
  const std::string stack = GetParam();
  fs::path project = fixtures_dir() / stack / "project";
  fs::copy(project, root_, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  auto before = files_under(root_);
  auto r = run("init --yes " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;

  std::map<std::string, std::string> written;
  for (const auto& [path, text] : files_under(root_)) {
    if (!before.contains(path)) written[path] = text;
  }
  auto expected = files_under(fixtures_dir() / stack / "expected");
  ASSERT_FALSE(expected.empty()) << "no golden output for " << stack << " (run scripts/init-goldens)";
  for (const auto& [path, text] : expected) {
    ASSERT_TRUE(written.contains(path)) << path << " was not written";
    EXPECT_EQ(written[path], text) << path << " differs from the golden file (scripts/init-goldens regenerates them)";
  }
  for (const auto& [path, text] : written) EXPECT_TRUE(expected.contains(path)) << path << " is written but has no golden file";

  // The whole result, project and generated files together, as a user would check it.
  auto checked = check_findings(root_);
  ASSERT_TRUE(checked.parsed);
  EXPECT_GE(checked.files, 11u) << "the Dockerfile, ignore file, compose, env and Makefile are all checked";
  for (const auto& finding : checked.findings) ADD_FAILURE() << finding;
}

INSTANTIATE_TEST_SUITE_P(Stacks, InitFixture,
                         testing::Values("uv", "pdm", "poetry", "pipenv", "pip", "npm", "pnpm", "yarn", "yarn-berry", "bun", "go", "cargo"),
                         [](const testing::TestParamInfo<std::string>& param) {
                           std::string name = param.param;
                           for (char& c : name) c = c == '-' ? '_' : c;
                           return name;
                         });

// The flat layout keeps everything in the root; its .plimsoll.yaml turns the layout rule off
// and says why, and nothing else is found.
TEST_F(Cli, FlatLayoutDrawsNoFindingEither) {
  for (const char* stack : {"pip", "go", "npm"}) {
    fs::remove_all(root_);
    fs::create_directories(root_);
    fs::copy(fixtures_dir() / stack / "project", root_, fs::copy_options::recursive);
    auto r = run("init --yes --layout flat " + dir());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_TRUE(fs::exists(root_ / "Dockerfile"));
    EXPECT_TRUE(fs::exists(root_ / "docker-compose.prod.yml"));
    EXPECT_TRUE(fs::exists(root_ / ".env.dev.example"));
    auto checked = check_findings(root_);
    ASSERT_TRUE(checked.parsed);
    EXPECT_GE(checked.files, 11u);
    for (const auto& finding : checked.findings) ADD_FAILURE() << stack << ": " << finding;
  }
}

// In a git repository, with the env files copied from their templates as `make dev-up` does:
// the copies are git-ignored (EN001), match their templates (EN002), and nothing is found.
TEST_F(Cli, InAGitRepositoryWithEnvFilesCopiedNothingIsFound) {
  fs::copy(fixtures_dir() / "uv" / "project", root_, fs::copy_options::recursive);
  ASSERT_EQ(run("init --yes " + dir()).exit_code, 0);
  ASSERT_EQ(std::system(("git init -q " + dir()).c_str()), 0);
  for (const char* env : {"build", "dev", "test", "prod"}) {
    fs::copy_file(root_ / util_env(env, true), root_ / util_env(env, false));
  }
  EXPECT_EQ(std::system(("git -C " + dir() + " check-ignore -q env/.env.dev").c_str()), 0) << "env/.env.dev is git-ignored";
  EXPECT_NE(std::system(("git -C " + dir() + " check-ignore -q env/.env.dev.example").c_str()), 0) << "its template is not";
  auto checked = check_findings(root_);
  ASSERT_TRUE(checked.parsed);
  EXPECT_GE(checked.files, 15u) << "the env files in use are checked too";
  for (const auto& finding : checked.findings) ADD_FAILURE() << finding;
}

// The zero-finding check is a real test: a generated file made non-compliant is reported.
TEST_F(Cli, ABrokenGeneratedFileIsFound) {
  fs::copy(fixtures_dir() / "pip" / "project", root_, fs::copy_options::recursive);
  ASSERT_EQ(run("init --yes " + dir()).exit_code, 0);
  auto text = files_under(root_)["docker/Dockerfile"];
  text.replace(text.find("USER 10001\nEXPOSE 8000\n# The"), 11, "");
  write("docker/Dockerfile", text);
  auto checked = check_findings(root_);
  bool df010 = false;
  for (const auto& f : checked.findings) df010 = df010 || f.find("DF010") != std::string::npos;
  EXPECT_TRUE(df010) << "removing the final USER must be reported";
}

}  // namespace
