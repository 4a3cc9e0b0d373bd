#include "util/file_io.h"

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace plimsoll::util {
namespace {

namespace fs = std::filesystem;

class ReadFileTest : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("plimsoll-io-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  std::string at(const std::string& relative) const { return (root_ / relative).string(); }
  fs::path root_;
};

TEST_F(ReadFileTest, ReadsARegularFile) {
  std::ofstream(at("Dockerfile")) << "FROM debian\n";
  auto text = read_file(at("Dockerfile"));
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "FROM debian\n");
}

// A FIFO with no writer would block an ordinary open() forever.
TEST_F(ReadFileTest, RefusesAFifoWithoutWaitingForAWriter) {
  ASSERT_EQ(::mkfifo(at("Dockerfile").c_str(), 0600), 0);
  auto start = std::chrono::steady_clock::now();
  auto text = read_file(at("Dockerfile"));
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().message, at("Dockerfile") + ": is a FIFO, not a regular file; not read");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST_F(ReadFileTest, RefusesDevicesDirectoriesAndProcFiles) {
  auto device = read_file("/dev/zero");
  ASSERT_FALSE(device);
  EXPECT_EQ(device.error().message, "/dev/zero: is a device, not a regular file; not read");
  auto dir = read_file(root_.string());
  ASSERT_FALSE(dir);
  EXPECT_EQ(dir.error().message, root_.string() + ": is a directory");
  auto environ = read_file("/proc/self/environ");
  ASSERT_FALSE(environ);
  EXPECT_EQ(environ.error().message, "/proc/self/environ: is a /proc or /sys pseudo-file; not read");
}

TEST_F(ReadFileTest, ASymlinkToProcIsRefusedToo) {
  fs::create_symlink("/proc/self/environ", at("Dockerfile"));
  auto text = read_file(at("Dockerfile"));
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("pseudo-file"), std::string::npos);
}

TEST_F(ReadFileTest, RefusesFilesOverTheLimit) {
  std::ofstream(at("big")) << std::string(100, 'x');
  auto text = read_file(at("big"), 10);
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().message, at("big") + ": file is larger than 10 bytes");
}

}  // namespace
}  // namespace plimsoll::util
