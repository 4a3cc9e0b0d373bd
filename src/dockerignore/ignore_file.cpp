#include "dockerignore/ignore_file.h"

#include "dockerignore/go_path.h"
#include "dockerignore/matcher.h"
#include "util/text.h"

namespace plimsoll::dockerignore {
namespace {

// bufio.Scanner's default limit: a longer line makes ReadAll fail, so the build fails.
constexpr std::size_t kMaxLine = 64 * 1024 - 1;

uint32_t code_points(std::string_view s) {
  uint32_t n = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t length = 1;
    util::decode_utf8(s, pos, length);
    pos += length;
    ++n;
  }
  return n;
}

struct Located {
  uint32_t line;
  uint32_t column;
  core::Span span;
};

}  // namespace

std::vector<std::string> IgnoreFile::patterns() const {
  std::vector<std::string> out;
  out.reserve(entries.size());
  for (const auto& e : entries) out.push_back(e.pattern);
  return out;
}

IgnoreFile read_ignore_file(std::string_view text) {
  IgnoreFile file;
  std::vector<Located> where;  // parallel to file.entries
  uint32_t line = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t newline = text.find('\n', start);
    std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    std::size_t content = start;
    std::string_view raw = text.substr(start, end - start);
    start = newline == std::string_view::npos ? text.size() : newline + 1;
    ++line;
    const std::size_t line_start = content;
    if (raw.size() > kMaxLine) {
      file.diagnostics.push_back(
          {core::Severity::kError,
           line,
           1,
           {static_cast<uint32_t>(content), static_cast<uint32_t>(content + raw.size())},
           "line longer than 65535 bytes: BuildKit cannot read this file"});
    }
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (line == 1 && raw.starts_with("\xEF\xBB\xBF")) {
      raw.remove_prefix(3);
      content += 3;
    }
    if (raw.starts_with('#')) continue;  // only at the very start: "  # x" is a pattern
    std::string_view trimmed = trim_go_space(raw);
    if (trimmed.empty()) continue;
    std::size_t offset = content + static_cast<std::size_t>(trimmed.data() - raw.data());
    std::string pattern;
    std::string_view body = trimmed;
    const bool invert = body[0] == '!';
    if (invert) body = trim_go_space(body.substr(1));
    if (!body.empty()) {
      pattern = clean_path(body);
      if (pattern.size() > 1 && pattern[0] == '/') pattern.erase(0, 1);
    }
    if (invert)
      pattern.insert(pattern.begin(), '!');  // not insert(0, "!"): GCC 12 -Wrestrict misfires
    core::Span span{static_cast<uint32_t>(offset), static_cast<uint32_t>(offset + trimmed.size())};
    file.entries.push_back({std::move(pattern), line, span});
    where.push_back({line, code_points(text.substr(line_start, offset - line_start)) + 1, span});
  }

  Matcher matcher(file.patterns());
  for (const PatternProblem& problem : matcher.problems()) {
    const Located& at = where[problem.index];
    core::Severity severity = problem.error == PatternError::kUnsupported ? core::Severity::kWarning
                                                                          : core::Severity::kError;
    file.diagnostics.push_back({severity, at.line, at.column, at.span, problem.message});
  }
  return file;
}

}  // namespace plimsoll::dockerignore
