// Human output: `path:line:col: severity ID name: [*] message` (`[*]` a safe fix, `[~]` an
// unsafe one), the source line and a caret
// under the span, then a summary. Colour only when asked (the app decides from TTY/NO_COLOR).
#include <algorithm>

#include "report/report.h"
#include "util/format.h"
#include "util/printable.h"

namespace plimsoll::report {
namespace {

std::string_view severity_color(core::Severity s) {
  switch (s) {
    case core::Severity::kError: return "\x1b[1;31m";
    case core::Severity::kWarning: return "\x1b[1;33m";
    case core::Severity::kInfo: return "\x1b[1;36m";
    case core::Severity::kStyle: return "\x1b[1;35m";
  }
  return "";
}

// Under the line as util::printable shows it: tabs are kept so the caret lines up under them,
// an escaped character is as wide as its escape, every other character is one column.
std::string caret_line(std::string_view line, uint32_t column, uint32_t width) {
  std::string out;
  uint32_t col = 1;
  std::size_t i = 0;
  for (; i < line.size() && col < column; ++col) {
    std::size_t len = 1;
    std::size_t shown = util::printable_width(line, i, len);
    if (line[i] == '\t') out.push_back('\t');
    else out.append(shown, ' ');
    i += len;
  }
  std::size_t underline = 0;
  for (uint32_t n = 0; n < width; ++n) {
    std::size_t len = 1;
    underline += i < line.size() ? util::printable_width(line, i, len) : 1;
    i += len;
  }
  out.push_back('^');
  out.append(underline > 1 ? underline - 1 : 0, '~');
  return out;
}

}  // namespace

void write_text(std::ostream& out, const std::vector<core::FileReport>& results, const TextOptions& options) {
  const char* bold = options.color ? "\x1b[1m" : "";
  const char* reset = options.color ? "\x1b[0m" : "";
  std::size_t counts[4] = {0, 0, 0, 0};
  std::size_t files_with_findings = 0;
  std::size_t fixable = 0, unsafe_fixable = 0;
  for (const auto& result : results) {
    if (!result.error.empty()) {
      out << util::format("{}error{}: {}\n", options.color ? "\x1b[1;31m" : "", reset, util::printable(result.error));
      continue;
    }
    if (!result.findings.empty()) ++files_with_findings;
    for (const auto& f : result.findings) {
      ++counts[static_cast<int>(f.severity)];
      // `[*]`: `plimsoll fix` fixes it; `[~]`: only `plimsoll fix --unsafe-fixes` does.
      std::string_view mark = !f.fix ? "" : f.fix->safe() ? "[*] " : "[~] ";
      if (f.fix) ++(f.fix->safe() ? fixable : unsafe_fixable);
      auto begin = result.source->begin_of(f.span);
      auto end = result.source->end_of(f.span);
      // Paths, messages and lines come from the files checked: printed through util::printable.
      out << util::format("{}{}:{}:{}:{} {}{}{} {} {}: {}{}\n", bold, util::printable(result.path), begin.line,
                          begin.column, reset, options.color ? severity_color(f.severity) : "",
                          core::severity_name(f.severity), reset, f.rule_id, util::printable(f.rule_name), mark,
                          util::printable(f.message));
      std::string_view line = result.source->lines().line_text(begin.line);
      if (line.size() <= 400) {  // a caret under a huge line helps nobody
        uint32_t width = end.line == begin.line && end.column > begin.column ? end.column - begin.column : 1;
        out << "  " << util::printable(line) << "\n  " << (options.color ? "\x1b[32m" : "")
            << caret_line(line, begin.column, width) << reset << "\n";
      }
      if (options.explain) {
        for (const auto& note : f.notes) out << "  note: " << util::printable(note) << "\n";
      }
    }
  }
  if (!options.summary) return;
  std::size_t total = counts[0] + counts[1] + counts[2] + counts[3];
  std::size_t unchecked = 0;
  for (const auto& result : results) unchecked += result.error.empty() ? 0 : 1;
  // A run that could not read everything never says "no findings": what it did not read may have them.
  if (unchecked > 0) out << util::format("{} of {} path(s) could not be checked: the check is incomplete\n", unchecked, results.size());
  if (total == 0 && unchecked == 0) {
    out << util::format("{} file(s) checked, no findings\n", results.size());
  } else if (total > 0) {
    out << util::format("{} finding(s) in {} of {} file(s): {} error, {} warning, {} info, {} style\n", total,
                        files_with_findings, results.size(), counts[3], counts[2], counts[1], counts[0]);
  }
  if (fixable > 0) out << util::format("{} fixable with `plimsoll fix`\n", fixable);
  if (unsafe_fixable > 0) out << util::format("{} more with `plimsoll fix --unsafe-fixes`\n", unsafe_fixable);
}

}  // namespace plimsoll::report
