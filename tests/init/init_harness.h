// Helpers for the `plimsoll init` end-to-end tests: fixture projects copied to a temporary
// directory, the files under a directory, and the findings `plimsoll check` reports there.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace plimsoll::testing_init {

namespace fs = std::filesystem;

inline fs::path fixtures_dir() { return fs::path(PLIMSOLL_SOURCE_DIR) / "tests/init/fixtures"; }

// Relative path → text of every regular file under `dir`.
inline std::map<std::string, std::string> files_under(const fs::path& dir) {
  std::map<std::string, std::string> out;
  if (!fs::exists(dir)) return out;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    out[entry.path().lexically_relative(dir).generic_string()] = std::string(std::istreambuf_iterator<char>(in), {});
  }
  return out;
}

// "file: RULE message" for every finding of `plimsoll check` on `dir`, and how many files it read.
struct CheckResult {
  std::vector<std::string> findings;
  std::size_t files = 0;
  bool parsed = false;
};

inline CheckResult check_findings(const fs::path& dir) {
  CheckResult result;
  auto r = testing_cli::run("check --format json --fail-on none " + dir.string());
  auto json = nlohmann::json::parse(r.out, nullptr, false);
  if (json.is_discarded() || !json.contains("files")) {
    result.findings.push_back("unparsable output: " + r.out);
    return result;
  }
  result.parsed = true;
  for (const auto& file : json["files"]) {
    ++result.files;
    for (const auto& f : file["findings"]) {
      result.findings.push_back(file["path"].get<std::string>() + ": " + f["id"].get<std::string>() + " " + f.value("message", ""));
    }
  }
  return result;
}

}  // namespace plimsoll::testing_init
