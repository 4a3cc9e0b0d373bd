#include "util/atomic_write.h"

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace plimsoll::util {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

class AtomicWrite : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("plimsoll-atomic-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

int syncs = 0;
int counting_fsync(int fd) {
  ++syncs;
  return ::fsync(fd);
}
int failing_fsync(int) {
  errno = EIO;
  return -1;
}
int failing_rename(const char*, const char*) {
  errno = EXDEV;
  return -1;
}

TEST_F(AtomicWrite, ReplacesContentsKeepsModeAndLeavesNoTemporary) {
  fs::path file = dir_ / "Dockerfile";
  std::ofstream(file) << "old\n";
  ::chmod(file.c_str(), 0640);
  ASSERT_TRUE(write_atomically(file.string(), "new\n"));
  EXPECT_EQ(slurp(file), "new\n");
  struct stat st {};
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
  EXPECT_EQ(entries(dir_), 1u);
}

TEST_F(AtomicWrite, SyncsTheFileBeforeTheRenameAndThenItsDirectory) {
  fs::path file = dir_ / "compose.yaml";
  std::ofstream(file) << "old\n";
  syncs = 0;
  AtomicWriteCalls calls{counting_fsync, nullptr};
  ASSERT_TRUE(write_atomically(file.string(), "new\n", {false, &calls}));
  EXPECT_EQ(syncs, 2) << "the temporary file, then the directory holding the new name";
  EXPECT_EQ(slurp(file), "new\n");
}

TEST_F(AtomicWrite, AFailedSyncLeavesTheOriginalAndNoTemporary) {
  fs::path file = dir_ / "Dockerfile";
  std::ofstream(file) << "old\n";
  AtomicWriteCalls calls{failing_fsync, nullptr};
  auto status = write_atomically(file.string(), "new\n", {false, &calls});
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("sync failed"), std::string::npos);
  EXPECT_NE(status.error().message.find(file.string()), std::string::npos);
  EXPECT_EQ(slurp(file), "old\n");
  EXPECT_EQ(entries(dir_), 1u);
}

TEST_F(AtomicWrite, AFailedRenameLeavesTheOriginalAndNoTemporary) {
  fs::path file = dir_ / "Dockerfile";
  std::ofstream(file) << "old\n";
  AtomicWriteCalls calls{nullptr, failing_rename};
  auto status = write_atomically(file.string(), "new\n", {false, &calls});
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("rename failed"), std::string::npos);
  EXPECT_EQ(slurp(file), "old\n");
  EXPECT_EQ(entries(dir_), 1u);
}

TEST_F(AtomicWrite, WritesThroughASymlinkToItsTarget) {
  std::ofstream(dir_ / "real") << "old\n";
  ::chmod((dir_ / "real").c_str(), 0600);
  fs::create_symlink("real", dir_ / "link");
  ASSERT_TRUE(write_atomically((dir_ / "link").string(), "new\n"));
  EXPECT_TRUE(fs::is_symlink(dir_ / "link"));
  EXPECT_EQ(slurp(dir_ / "real"), "new\n");
  struct stat st {};
  ASSERT_EQ(::stat((dir_ / "real").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
}

TEST_F(AtomicWrite, CreatesANewFileAndItsDirectoriesWhenAsked) {
  fs::path file = dir_ / "a/b/file";
  EXPECT_FALSE(write_atomically(file.string(), "x")) << "directories are only made on request";
  ASSERT_TRUE(write_atomically(file.string(), "one\n", {true, nullptr}));
  ASSERT_TRUE(write_atomically(file.string(), "two\n", {true, nullptr}));
  EXPECT_EQ(slurp(file), "two\n");
  EXPECT_EQ(entries(dir_ / "a/b"), 1u);
}

TEST_F(AtomicWrite, AFileWhereADirectoryShouldBeIsAnErrorNamingIt) {
  std::ofstream(dir_ / "blocker") << "a file, not a directory\n";
  auto status = write_atomically((dir_ / "blocker/file").string(), "x", {true, nullptr});
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("blocker"), std::string::npos);
}

}  // namespace
}  // namespace plimsoll::util
