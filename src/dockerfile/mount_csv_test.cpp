#include "dockerfile/mount_csv.h"

#include <gtest/gtest.h>

namespace plimsoll::dockerfile::internal {
namespace {

std::vector<std::string> texts(const CsvRecord& record) {
  std::vector<std::string> out;
  for (const auto& f : record.fields) out.push_back(f.text);
  return out;
}

TEST(MountCsv, SplitsOnCommasAndKeepsOffsets) {
  CsvRecord r = read_csv_record("type=cache,target=/x");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(texts(r), (std::vector<std::string>{"type=cache", "target=/x"}));
  EXPECT_EQ(r.fields[1].begin, 11u);
  EXPECT_EQ(r.fields[1].end, 20u);
}

TEST(MountCsv, QuotedFieldsKeepCommasAndDoubledQuotes) {
  CsvRecord r = read_csv_record("\"source=a,b\",\"target=say \"\"hi\"\"\"");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(texts(r), (std::vector<std::string>{"source=a,b", "target=say \"hi\""}));
  EXPECT_TRUE(r.fields[0].quoted);
  EXPECT_EQ(r.fields[0].begin, 0u);
  EXPECT_EQ(r.fields[0].end, 12u);  // the closing quote included
}

TEST(MountCsv, EmptyFieldsAreFields) {
  EXPECT_EQ(texts(read_csv_record("a,,b,")), (std::vector<std::string>{"a", "", "b", ""}));
  EXPECT_EQ(texts(read_csv_record(",")), (std::vector<std::string>{"", ""}));
}

TEST(MountCsv, LeadingBlankLinesAreSkippedAndOnlyTheFirstRecordCounts) {
  EXPECT_EQ(texts(read_csv_record("\n\r\na,b\nc,d")), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(texts(read_csv_record("a,b\r\nc")), (std::vector<std::string>{"a", "b"}));
}

TEST(MountCsv, ErrorsAreGosMessagesAtTheOffendingByte) {
  CsvRecord empty = read_csv_record("");
  EXPECT_EQ(empty.error, "EOF");
  CsvRecord bare = read_csv_record("type=bind,src=a\"b");
  EXPECT_EQ(bare.error, "bare \" in non-quoted-field");
  EXPECT_EQ(bare.error_at, 15u);
  CsvRecord trailing = read_csv_record("\"a\"b,c");
  EXPECT_EQ(trailing.error, "extraneous or missing \" in quoted-field");
  EXPECT_EQ(trailing.error_at, 2u);
  EXPECT_EQ(read_csv_record("\"open,a").error, "extraneous or missing \" in quoted-field");
}

}  // namespace
}  // namespace plimsoll::dockerfile::internal
