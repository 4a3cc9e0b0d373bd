// Facts restated from BuildKit's parser unit tests (../shared/conformance/buildkit-parser-extra):
// heredocs, empty-continuation warnings, heredoc words, JSON arrays and word splitting.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "conformance_data.h"
#include "dockerfile/dump.h"
#include "dockerfile/parser.h"
#include "dockerfile/parser_internal.h"
#include "util/line_index.h"

namespace plimsoll::dockerfile {
namespace {

using nlohmann::json;

std::vector<json> read_jsonl(const std::string& relative) {
  std::vector<json> rows;
  for (const auto& line : conformance::read_lines(relative)) {
    if (!line.empty()) rows.push_back(json::parse(line));
  }
  return rows;
}

TEST(BuildKitExtra, HeredocBodiesAndDumps) {
  Dockerfile file = parse(conformance::read_data("buildkit-parser-extra/heredoc/Dockerfile"));
  ASSERT_TRUE(file.ok()) << (file.diagnostics.empty() ? "" : file.diagnostics.front().message);
  json expected = json::parse(conformance::read_data("buildkit-parser-extra/heredoc/expected.json"));
  std::string dump = dump_ast(file);
  std::vector<std::string> dumped;
  for (std::size_t start = 0; start < dump.size();) {
    std::size_t end = dump.find('\n', start);
    dumped.push_back(dump.substr(start + 1, end - start - 2));  // strip "(" and ")"
    start = end + 1;
  }
  ASSERT_EQ(file.instructions.size(), expected.size());
  for (const auto& child : expected) {
    std::size_t index = child["child_index"].get<std::size_t>();
    SCOPED_TRACE("child " + std::to_string(index));
    EXPECT_EQ(dumped.at(index), child["dump"].get<std::string>());
    const auto& docs = file.instructions.at(index).heredocs;
    ASSERT_EQ(docs.size(), child["heredocs"].size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
      const json& want = child["heredocs"][i];
      EXPECT_EQ(docs[i].name, want["Name"].get<std::string>());
      EXPECT_EQ(docs[i].content, want["Content"].get<std::string>());
      EXPECT_EQ(docs[i].expand, want["Expand"].get<bool>());
      EXPECT_EQ(docs[i].chomp, want["Chomp"].get<bool>());
      EXPECT_EQ(docs[i].file_descriptor, want["FileDescriptor"].get<int>());
    }
  }
}

TEST(BuildKitExtra, EmptyContinuationWarnings) {
  std::string text = conformance::read_data("buildkit-parser-extra/empty-continuation/Dockerfile");
  Dockerfile file = parse(text);
  ASSERT_TRUE(file.ok());
  json expected = json::parse(conformance::read_data("buildkit-parser-extra/empty-continuation/expected.json"));
  std::vector<const core::Diagnostic*> warnings;
  for (const auto& d : file.diagnostics) {
    if (d.severity == core::Severity::kWarning) warnings.push_back(&d);
  }
  ASSERT_EQ(warnings.size(), expected["warnings"].size());
  util::LineIndex lines(text);
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    EXPECT_EQ(warnings[i]->message, expected["warnings"][i]["short"].get<std::string>());
    EXPECT_EQ(lines.locate(warnings[i]->span.begin).line, expected["warnings"][i]["line"].get<uint32_t>());
  }
  ASSERT_EQ(file.instructions.size(), expected["children"].size());
  std::string dump = dump_ast(file);
  std::size_t start = 0;
  for (std::size_t i = 0; i < file.instructions.size(); ++i) {
    const json& child = expected["children"][i];
    std::size_t end = dump.find('\n', start);
    EXPECT_EQ(dump.substr(start + 1, end - start - 2), child["dump"].get<std::string>());
    start = end + 1;
    EXPECT_EQ(file.instructions[i].start_line, child["start_line"].get<uint32_t>());
    EXPECT_EQ(file.instructions[i].end_line, child["end_line"].get<uint32_t>());
  }
}

TEST(BuildKitExtra, HeredocWords) {
  auto rows = read_jsonl("buildkit-parser-extra/heredoc-words.jsonl");
  ASSERT_EQ(rows.size(), 20u);
  for (const auto& row : rows) {
    std::string word = row["word"].get<std::string>();
    internal::HeredocWord doc;
    auto result = internal::parse_heredoc_word(word, doc);
    std::string want = row["result"].get<std::string>();
    if (want == "heredoc") {
      EXPECT_EQ(result, internal::HeredocWordResult::kHeredoc) << word;
      EXPECT_EQ(doc.name, row["name"].get<std::string>()) << word;
    } else if (want == "error") {
      EXPECT_EQ(result, internal::HeredocWordResult::kError) << word;
    } else {
      EXPECT_EQ(result, internal::HeredocWordResult::kNotHeredoc) << word;
    }
  }
}

TEST(BuildKitExtra, HeredocsFromLine) {
  auto rows = read_jsonl("buildkit-parser-extra/heredocs-from-line.jsonl");
  ASSERT_EQ(rows.size(), 9u);
  for (const auto& row : rows) {
    std::string line = row["line"].get<std::string>();
    std::vector<std::string> names;
    for (const auto& doc : internal::heredocs_from_line(line)) names.push_back(doc.name);
    EXPECT_EQ(names, row["names"].get<std::vector<std::string>>()) << line;
  }
}

TEST(BuildKitExtra, JsonArrays) {
  auto rows = read_jsonl("buildkit-parser-extra/json-arrays.jsonl");
  ASSERT_EQ(rows.size(), 16u);
  for (const auto& row : rows) {
    std::string input = row["input"].get<std::string>();
    std::vector<internal::Piece> items;
    auto result = internal::parse_json_string_array(input, items);
    if (row["result"] == "ok") {
      ASSERT_EQ(result, internal::JsonArrayResult::kOk) << input;
      std::vector<std::string> values;
      for (auto& item : items) values.push_back(item.value);
      EXPECT_EQ(values, row["values"].get<std::vector<std::string>>()) << input;
    } else {
      EXPECT_EQ(result, internal::JsonArrayResult::kNotStringArray) << input;
    }
  }
}

TEST(BuildKitExtra, QuoteAwareWords) {
  auto rows = read_jsonl("buildkit-parser-extra/parse-words.jsonl");
  ASSERT_EQ(rows.size(), 8u);
  for (const auto& row : rows) {
    std::string input = row["input"].get<std::string>();
    std::vector<std::string> words;
    for (auto& w : internal::parse_words(input, '\\')) words.push_back(w.value);
    EXPECT_EQ(words, row["words"].get<std::vector<std::string>>()) << input;
  }
}

}  // namespace
}  // namespace plimsoll::dockerfile
