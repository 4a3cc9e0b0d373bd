// Runs the built `plimsoll` binary (stdout and stderr together) and gives each test its own
// temporary directory.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace plimsoll::testing_cli {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out;
};

// `stderr_to`: where the binary's standard error goes ("&1": into `out` with standard output).
inline CliRun run(const std::string& args, const std::string& env = "NO_COLOR=1", const std::string& stderr_to = "&1") {
  std::string command = env + " " + PLIMSOLL_BINARY_DIR + "/src/app/plimsoll " + args + " 2>" + stderr_to;
  CliRun result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

class Cli : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("plimsoll-cli-" + std::to_string(::getpid()) + "-" +
                                         testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& relative, const std::string& text) {
    fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
  }
  std::string dir() const { return root_.string(); }
  fs::path root_;
};

}  // namespace plimsoll::testing_cli
