#include "rules/compose/service_keys.h"

#include <cctype>

#include "util/text.h"

namespace plimsoll::rules {
namespace {

std::string_view without_comment(std::string_view text) {
  std::size_t hash = text.find(" #");
  if (text.starts_with("#")) return {};
  return util::trim_ascii_space(hash == std::string_view::npos ? text : text.substr(0, hash));
}

bool plain_key_line(std::string_view body) {
  std::size_t colon = body.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  for (char c : body.substr(0, colon)) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) return false;
  }
  return colon + 1 == body.size() || body[colon + 1] == ' ';
}

}  // namespace

std::optional<core::Fix> add_service_keys(const ServiceView& service, std::string title,
                                          const std::vector<std::string>& lines, core::Applicability applicability) {
  const project::ComposeStack& stack = service.stack;
  if (service.key.origin >= stack.documents.size()) return std::nullopt;
  const auto& source = stack.documents[service.key.origin].source;
  if (!source || service.key.line == 0 || service.key.column == 0) return std::nullopt;
  const util::LineIndex& index = source->lines();
  // The name's own line: `web:`, maybe an anchor or a comment after it, nothing else.
  std::string_view name_line = index.line_text(service.key.line);
  if (service.key.column > name_line.size()) return std::nullopt;
  std::string_view after_key = name_line.substr(service.key.column - 1);
  std::size_t colon = after_key.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view rest = without_comment(after_key.substr(colon + 1));
  if (rest.starts_with("&") && rest.find(' ') == std::string_view::npos) rest = {};
  if (!rest.empty()) return std::nullopt;
  // The first key under it sets the indentation; blank and comment lines between are skipped.
  for (uint32_t n = service.key.line + 1; n <= index.line_count(); ++n) {
    std::string_view line = index.line_text(n);
    std::string_view trimmed = util::trim_ascii_space(line);
    if (trimmed.empty() || trimmed.starts_with("#")) continue;
    std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos || indent < service.key.column || line[indent] == '\t') return std::nullopt;
    if (!plain_key_line(line.substr(indent)) || line.substr(indent).starts_with("<<")) return std::nullopt;
    std::string_view eol = name_line.ends_with('\r') ? "\r\n" : "\n";
    std::string text;
    for (const auto& l : lines) text += std::string(indent, ' ') + l + std::string(eol);
    auto at = static_cast<uint32_t>(index.line_start(service.key.line + 1));
    if (at > source->text().size() || (at > 0 && source->text()[at - 1] != '\n')) return std::nullopt;
    return core::Fix{std::move(title), {{{at, at}, std::move(text)}}, applicability};
  }
  return std::nullopt;
}

}  // namespace plimsoll::rules
