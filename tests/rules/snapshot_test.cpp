// The snapshot files themselves: each belongs to a case that still exists, names map back to
// their case, and the update flag rewrites what a comparison would reject.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "session/session.h"
#include "rules/registry.h"
#include "snapshots.h"
#include "util/file_io.h"

namespace plimsoll::rules::testing_cases {
namespace {

namespace fs = std::filesystem;

fs::path scratch_dir(const std::string& name) {
  fs::path dir =
      fs::temp_directory_path() / ("plimsoll-snapshot-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST(SnapshotFiles, EachBelongsToACaseThatExists) {
  std::size_t seen = 0;
  for (const Rule* rule : all_rules()) {
    fs::path dir = fs::path(PLIMSOLL_SOURCE_DIR) / "src/rules" / std::string(rule->info().family) /
                   (std::string(rule->info().doc_stem) + ".cases");
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (!is_snapshot_file(entry.path())) continue;
      ++seen;
      if (fs::exists(owning_case(entry.path()))) continue;
      if (updating_snapshots()) {
        fs::remove(entry.path());
      } else {
        ADD_FAILURE() << entry.path().string()
                      << " belongs to no case; remove it (scripts/update-snapshots does)";
      }
    }
  }
  EXPECT_GT(seen, 300u);
}

TEST(SnapshotFiles, NamesMapBackToTheirCase) {
  fs::path dir = scratch_dir("names");
  write(dir / "bad_a.Dockerfile", "FROM scratch\n");
  fs::create_directories(dir / "bad_b.v2");
  EXPECT_EQ(owning_case(dir / "bad_a.Dockerfile.snap"), dir / "bad_a.Dockerfile");
  EXPECT_EQ(owning_case(dir / "bad_a.Dockerfile.fixed"), dir / "bad_a.Dockerfile");
  EXPECT_EQ(owning_case(dir / "bad_b.v2.snap"), dir / "bad_b.v2");
  EXPECT_EQ(owning_case(dir / "bad_b.v2.compose.yaml.fixed"), dir / "bad_b.v2");
  EXPECT_EQ(owning_case(dir / "bad_b.v2.app__Dockerfile.fixed"), dir / "bad_b.v2");
  EXPECT_FALSE(fs::exists(owning_case(dir / "gone.Dockerfile.snap")));
  EXPECT_TRUE(is_snapshot_file("x.Dockerfile.fixed"));
  EXPECT_FALSE(is_snapshot_file("Dockerfile"));
  fs::remove_all(dir);
}

// With the flag the text output and the fixed file are written; without it a changed
// snapshot fails, and a `.fixed` no fix produces any more is reported stale.
TEST(SnapshotFiles, UpdateFlagRewritesWhatAComparisonRejects) {
  fs::path dir = scratch_dir("update");
  fs::path case_file = dir / "bad_add.Dockerfile";
  const std::string text = "FROM alpine:3.20\nADD app.py /app/\n";
  write(case_file, text);
  const Rule& rule = *find_rule("DF065");
  auto run = [&](const core::SourceFile& source) {
    return session::check_dockerfile_text(source.path(), std::string(source.text()), {&rule}).findings;
  };
  core::SourceFile source(case_file.string(), text);
  auto findings = run(source);
  ASSERT_EQ(findings.size(), 1u);

  // Run under scripts/update-snapshots too: the flag is set here and put back as it was.
  const char* before = std::getenv("PLIMSOLL_UPDATE_SNAPSHOTS");
  std::string saved = before == nullptr ? "" : before;
  ::setenv("PLIMSOLL_UPDATE_SNAPSHOTS", "1", 1);
  expect_file_snapshots(case_file, source, rule, findings, run);
  ::unsetenv("PLIMSOLL_UPDATE_SNAPSHOTS");
  auto snap = util::read_file(case_file.string() + ".snap");
  ASSERT_TRUE(snap);
  EXPECT_EQ(snap->rfind("bad_add.Dockerfile:2:1: warning DF065 add-instead-of-copy: ", 0), 0u)
      << *snap;
  EXPECT_NE(snap->find("1 finding(s) in 1 of 1 file(s)"), std::string::npos) << *snap;
  auto fixed = util::read_file(case_file.string() + ".fixed");
  ASSERT_TRUE(fixed);
  EXPECT_EQ(*fixed, "FROM alpine:3.20\nCOPY app.py /app/\n");

  expect_file_snapshots(case_file, source, rule, findings, run);  // unchanged: passes
  write(case_file.string() + ".snap", "something else\n");
  EXPECT_NONFATAL_FAILURE(expect_file_snapshots(case_file, source, rule, findings, run),
                          "is not what the case prints");

  core::SourceFile good(case_file.string(), "FROM alpine:3.20\nCOPY app.py /app/\n");
  write(case_file.string() + ".snap", "1 file(s) checked, no findings\n");
  EXPECT_NONFATAL_FAILURE(expect_file_snapshots(case_file, good, rule, run(good), run), "is stale");
  if (before != nullptr) ::setenv("PLIMSOLL_UPDATE_SNAPSHOTS", saved.c_str(), 1);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace plimsoll::rules::testing_cases
