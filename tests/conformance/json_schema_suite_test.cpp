// The draft-07 files of the JSON-Schema-Test-Suite (Debian's json-schema-test-suite package),
// read in place: every case runs; cases whose schema uses a part we deliberately leave out
// (remote refs, `$id` scoping, unsupported keywords) are skipped with the compiler's reason.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "jsonschema/validator.h"

namespace plimsoll::jsonschema {
namespace {

using nlohmann::json;

std::string suite_dir() {
  const char* override_dir = std::getenv("PLIMSOLL_JSON_SCHEMA_SUITE");
  return override_dir != nullptr ? override_dir : "/usr/share/json-schema-test-suite/tests/draft7";
}

bool require_data() {
  const char* value = std::getenv("PLIMSOLL_REQUIRE_TEST_DATA");
  return value != nullptr && std::string(value) == "1";
}

struct SuiteCase {
  std::string file;  // keyword file without ".json"
  std::string group;
  std::string description;
  std::shared_ptr<const json> schema;  // shared by the cases of one group
  json data;
  bool valid = false;
  std::string name;
};

void PrintTo(const SuiteCase& c, std::ostream* os) {
  *os << c.file << " / " << c.group << " / " << c.description;
}

std::string identifier(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (word) {
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

std::vector<SuiteCase> load_cases() {
  std::vector<SuiteCase> cases;
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(suite_dir(), ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    json groups = json::parse(in, nullptr, false);
    if (!groups.is_array()) continue;
    std::string file = path.stem().string();
    std::size_t group_index = 0;
    for (const json& group : groups) {
      auto schema = std::make_shared<const json>(group.at("schema"));
      std::size_t test_index = 0;
      for (const json& test : group.at("tests")) {
        SuiteCase c{file,
                    group.at("description").get<std::string>(),
                    test.at("description").get<std::string>(),
                    schema,
                    test.at("data"),
                    test.at("valid").get<bool>(),
                    {}};
        // Indexes keep names unique where descriptions repeat.
        c.name = identifier(file) + "_" + std::to_string(group_index) + "_" +
                 std::to_string(test_index) + "_" + identifier(c.group + " " + c.description);
        cases.push_back(std::move(c));
        ++test_index;
      }
      ++group_index;
    }
  }
  if (cases.empty()) cases.push_back({"missing", "", "", nullptr, {}, false, "suite_missing"});
  return cases;
}

struct Tally {
  int passed = 0;
  int skipped = 0;
  int failed = 0;
};

std::map<std::string, Tally>& tallies() {
  static std::map<std::string, Tally> by_file;
  return by_file;
}

// Prints passed/skipped/failed per keyword file once every case has run.
class SummaryEnvironment : public testing::Environment {
 public:
  void TearDown() override {
    for (const auto& [file, tally] : tallies()) {
      std::cout << "[ suite    ] " << file << ": " << tally.passed << " passed, " << tally.skipped
                << " skipped, " << tally.failed << " failed\n";
    }
  }
};

[[maybe_unused]] testing::Environment* const kSummary =
    testing::AddGlobalTestEnvironment(new SummaryEnvironment);

class JsonSchemaSuite : public testing::TestWithParam<SuiteCase> {};

TEST_P(JsonSchemaSuite, Case) {
  const SuiteCase& c = GetParam();
  if (c.schema == nullptr) {
    if (require_data()) FAIL() << "no draft7 files in " << suite_dir();
    GTEST_SKIP() << "json-schema-test-suite is not installed (" << suite_dir() << ")";
  }
  Tally& tally = tallies()[c.file];
  auto validator = Validator::compile(*c.schema);
  ASSERT_TRUE(validator) << validator.error().message;
  if (!validator->diagnostics().empty()) {
    ++tally.skipped;
    const SchemaDiagnostic& why = validator->diagnostics().front();
    GTEST_SKIP() << "deliberately unsupported: " << why.message << " (at " << why.schema_location
                 << ")";
  }
  bool valid = validator->is_valid(c.data);
  std::vector<ValidationError> errors = validator->validate(c.data);
  bool agree = valid == c.valid && errors.empty() == c.valid;
  ++(agree ? tally.passed : tally.failed);
  EXPECT_EQ(valid, c.valid) << "schema " << c.schema->dump() << "\ndata " << c.data.dump();
  EXPECT_EQ(errors.empty(), c.valid) << (errors.empty() ? "" : errors.front().message);
}

INSTANTIATE_TEST_SUITE_P(Draft7, JsonSchemaSuite, testing::ValuesIn(load_cases()),
                         [](const testing::TestParamInfo<SuiteCase>& param) {
                           return param.param.name;
                         });

}  // namespace
}  // namespace plimsoll::jsonschema
