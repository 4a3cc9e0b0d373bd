// The inline expectations of rule case files, shared by the Dockerfile and project harnesses:
//   # expect DF004            a finding on the next line that is neither blank nor a comment
//   # expect DF004 @+1:6      a finding on the line 1 below this comment, at column 6
//   # expect DC003 @=1        a finding on line 1 (for what a file lacks)
//   # expect DC015 @+1:11 "USER app"   …whose message contains the quoted text
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/source_file.h"

namespace plimsoll::rules::testing_cases {

struct Expectation {
  uint32_t line = 0;
  uint32_t column = 0;  // 0: any column
  std::string message_part;  // empty: any message

  bool matches(uint32_t at_line, uint32_t at_column, const std::string& message) const {
    return at_line == line && (column == 0 || at_column == column) &&
           (message_part.empty() || message.find(message_part) != std::string::npos);
  }
};

std::vector<Expectation> expectations(const core::SourceFile& source, const std::string& rule_id);

}  // namespace plimsoll::rules::testing_cases
