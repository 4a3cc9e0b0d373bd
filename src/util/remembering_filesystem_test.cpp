#include "util/remembering_filesystem.h"

#include <gtest/gtest.h>

#include "util/memory_filesystem.h"

namespace plimsoll::util {
namespace {

// Counts what reaches the filesystem below.
class CountingFilesystem final : public Filesystem {
 public:
  explicit CountingFilesystem(const Filesystem& base) : base_(base) {}
  bool exists(std::string_view path) const override { return ++asked, base_.exists(path); }
  bool is_regular_file(std::string_view path) const override { return ++asked, base_.is_regular_file(path); }
  bool is_directory(std::string_view path) const override { return ++asked, base_.is_directory(path); }
  Result<std::string> read(std::string_view path) const override { return ++asked, base_.read(path); }
  Result<std::vector<DirEntry>> list(std::string_view dir) const override { return ++asked, base_.list(dir); }
  mutable int asked = 0;

 private:
  const Filesystem& base_;
};

TEST(RememberingFilesystem, AsksTheBaseOnceForEachQuestionAndGivesItsAnswers) {
  MemoryFilesystem memory;
  memory.add_file("app/Dockerfile", "FROM scratch\n");
  memory.add_file("app/main.go", "package main\n");
  auto counting = std::make_shared<CountingFilesystem>(memory);
  RememberingFilesystem files(counting);

  for (int round = 0; round < 3; ++round) {
    EXPECT_TRUE(files.exists("app/Dockerfile"));
    EXPECT_TRUE(files.is_regular_file("app/Dockerfile"));
    EXPECT_FALSE(files.is_directory("app/Dockerfile"));
    EXPECT_TRUE(files.is_directory("app"));
    EXPECT_FALSE(files.exists("app/missing"));
    auto entries = files.list("app");
    ASSERT_TRUE(entries.has_value());
    ASSERT_EQ(entries->size(), 2u);
    EXPECT_EQ((*entries)[0].name, "Dockerfile");
    EXPECT_FALSE(files.list("nowhere").has_value());
  }
  EXPECT_EQ(counting->asked, 7);

  // Texts are read each time they are asked for.
  EXPECT_EQ(*files.read("app/main.go"), "package main\n");
  EXPECT_EQ(*files.read("app/main.go"), "package main\n");
  EXPECT_EQ(counting->asked, 9);
}

}  // namespace
}  // namespace plimsoll::util
