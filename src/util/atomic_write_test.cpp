#include "util/atomic_write.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
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
int failing_rename(int, const char*, const char*) {
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
  ASSERT_TRUE(write_atomically(file.string(), "new\n", {.calls = &calls}));
  EXPECT_EQ(syncs, 2) << "the temporary file, then the directory holding the new name";
  EXPECT_EQ(slurp(file), "new\n");
}

TEST_F(AtomicWrite, AFailedSyncLeavesTheOriginalAndNoTemporary) {
  fs::path file = dir_ / "Dockerfile";
  std::ofstream(file) << "old\n";
  AtomicWriteCalls calls{failing_fsync, nullptr};
  auto status = write_atomically(file.string(), "new\n", {.calls = &calls});
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
  auto status = write_atomically(file.string(), "new\n", {.calls = &calls});
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("rename failed"), std::string::npos);
  EXPECT_EQ(slurp(file), "old\n");
  EXPECT_EQ(entries(dir_), 1u);
}

TEST_F(AtomicWrite, RefusesASymlinkAndLeavesWhatItNamesAlone) {
  std::ofstream(dir_ / "real") << "old\n";
  fs::create_symlink("real", dir_ / "link");
  auto status = write_atomically((dir_ / "link").string(), "new\n");
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("is a symlink"), std::string::npos) << status.error().message;
  EXPECT_TRUE(fs::is_symlink(dir_ / "link"));
  EXPECT_EQ(slurp(dir_ / "real"), "old\n");
  EXPECT_EQ(entries(dir_), 2u);
}

TEST_F(AtomicWrite, ADanglingSymlinkIsRefusedNotCreatedThrough) {
  fs::create_symlink(dir_ / "elsewhere", dir_ / "out.json");
  ASSERT_FALSE(write_atomically((dir_ / "out.json").string(), "x"));
  EXPECT_FALSE(fs::exists(dir_ / "elsewhere"));
}

TEST_F(AtomicWrite, TemporaryNamesAreUnpredictableAndAPlantedOneIsNeverFollowed) {
  // Whatever name an attacker plants beside the file, the writer picks another one.
  std::ofstream(dir_ / "victim") << "victim\n";
  for (int pid = 0; pid < 50; ++pid) fs::create_symlink("victim", dir_ / ("Makefile.plimsoll-" + std::to_string(pid) + ".tmp"));
  ASSERT_TRUE(write_atomically((dir_ / "Makefile").string(), "all:\n"));
  EXPECT_EQ(slurp(dir_ / "victim"), "victim\n");
  EXPECT_EQ(slurp(dir_ / "Makefile"), "all:\n");
  EXPECT_FALSE(fs::is_symlink(dir_ / "Makefile"));
}

TEST_F(AtomicWrite, UnderARootNoDirectoryOnTheWayMayBeASymlink) {
  fs::create_directories(dir_ / "proj");
  fs::create_directories(dir_ / "elsewhere");
  fs::create_directory_symlink("../elsewhere", dir_ / "proj/compose");
  AtomicWriteOptions options{.create_directories = true, .root = (dir_ / "proj").string()};
  auto status = write_atomically((dir_ / "proj/compose/a.yml").string(), "x", options);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("proj/compose: is a symlink"), std::string::npos) << status.error().message;
  EXPECT_EQ(entries(dir_ / "elsewhere"), 0u);
  ASSERT_TRUE(write_atomically((dir_ / "proj/docker/sub/Dockerfile").string(), "FROM x\n", options));
  EXPECT_EQ(slurp(dir_ / "proj/docker/sub/Dockerfile"), "FROM x\n");
}

TEST_F(AtomicWrite, AnEditSavedMeanwhileIsKept) {
  static fs::path file;
  file = dir_ / "Dockerfile";
  std::ofstream(file) << "old\n";
  AtomicWriteCalls calls;
  calls.before_replace = [] { std::ofstream(file, std::ios::app) << "# saved meanwhile\n"; };
  auto status = write_atomically(file.string(), "new\n", {.calls = &calls, .expected = "old\n"});
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("changed on disk"), std::string::npos) << status.error().message;
  EXPECT_EQ(slurp(file), "old\n# saved meanwhile\n");
  EXPECT_EQ(entries(dir_), 1u);
  EXPECT_TRUE(write_atomically(file.string(), "new\n", {.expected = "old\n# saved meanwhile\n"}));
}

TEST_F(AtomicWrite, AFileThatAppearedMeanwhileIsNotReplaced) {
  static fs::path file;
  file = dir_ / "Makefile";
  AtomicWriteCalls calls;
  calls.before_replace = [] { std::ofstream(file) << "mine\n"; };
  ASSERT_FALSE(write_atomically(file.string(), "generated\n", {.calls = &calls, .expect_absent = true}));
  EXPECT_EQ(slurp(file), "mine\n");
}

TEST_F(AtomicWrite, AReadOnlyFileIsRefusedWhenTheCallerCannotWriteIt) {
  fs::path file = dir_ / "Dockerfile";
  std::ofstream(file) << "old\n";
  ::chmod(file.c_str(), 0444);
  auto status = write_atomically(file.string(), "new\n");
  if (::geteuid() == 0) {
    EXPECT_TRUE(status) << "root may write any file";
  } else {
    ASSERT_FALSE(status);
    EXPECT_NE(status.error().message.find("not writable"), std::string::npos);
    EXPECT_EQ(slurp(file), "old\n");
  }
}

TEST_F(AtomicWrite, KeepsTheOwnerOrRefuses) {
  fs::path file = dir_ / "Dockerfile";
  std::ofstream(file) << "old\n";
  ::chmod(file.c_str(), 0666);
  if (::geteuid() != 0) GTEST_SKIP() << "giving a file away needs root";
  ASSERT_EQ(::chown(file.c_str(), 65534, 65534), 0);
  ASSERT_TRUE(write_atomically(file.string(), "new\n"));
  struct stat st {};
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, 65534u);
  EXPECT_EQ(st.st_gid, 65534u);
  EXPECT_EQ(st.st_mode & 07777, 0666u);
}

TEST_F(AtomicWrite, ADeviceNamedAsAnOutputIsWrittenInPlaceOnlyWhenAllowed) {
  EXPECT_FALSE(write_atomically("/dev/null", "x"));
  EXPECT_TRUE(write_atomically("/dev/null", "x", {.allow_special = true}));
}

TEST_F(AtomicWrite, AFullDeviceIsAnError) {
  auto status = write_atomically("/dev/full", "x", {.allow_special = true});
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("No space left"), std::string::npos) << status.error().message;
}

TEST_F(AtomicWrite, AWriteThatRunsOutOfRoomLeavesTheOriginalAndNoTemporary) {
  // A file size limit makes write(2) fail part-way, as a full disk does.
  fs::path file = dir_ / "sbom.json";
  std::ofstream(file) << "old\n";
  struct rlimit saved {};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  auto previous = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = saved;
  small.rlim_cur = 16;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  auto status = write_atomically(file.string(), std::string(4096, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("write failed"), std::string::npos) << status.error().message;
  EXPECT_EQ(slurp(file), "old\n");
  EXPECT_EQ(entries(dir_), 1u);
}

TEST_F(AtomicWrite, CreatesANewFileAndItsDirectoriesWhenAsked) {
  fs::path file = dir_ / "a/b/file";
  EXPECT_FALSE(write_atomically(file.string(), "x")) << "directories are only made on request";
  ASSERT_TRUE(write_atomically(file.string(), "one\n", {.create_directories = true}));
  ASSERT_TRUE(write_atomically(file.string(), "two\n", {.create_directories = true}));
  EXPECT_EQ(slurp(file), "two\n");
  EXPECT_EQ(entries(dir_ / "a/b"), 1u);
}

TEST_F(AtomicWrite, AFileWhereADirectoryShouldBeIsAnErrorNamingIt) {
  std::ofstream(dir_ / "blocker") << "a file, not a directory\n";
  auto status = write_atomically((dir_ / "blocker/file").string(), "x", {.create_directories = true});
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("blocker"), std::string::npos);
}

}  // namespace
}  // namespace plimsoll::util
