#include "session/discovery.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace plimsoll::session {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;

// outside/ beside proj/; proj/ is the path given (there is no git checkout around it).
class DiscoveryTest : public testing::Test {
 protected:
  void SetUp() override {
    top_ = fs::temp_directory_path() / ("plimsoll-discovery-" + std::to_string(::getpid()) + "-" +
                                        testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(top_);
    fs::create_directories(top_ / "proj");
    fs::create_directories(top_ / "outside");
    std::ofstream(top_ / "outside" / "secret") << "TOKEN=s3cr3t\n";
  }
  void TearDown() override { fs::remove_all(top_); }
  std::string at(const std::string& relative) const { return (top_ / relative).generic_string(); }
  void write(const std::string& relative, const std::string& text) {
    fs::create_directories((top_ / relative).parent_path());
    std::ofstream(top_ / relative) << text;
  }
  fs::path top_;
};

TEST_F(DiscoveryTest, ASymlinkLeavingTheProjectIsNotTakenAndSaysSo) {
  write("proj/api/Dockerfile", "FROM debian\n");
  fs::create_symlink(top_ / "outside" / "secret", top_ / "proj" / "Dockerfile");
  fs::create_symlink("/proc/self/environ", top_ / "proj" / ".env");
  fs::create_symlink("api/Dockerfile", top_ / "proj" / "Dockerfile.copy");
  Discovery found = discover({at("proj")}, {});
  EXPECT_THAT(found.files, ElementsAre(at("proj/Dockerfile.copy"), at("proj/api/Dockerfile")));
  EXPECT_TRUE(found.project_files.empty());
  EXPECT_TRUE(found.errors.empty());
  std::string root = fs::canonical(top_ / "proj").generic_string();
  EXPECT_THAT(found.notices,
              ElementsAre(at("proj/.env") + ": a symlink to outside the project root " + root + "; not read",
                          at("proj/Dockerfile") + ": a symlink to outside the project root " + root + "; not read"));
}

TEST_F(DiscoveryTest, ANamedFileThatIsALinkOutOfItsDirectoryIsAnError) {
  fs::create_symlink(top_ / "outside" / "secret", top_ / "proj" / "Dockerfile");
  Discovery found = discover({at("proj/Dockerfile")}, {});
  EXPECT_TRUE(found.files.empty());
  ASSERT_EQ(found.errors.size(), 1u);
  EXPECT_EQ(found.errors[0].path, at("proj/Dockerfile"));
  EXPECT_NE(found.errors[0].text().find(at("proj/Dockerfile") + ": a symlink to outside the project root"), std::string::npos);
}

TEST_F(DiscoveryTest, SpecialFilesInTheTreeAreNoticedNotOpened) {
  ASSERT_EQ(::mkfifo(at("proj/Dockerfile").c_str(), 0600), 0);
  Discovery found = discover({at("proj")}, {});
  EXPECT_TRUE(found.files.empty());
  EXPECT_THAT(found.notices, ElementsAre(at("proj/Dockerfile") + ": not a regular file (a FIFO, socket or device); not read"));
}

TEST_F(DiscoveryTest, TemplatesAreNoticedAndNonEnvSuffixesSkippedInAWalk) {
  write("proj/Dockerfile", "FROM debian:12-slim\n");
  write("proj/Dockerfile.j2", "FROM {{ base }}\n");
  write("proj/deploy/docker-compose.yml.tmpl", "services: {}\n");
  write("proj/.env", "A=1\n");
  write("proj/.env.patch", "-A=1\n+A=2\n");
  write("proj/.env.swp", "binary");
  write("proj/notes.j2", "{{ x }}\n");  // a template of nothing plimsoll checks: not worth a word
  Discovery found = discover({at("proj")}, {});
  EXPECT_THAT(found.files, ElementsAre(at("proj/Dockerfile")));
  EXPECT_THAT(found.project_files, ElementsAre(at("proj/.env")));
  EXPECT_THAT(found.notices,
              ::testing::UnorderedElementsAre(
                  at("proj/Dockerfile.j2") + ": a template, rendered into what Docker reads; not checked",
                  at("proj/deploy/docker-compose.yml.tmpl") + ": a template, rendered into what Docker reads; not checked"));
}

TEST_F(DiscoveryTest, NamedFilesAreTakenByNameThenByContentElseNoticed) {
  write("proj/Containerfile.x", "not even a Dockerfile\n");  // the name is enough: its parse says the rest
  write("proj/api.dockerfile", "FROM debian:12-slim\n");
  write("proj/recipe", "# syntax=docker/dockerfile:1\nFROM debian:12-slim\n");
  write("proj/stack.yml", "x-common: {}\nservices:\n  web:\n    image: nginx:1.27\n");
  write("proj/main.py", "print(1)\n");
  write("proj/Dockerfile.in", "FROM @BASE@\n");
  Discovery found = discover({at("proj/Containerfile.x"), at("proj/api.dockerfile"), at("proj/recipe"),
                              at("proj/stack.yml"), at("proj/main.py"), at("proj/Dockerfile.in")},
                             {});
  EXPECT_THAT(found.files, ElementsAre(at("proj/Containerfile.x"), at("proj/api.dockerfile"), at("proj/recipe")));
  EXPECT_THAT(found.compose_files, ElementsAre(at("proj/stack.yml")));
  EXPECT_TRUE(found.project_files.empty());
  EXPECT_TRUE(found.errors.empty());
  EXPECT_THAT(found.notices,
              ElementsAre(at("proj/main.py") +
                              ": neither a Dockerfile, compose file, env file, .dockerignore nor Makefile by its name "
                              "or its first lines; not checked",
                          at("proj/Dockerfile.in") + ": a template, rendered into what Docker reads; not checked"));
}

// A walk that kept a descriptor open per level stopped silently past the descriptor limit.
TEST_F(DiscoveryTest, DepthCostsNoDescriptors) {
  std::string deep = "proj";
  for (int i = 0; i < 150; ++i) deep += "/d";
  write(deep + "/Dockerfile", "FROM debian\n");
  struct rlimit before {};
  ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &before), 0);
  struct rlimit low = before;
  low.rlim_cur = 64;
  ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &low), 0);
  Discovery found = discover({at("proj")}, {});
  ::setrlimit(RLIMIT_NOFILE, &before);
  EXPECT_TRUE(found.errors.empty()) << found.errors.front().text();
  EXPECT_THAT(found.files, ElementsAre(at(deep + "/Dockerfile")));
}

TEST_F(DiscoveryTest, AnUnlistableDirectoryIsAnError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root lists any directory";
  write("proj/svc/Dockerfile", "FROM debian\n");
  fs::permissions(top_ / "proj" / "svc", fs::perms::none);
  Discovery found = discover({at("proj")}, {});
  fs::permissions(top_ / "proj" / "svc", fs::perms::owner_all);
  ASSERT_EQ(found.errors.size(), 1u);
  EXPECT_EQ(found.errors[0].text(), at("proj/svc") + ": Permission denied; not checked");
}

}  // namespace
}  // namespace plimsoll::session

namespace plimsoll::session {
namespace {

// A walk bounded by entries stops, says so, and has listed the top directory first.
TEST(DiscoveryLimits, AWalkStopsAtItsEntryBoundAfterTheTopDirectory) {
  auto dir = std::filesystem::temp_directory_path() / ("plimsoll-discover-limit-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  for (int i = 0; i < 30; ++i) {
    std::filesystem::create_directories(dir / ("sub" + std::to_string(i)));
    std::ofstream(dir / ("sub" + std::to_string(i)) / "Dockerfile") << "FROM x\n";
  }
  std::ofstream(dir / "Dockerfile") << "FROM x\n";
  std::ofstream(dir / "compose.yaml") << "services: {}\n";
  Discovery all = discover({dir.string()}, {});
  EXPECT_FALSE(all.truncated);
  EXPECT_EQ(all.files.size(), 31u);
  Discovery bounded = discover({dir.string()}, {}, {.max_entries = 40});
  EXPECT_TRUE(bounded.truncated);
  EXPECT_LT(bounded.files.size(), 31u);
  EXPECT_NE(std::find(bounded.files.begin(), bounded.files.end(), dir.string() + "/Dockerfile"), bounded.files.end());
  EXPECT_EQ(bounded.project_files, (std::vector<std::string>{dir.string() + "/compose.yaml"}));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace plimsoll::session
