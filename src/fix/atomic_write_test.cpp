#include "fix/atomic_write.h"

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace plimsoll::fix {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path temp_dir() {
  fs::path dir = fs::temp_directory_path() / ("plimsoll-atomic-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

TEST(AtomicWrite, ReplacesContentsKeepsModeAndLeavesNoTemporary) {
  fs::path dir = temp_dir();
  fs::path file = dir / "Dockerfile";
  std::ofstream(file) << "old\n";
  ::chmod(file.c_str(), 0640);
  EXPECT_FALSE(write_atomically(file.string(), "new\n").has_value());
  EXPECT_EQ(slurp(file), "new\n");
  struct stat st {};
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  fs::remove_all(dir);
}

TEST(AtomicWrite, WritesThroughASymlinkToItsTarget) {
  fs::path dir = temp_dir();
  std::ofstream(dir / "real") << "old\n";
  fs::create_symlink("real", dir / "link");
  EXPECT_FALSE(write_atomically((dir / "link").string(), "new\n").has_value());
  EXPECT_TRUE(fs::is_symlink(dir / "link"));
  EXPECT_EQ(slurp(dir / "real"), "new\n");
  fs::remove_all(dir);
}

TEST(AtomicWrite, MissingFileIsAnErrorNamingIt) {
  auto error = write_atomically("/nonexistent-dir/Dockerfile", "x");
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->find("/nonexistent-dir/Dockerfile"), std::string::npos);
}

}  // namespace
}  // namespace plimsoll::fix
