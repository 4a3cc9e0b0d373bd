#include "init/base_choice.h"

#include <gtest/gtest.h>

#include "init/bases.h"

namespace plimsoll::init {
namespace {

Detection project(const std::string& ecosystem, const std::string& language_version, std::vector<VersionRequirement> requirements) {
  Detection d;
  d.ecosystem = ecosystem;
  d.language_version = language_version;
  d.version_requirements = std::move(requirements);
  choose_base(d);
  return d;
}

bool has_note(const Detection& d, const std::string& part) {
  for (const auto& n : d.notes) {
    if (n.find(part) != std::string::npos) return true;
  }
  return false;
}

// The expectations are read from the recorded bases, so refreshing them keeps these true.
TEST(BaseChoice, AMinimumGetsTheNewestRecordedRelease) {
  auto newest = Bases::get().recorded("go").front();
  auto d = project("go", "1.22", {{"1.22", VersionGrammar::kMinimum, "the go directive"}});
  EXPECT_EQ(d.base_image, newest.image);
  EXPECT_EQ(d.language_version, newest.key);
  EXPECT_NE(d.base_image.find("@sha256:"), std::string::npos);
  EXPECT_TRUE(d.notes.empty());

  auto python = Bases::get().recorded("python");
  ASSERT_GE(python.size(), 2u);
  d = project("python", "3.11", {{">=3.11", VersionGrammar::kPep440, "requires-python"}});
  EXPECT_EQ(d.base_image, python.front().image);
}

TEST(BaseChoice, AnUpperBoundOrExactSeriesIsHonoured) {
  auto python = Bases::get().recorded("python");
  ASSERT_GE(python.size(), 2u);
  const auto& newest = python[0];
  const auto& second = python[1];
  auto d = project("python", newest.key, {{"<" + newest.key, VersionGrammar::kPep440, "requires-python"}});
  EXPECT_EQ(d.base_image, second.image);
  d = project("python", second.key, {{"==" + second.key + ".*", VersionGrammar::kPep440, "requires-python"}});
  EXPECT_EQ(d.base_image, second.image);
  d = project("python", second.key, {{second.key, VersionGrammar::kSeries, ".python-version"}});
  EXPECT_EQ(d.base_image, second.image);

  auto node = Bases::get().recorded("node");
  d = project("node", node.back().key, {{"^" + node.back().key, VersionGrammar::kNpm, "engines.node"}});
  EXPECT_EQ(d.base_image, node.back().image);
}

TEST(BaseChoice, EveryRequirementMustHold) {
  auto newest = Bases::get().recorded("go").front();
  auto d = project("go", "1.21", {{"1.21", VersionGrammar::kMinimum, "the go directive"},
                                  {"go99.0.0", VersionGrammar::kMinimum, "the toolchain line"}});
  EXPECT_EQ(d.base_image, "golang:99.0-bookworm");
  EXPECT_TRUE(has_note(d, "the toolchain line \"go99.0.0\""));
}

TEST(BaseChoice, NothingRecordedFallsBackToThePlainTagWithANoteAUserCanFollow) {
  auto d = project("python", "99.1", {{">=99.1", VersionGrammar::kPep440, "requires-python"}});
  EXPECT_EQ(d.base_image, "python:99.1-slim-bookworm");
  EXPECT_EQ(d.language_version, "99.1");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_TRUE(has_note(d, "names python:99.1-slim-bookworm by tag alone"));
  EXPECT_TRUE(has_note(d, "`ARG PYTHON_IMAGE=` line"));
  EXPECT_TRUE(has_note(d, "docker buildx imagetools inspect"));
  EXPECT_TRUE(has_note(d, "DF005"));
  // Nothing but what a user of the installed binary has.
  EXPECT_FALSE(has_note(d, "data/"));
  EXPECT_FALSE(has_note(d, ".yaml"));

  // A patch release newer than the recorded one keeps its precision in the tag.
  auto go = Bases::get().recorded("go").front();
  Version later = go.version;
  ++later.parts[2];
  std::string text = std::to_string(later.parts[0]) + "." + std::to_string(later.parts[1]) + "." + std::to_string(later.parts[2]);
  d = project("go", go.key, {{text, VersionGrammar::kMinimum, "the go directive"}});
  EXPECT_EQ(d.base_image, "golang:" + text + "-bookworm");
}

TEST(BaseChoice, ARangeThatDoesNotParseIsNotedAndTheVersionAsFoundIsUsed) {
  auto d = project("node", "22", {{"lts/*", VersionGrammar::kNpm, "engines.node"}});
  EXPECT_EQ(d.base_image, Bases::get().image("node", "22"));
  EXPECT_TRUE(has_note(d, "engines.node \"lts/*\""));
}

TEST(BaseChoice, WithoutRequirementsTheDetectedVersionIsKept) {
  auto d = project("rust", Bases::get().default_version("rust"), {});
  EXPECT_EQ(d.base_image, Bases::get().image("rust", Bases::get().default_version("rust")));
  EXPECT_TRUE(d.notes.empty());
}

}  // namespace
}  // namespace plimsoll::init
