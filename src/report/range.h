// 1-based line/column ranges of findings, shared by every output format. Columns count code
// points, as the text and JSON formats document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/finding.h"
#include "core/source_file.h"

namespace plimsoll::report {

struct Range {
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t end_line = 0;
  uint32_t end_column = 0;
};

Range range_of(const core::SourceFile& source, core::Span span);

// Markup-safe text for XML attributes and content.
std::string xml_escape(std::string_view text);
// A stable 64-bit FNV-1a hash in hex, for fingerprints that must not change between runs.
std::string stable_hash(std::string_view text);

}  // namespace plimsoll::report
