// Output formats for findings. Each format is one file; they all read the same core::FileReport
// list, which the check pipeline produces in a deterministic order.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/file_report.h"
#include "core/finding.h"
#include "core/source_file.h"

namespace plimsoll::report {

struct TextOptions {
  bool color = false;
  bool explain = false;  // findings' notes under each finding
  bool summary = true;   // false: the findings alone, without the closing counts (`check -q`)
};

// What formats may need besides the results.
struct ReportContext {
  std::string tool_version;
  TextOptions text;
};

void write_text(std::ostream& out, const std::vector<core::FileReport>& results, const TextOptions& options);
void write_json(std::ostream& out, const std::vector<core::FileReport>& results);
void write_sarif(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context);
void write_checkstyle(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context);
void write_junit(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context);
void write_gitlab(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context);
void write_github(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context);
void write_gnu(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context);

// The format names `--format` accepts, in the order the help lists them.
const std::vector<std::string>& format_names();
// Writes `results` in the named format; false for an unknown name.
bool write_report(std::string_view format, std::ostream& out, const std::vector<core::FileReport>& results,
                  const ReportContext& context);

}  // namespace plimsoll::report
