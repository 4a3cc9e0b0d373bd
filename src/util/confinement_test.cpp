#include "util/confinement.h"

#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace plimsoll::util {
namespace {

namespace fs = std::filesystem;

// outside/secret.env beside proj/, which is the project; links in proj/ lead in and out.
class ConfinementTest : public testing::Test {
 protected:
  void SetUp() override {
    top_ = fs::temp_directory_path() / ("plimsoll-confine-" + std::to_string(::getpid()));
    fs::remove_all(top_);
    fs::create_directories(top_ / "proj" / "sub");
    fs::create_directories(top_ / "outside");
    std::ofstream(top_ / "outside" / "secret.env") << "TOKEN=s3cr3t\n";
    std::ofstream(top_ / "proj" / "sub" / "Dockerfile") << "FROM debian\n";
    fs::create_symlink(top_ / "outside" / "secret.env", top_ / "proj" / "out.env");
    fs::create_symlink("sub/Dockerfile", top_ / "proj" / "in.Dockerfile");
    fs::create_directory_symlink(top_ / "outside", top_ / "proj" / "outdir");
    root_ = (top_ / "proj").string();
  }
  void TearDown() override { fs::remove_all(top_); }
  std::string at(const std::string& relative) const { return (top_ / relative).string(); }
  fs::path top_;
  std::string root_;
};

TEST_F(ConfinementTest, AdmitsWhatResolvesInsideTheRoot) {
  Confinement c({root_});
  EXPECT_TRUE(c.admits(at("proj/sub/Dockerfile")));
  EXPECT_TRUE(c.admits(at("proj/in.Dockerfile")));
  EXPECT_TRUE(c.admits(at("proj/not-yet-written.yaml")));
  EXPECT_TRUE(c.admits(at("proj/sub/../sub/Dockerfile")));
}

TEST_F(ConfinementTest, RefusesLinksAbsolutePathsAndClimbsThatLeave) {
  Confinement c({root_});
  EXPECT_FALSE(c.admits(at("proj/out.env")));
  EXPECT_FALSE(c.admits(at("proj/outdir/secret.env")));
  EXPECT_FALSE(c.admits(at("proj/../outside/secret.env")));
  EXPECT_FALSE(c.admits("/proc/self/environ"));
  EXPECT_FALSE(c.admits("/etc/passwd"));
  EXPECT_EQ(c.refusal("/etc/passwd"), "/etc/passwd: outside the project root " + fs::canonical(root_).string() + "; not read");
}

TEST_F(ConfinementTest, NamedFilesAreAdmittedWhereverTheyAre) {
  Confinement c({root_}, {at("outside/secret.env")});
  EXPECT_TRUE(c.admits(at("outside/secret.env")));
  EXPECT_FALSE(c.admits(at("outside")));
}

TEST_F(ConfinementTest, TheFilesystemRefusesWhatTheConfinementDoes) {
  auto c = std::make_shared<Confinement>(std::vector<std::string>{root_});
  ConfinedFilesystem files(shared_disk(), c);
  EXPECT_TRUE(files.is_regular_file(at("proj/sub/Dockerfile")));
  EXPECT_FALSE(files.exists(at("proj/out.env")));
  EXPECT_FALSE(files.is_regular_file(at("outside/secret.env")));
  EXPECT_FALSE(files.is_directory(at("proj/outdir")));
  EXPECT_FALSE(files.admits(at("proj/out.env")));
  auto read = files.read(at("proj/out.env"));
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().message, c->refusal(at("proj/out.env")));
  EXPECT_EQ(read.error().message.find("s3cr3t"), std::string::npos);
  EXPECT_FALSE(files.list(at("proj/outdir")));
  ASSERT_TRUE(files.list(root_));
}

TEST_F(ConfinementTest, TheRootIsTheEnclosingCheckoutOrThePathItself) {
  std::string resolved = fs::canonical(root_).string();
  EXPECT_EQ(project_root_of(root_ + "/sub"), resolved + "/sub");  // no checkout: the path given
  EXPECT_EQ(project_root_of(root_ + "/sub/Dockerfile"), resolved + "/sub");
  EXPECT_EQ(enclosing_checkout(root_ + "/sub"), "");
  fs::create_directory(top_ / "proj" / ".git");
  EXPECT_EQ(project_root_of(root_ + "/sub"), resolved);
  EXPECT_EQ(project_root_of(root_ + "/sub/Dockerfile"), resolved);
  EXPECT_EQ(enclosing_checkout(root_ + "/sub"), resolved);
  // A symlinked file named on the command line keeps the root where the link is.
  EXPECT_EQ(project_root_of(root_ + "/out.env"), resolved);
}

}  // namespace
}  // namespace plimsoll::util

namespace plimsoll::util {
namespace {

// Each directory is resolved once: a path 1000 directories deep costs each check one lookup
// below the deepest directory already seen, not its whole depth again.
TEST_F(ConfinementTest, ADeepTreeIsJudgedTheSameWayAsAShallowOne) {
  std::string deep = root_;
  for (int i = 0; i < 200; ++i) deep += "/d";
  fs::create_directories(deep);
  fs::create_symlink(top_ / "outside" / "secret.env", deep + "/out.env");
  std::ofstream(deep + "/Dockerfile") << "FROM debian\n";
  Confinement c({root_});
  EXPECT_TRUE(c.admits(deep + "/Dockerfile"));
  EXPECT_FALSE(c.admits(deep + "/out.env"));
  EXPECT_TRUE(c.admits(deep + "/./Dockerfile"));
  EXPECT_TRUE(c.admits(deep + "/../d/Dockerfile"));
  fs::create_directory_symlink(top_ / "outside", deep + "/outdir");
  EXPECT_FALSE(c.admits(deep + "/outdir/secret.env"));
  EXPECT_FALSE(c.admits(deep + "/outdir/../outside/secret.env"));  // `..` from where the link leads
}

// N nested directories with a file in each, every file judged: each directory is looked up once.
std::size_t lookups_for_depth(const fs::path& top, int depth) {
  fs::path dir = top / ("depth-" + std::to_string(depth));
  std::vector<std::string> files;
  for (int i = 0; i < depth; ++i) {
    dir /= "d";
    fs::create_directories(dir);
    std::ofstream(dir / "Dockerfile") << "FROM debian\n";
    files.push_back((dir / "Dockerfile").string());
  }
  Confinement c({top.string()});
  for (const auto& f : files) EXPECT_TRUE(c.admits(f));
  return c.lookups();
}

TEST_F(ConfinementTest, CostIsLinearInTheDepth) {
  std::size_t small = lookups_for_depth(top_ / "proj", 100);
  std::size_t large = lookups_for_depth(top_ / "proj", 200);
  EXPECT_GT(small, 0u);
  EXPECT_LT(large, 3 * small) << small << " lookups for depth 100, " << large << " for 200";
}

}  // namespace
}  // namespace plimsoll::util
