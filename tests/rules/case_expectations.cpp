#include "case_expectations.h"

#include <algorithm>
#include <sstream>

#include "util/text.h"

namespace plimsoll::rules::testing_cases {

std::vector<Expectation> expectations(const core::SourceFile& source, const std::string& rule_id) {
  std::vector<Expectation> out;
  const auto& lines = source.lines();
  std::string prefix = "# expect " + rule_id;
  for (uint32_t n = 1; n <= lines.line_count(); ++n) {
    std::string_view text = util::trim_ascii_space(lines.line_text(n));
    if (!text.starts_with(prefix)) continue;
    std::string rest(util::trim_ascii_space(text.substr(prefix.size())));
    Expectation e;
    if (std::size_t quote = rest.find('"'); quote != std::string::npos) {
      std::size_t end = rest.rfind('"');
      if (end > quote) e.message_part = rest.substr(quote + 1, end - quote - 1);
      rest = std::string(util::trim_ascii_space(std::string_view(rest).substr(0, quote)));
    }
    if (rest.starts_with("@")) {
      bool absolute = rest.size() > 1 && rest[1] == '=';
      std::string spec = rest.substr(absolute ? 2 : 1);
      std::replace(spec.begin(), spec.end(), ':', ' ');
      int offset = 0;
      unsigned column = 0;
      std::istringstream(spec) >> offset >> column;
      e.line = static_cast<uint32_t>(absolute ? offset : static_cast<int>(n) + offset);
      e.column = column;
    } else {
      uint32_t next = n + 1;
      while (next <= lines.line_count()) {
        std::string_view candidate = util::trim_ascii_space(lines.line_text(next));
        if (!candidate.empty() && candidate[0] != '#') break;
        ++next;
      }
      e.line = next;
    }
    out.push_back(e);
  }
  return out;
}

}  // namespace plimsoll::rules::testing_cases
