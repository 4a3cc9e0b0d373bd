// What every whole-check fuzz target asks of the reports: each format renders without throwing,
// human formats carry no byte that could steer a terminal, machine formats stay parseable.
#pragma once

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/file_report.h"
#include "report/report.h"

namespace plimsoll::fuzzing {

// Every report format on `results`: none may throw, human formats carry no byte that could
// steer a terminal, machine formats stay parseable.
inline void render_every_format(const std::vector<core::FileReport>& results) {
  report::ReportContext context;
  context.tool_version = "fuzz";
  for (const std::string& format : report::format_names()) {
    std::ostringstream out;
    if (!report::write_report(format, out, results, context)) std::abort();
    std::string text = out.str();
    if (format == "json" || format == "sarif" || format == "gitlab") {
      if (nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false).is_discarded()) std::abort();
    }
    if (format == "text" || format == "gnu" || format == "github" || format == "checkstyle" || format == "junit") {
      for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) std::abort();
      }
    }
  }
}

}  // namespace plimsoll::fuzzing
