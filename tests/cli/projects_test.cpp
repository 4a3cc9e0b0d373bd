// Whole projects under tests/projects/, checked the way users run plimsoll: the compose stacks,
// env files, Makefile and Dockerfiles of a per-environment layout, found and tied together.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::run;

// file (relative to the project) → rule IDs found in it.
std::map<std::string, std::set<std::string>> findings_by_file(const std::string& project, const std::string& profile = "") {
  std::string root = std::string(PLIMSOLL_SOURCE_DIR) + "/tests/projects/" + project;
  auto r = run("check --format json --fail-on none " + (profile.empty() ? "" : "--profile " + profile + " ") + root);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  std::map<std::string, std::set<std::string>> out;
  auto json = nlohmann::json::parse(r.out, nullptr, false);
  if (json.is_discarded()) {
    ADD_FAILURE() << r.out;
    return out;
  }
  for (const auto& file : json["files"]) {
    std::string path = file["path"];
    path = path.substr(root.size() + 1);
    auto& ids = out[path];
    for (const auto& f : file["findings"]) ids.insert(f["id"].get<std::string>());
  }
  return out;
}

// The project follows the per-environment layout's conventions, so it is checked with `strict`.
TEST(Projects, ShopMistakesAreFoundInTheFilesThatHoldThem) {
  auto found = findings_by_file("shop-mistakes", "strict");
  // Every container-build file of the layout is checked, and nothing else.
  std::set<std::string> files;
  for (const auto& [file, ids] : found) files.insert(file);
  EXPECT_EQ(files, (std::set<std::string>{"Makefile", "compose/docker-compose.dev.yml", "compose/docker-compose.test.yml",
                                          "docker/Dockerfile", "docker/Dockerfile.dockerignore", "env/.env.dev",
                                          "env/.env.dev.example", "env/.env.test"}));
  const std::map<std::string, std::set<std::string>> expected = {
      {"Makefile", {"LY002"}},                            // no dev-status, dev-rebuild, test-up
      // The worker is privileged through an anchor; the database has a literal password and the
      // engine socket; adminer shares the host network and is untagged; source is mounted
      // writable; the app listens on every interface.
      {"compose/docker-compose.dev.yml", {"DC002", "DC003", "DC010", "DC012", "DC013", "DC017", "DC022"}},
      {"compose/docker-compose.test.yml", {"DC015"}},  // user: root
      {"docker/Dockerfile", {"DF001", "DF006", "DF010", "DF020", "DF050", "DF054"}},
      {"env/.env.dev", {"EN001", "EN002"}},               // committed; drifted from its template
      {"env/.env.test", {"EN001", "EN003"}},              // committed; a key with a space
  };
  for (const auto& [file, ids] : expected) {
    for (const auto& id : ids) EXPECT_TRUE(found[file].contains(id)) << id << " expected in " << file;
  }
  EXPECT_TRUE(found["env/.env.dev.example"].empty()) << "templates are fine";
}

// The default profile leaves the house conventions out (Makefile target names, read-only dev
// mounts) and keeps everything that holds for any project.
TEST(Projects, ShopMistakesUnderTheDefaultProfileKeepOnlyPortableRules) {
  auto found = findings_by_file("shop-mistakes");
  EXPECT_FALSE(found["Makefile"].contains("LY002"));
  EXPECT_FALSE(found["compose/docker-compose.dev.yml"].contains("DC017"));
  for (const char* id : {"DC003", "DC010", "DC012", "DC022"}) EXPECT_TRUE(found["compose/docker-compose.dev.yml"].contains(id)) << id;
  for (const char* id : {"DF001", "DF010", "DF020"}) EXPECT_TRUE(found["docker/Dockerfile"].contains(id)) << id;
  EXPECT_TRUE(found["env/.env.test"].contains("EN003"));
}

TEST(Projects, CompliantLayoutHasNoFindingsFromAnyRule) {
  for (const char* profile : {"strict", "default"}) {
    auto found = findings_by_file("shop-compliant", profile);
    EXPECT_EQ(found.size(), 7u);
    for (const auto& [file, ids] : found) {
      for (const auto& id : ids) ADD_FAILURE() << id << " in " << file << " under " << profile;
    }
  }
}

TEST_F(Cli, EnvFileOptionInterpolatesStacksLikeComposeDoes) {
  write("compose.yaml", "services:\n  app:\n    image: shop:${VERSION}\n");
  write("ci.env", "VERSION=1.4.0\n");
  auto undefined = [&](const std::string& args) {
    return run("check --format json --fail-on none " + args + dir()).out.find("\"DC018\"") != std::string::npos;
  };
  EXPECT_TRUE(undefined(""));
  EXPECT_FALSE(undefined("--env-file " + dir() + "/ci.env "));
}

// The context a finding was judged in, and where the project states it, is in its notes: under
// the finding with --explain, as `notes` in JSON, after the message in SARIF (and the editor),
// and nowhere in plain text output.
TEST_F(Cli, ContextNotesShowWhereTheContextWasStated) {
  write("docker/Dockerfile", "FROM debian:bookworm-slim\nCOPY start.sh /usr/local/bin/start.sh\n");
  write("docker/start.sh", "#!/bin/sh\n");
  write(".dockerignore", ".git\n");
  write("docker-bake.hcl", "target \"default\" {\n  context = \".\"\n  dockerfile = \"docker/Dockerfile\"\n}\n");
  std::string note = "context `" + dir() + "` from " + dir() + "/docker-bake.hcl:1";
  auto explained = run("check --explain --color never --fail-on none " + dir());
  EXPECT_NE(explained.out.find("error DI005"), std::string::npos) << explained.out;
  EXPECT_NE(explained.out.find("  note: " + note + "\n"), std::string::npos) << explained.out;
  auto plain = run("check --color never --fail-on none " + dir());
  EXPECT_EQ(plain.out.find("note:"), std::string::npos) << plain.out;
  auto json = nlohmann::json::parse(run("check --format json --fail-on none " + dir()).out, nullptr, false);
  ASSERT_FALSE(json.is_discarded());
  bool found = false;
  for (const auto& file : json["files"]) {
    for (const auto& f : file["findings"]) {
      if (f["id"] != "DI005") continue;
      found = true;
      EXPECT_EQ(f["notes"], nlohmann::json::array({note}));
    }
  }
  EXPECT_TRUE(found) << json.dump();
  // SARIF has one text per result: the notes follow the message there, and are listed too.
  auto sarif = nlohmann::json::parse(run("check --format sarif --fail-on none " + dir()).out, nullptr, false);
  ASSERT_FALSE(sarif.is_discarded());
  found = false;
  for (const auto& r : sarif["runs"][0]["results"]) {
    if (r["ruleId"] != "DI005") continue;
    found = true;
    std::string text = r["message"]["text"];
    EXPECT_TRUE(text.ends_with("\nnote: " + note)) << text;
    EXPECT_EQ(r["properties"]["notes"], nlohmann::json::array({note}));
  }
  EXPECT_TRUE(found) << sarif.dump();

  // Without the bake file the context is assumed from the COPY sources: the Dockerfile's
  // directory, where start.sh is; nothing is reported.
  std::filesystem::remove(dir() + "/docker-bake.hcl");
  auto assumed = run("check --format json --fail-on none " + dir());
  EXPECT_EQ(assumed.out.find("\"DI005\""), std::string::npos) << assumed.out;
}

}  // namespace
