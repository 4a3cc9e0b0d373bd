#include "compose/written.h"

#include <algorithm>
#include <optional>

#include "util/text.h"

namespace plimsoll::compose {
namespace {

// The text of a scalar from its mark to where YAML ends it on that line (quotes removed).
std::string raw_scalar(const core::SourceFile& source, const util::YamlNode& node) {
  if (node.line == 0 || node.line > source.lines().line_count()) return node.scalar;
  std::string_view line = source.lines().line_text(node.line);
  std::size_t at = node.column == 0 ? 0 : node.column - 1;
  if (at >= line.size()) return node.scalar;
  std::string_view rest = line.substr(at);
  char quote = rest.front();
  if (quote == '"' || quote == '\'') {
    std::string out;
    for (std::size_t i = 1; i < rest.size(); ++i) {
      if (quote == '"' && rest[i] == '\\' && i + 1 < rest.size()) {
        out += rest[++i];
      } else if (rest[i] == quote) {
        if (quote == '\'' && i + 1 < rest.size() && rest[i + 1] == '\'') {
          out += rest[++i];
        } else {
          return out;
        }
      } else {
        out += rest[i];
      }
    }
    return node.scalar;  // continues on the next line
  }
  // In a flow collection (`[a, b]`) a plain scalar ends at `,`, `]` or `}`.
  int depth = 0;
  for (char c : line.substr(0, at)) depth += (c == '[' || c == '{') ? 1 : (c == ']' || c == '}') ? -1 : 0;
  std::size_t end = rest.find(" #");
  if (depth > 0) end = std::min(end, rest.find_first_of(",]}"));
  return std::string(util::trim_right_ascii_space(rest.substr(0, end)));
}

}  // namespace

std::string as_written(const std::vector<ComposeDocument>& documents, const envfile::Lookup& variables,
                       const util::YamlNode& node) {
  if (!node.is_scalar() || node.origin >= documents.size()) return node.scalar;
  const auto& source = documents[node.origin].source;
  if (!source) return node.scalar;
  std::string raw = raw_scalar(*source, node);
  if (raw.find('$') == std::string::npos) return node.scalar;
  envfile::Substitution s = envfile::substitute(raw, [&variables](std::string_view name) -> std::optional<std::string> {
    if (name == "HOME" || name == "USERPROFILE") return "~";
    if (name == "PWD") return ".";
    return variables ? variables(name) : std::nullopt;
  });
  return s.error ? node.scalar : s.value;
}

bool written_as_reference(const std::vector<ComposeDocument>& documents, const util::YamlNode& node) {
  if (node.origin >= documents.size()) return false;
  for (const auto& ref : documents[node.origin].variables) {
    if (ref.line == node.line && ref.column == node.column) return true;
  }
  return false;
}

}  // namespace plimsoll::compose
