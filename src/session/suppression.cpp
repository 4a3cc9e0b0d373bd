#include "session/suppression.h"

#include <algorithm>

#include "knowledge/ignore_aliases.h"
#include "rules/registry.h"
#include "util/text.h"

namespace plimsoll::session {
namespace {

std::vector<std::string> split_list(std::string_view list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = util::trim_ascii_space(list.substr(start, comma - start));
    if (!item.empty()) out.emplace_back(item);
    start = comma + 1;
  }
  return out;
}

// `skip=A,B;error=true` → the plimsoll IDs that A and B stand for.
std::vector<std::string> check_skip_ids(std::string_view value) {
  std::vector<std::string> ids;
  std::string_view options = value.substr(0, value.find_first_of(" \t"));
  std::size_t start = 0;
  while (start <= options.size()) {
    std::size_t semi = options.find(';', start);
    if (semi == std::string_view::npos) semi = options.size();
    std::string_view part = util::trim_ascii_space(options.substr(start, semi - start));
    if (part.rfind("skip=", 0) == 0) {
      for (const auto& name : split_list(part.substr(5))) {
        auto mapped = name == "all" ? knowledge::all_buildkit_aliases() : knowledge::buildkit_alias(name);
        ids.insert(ids.end(), mapped.begin(), mapped.end());
      }
    }
    start = semi + 1;
  }
  return ids;
}

// `<tool> [global] ignore=LIST`, spaces allowed around '='; a trailing `# note` is allowed.
bool match_pragma(std::string_view text, std::string_view tool, std::string_view& list, bool& global) {
  if (text.rfind(tool, 0) != 0) return false;
  text = util::trim_left_ascii_space(text.substr(tool.size()));
  global = text.rfind("global", 0) == 0;
  if (global) text = util::trim_left_ascii_space(text.substr(6));
  if (text.rfind("ignore", 0) != 0) return false;
  text = util::trim_left_ascii_space(text.substr(6));
  if (text.empty() || text[0] != '=') return false;
  text = text.substr(1);
  list = util::trim_ascii_space(text.substr(0, text.find('#')));
  return true;
}

}  // namespace

bool parse_ignore_comment(const std::string& comment, std::vector<std::string>& ids, bool& global) {
  std::string_view text = util::trim_ascii_space(comment);
  std::string_view list;
  if (match_pragma(text, "plimsoll", list, global)) {
    ids = split_list(list);
    return true;
  }
  if (match_pragma(text, "hadolint", list, global)) {
    ids.clear();
    for (const auto& code : split_list(list)) {
      auto mapped = knowledge::hadolint_alias(code);
      ids.insert(ids.end(), mapped.begin(), mapped.end());
    }
    return true;
  }
  if (text.rfind("check=", 0) == 0) {
    global = false;
    ids = check_skip_ids(text.substr(6));
    return true;
  }
  return false;
}

void Suppressions::add(std::set<std::string>& into, const std::string& token) const {
  const rules::Rule* rule = rules::find_rule(token, family_);
  into.insert(rule != nullptr ? std::string(rule->info().id) : util::to_upper_ascii(token));
}

void Suppressions::add_comment(const std::string& comment, core::Span item, bool has_item) {
  std::vector<std::string> ids;
  bool global = false;
  if (!parse_ignore_comment(comment, ids, global)) return;
  if (global) {
    for (const auto& id : ids) add(file_wide_, id);
    return;
  }
  if (!has_item) return;
  Scoped scoped{item, {}};
  for (const auto& id : ids) add(scoped.ids, id);
  scoped_.push_back(std::move(scoped));
}

Suppressions Suppressions::for_dockerfile(const dockerfile::Dockerfile& file) {
  Suppressions out;
  out.family_ = "dockerfile";
  for (const auto& directive : file.directives) {
    if (directive.key != "check") continue;
    for (const auto& id : check_skip_ids(directive.value)) out.add(out.file_wide_, id);
  }
  std::size_t next = 0;  // first instruction after the comment
  for (const auto& comment : file.comments) {
    while (next < file.instructions.size() && file.instructions[next].start_line <= comment.line) ++next;
    bool has_item = next < file.instructions.size();
    out.add_comment(comment.text, has_item ? file.instructions[next].span : core::Span{}, has_item);
  }
  return out;
}

Suppressions Suppressions::for_text(const core::SourceFile& source, std::string_view family) {
  Suppressions out;
  out.family_ = family;
  std::string_view text = source.text();
  // Nearly every file has no pragma: skip the line walk for them.
  if (text.find("plimsoll") == std::string_view::npos && text.find("hadolint") == std::string_view::npos &&
      text.find("check=") == std::string_view::npos) {
    return out;
  }
  const auto& lines = source.lines();
  std::vector<std::string> pending;  // comments waiting for the item below them
  for (uint32_t n = 1; n <= lines.line_count(); ++n) {
    std::string_view line = lines.line_text(n);
    std::string_view trimmed = util::trim_ascii_space(line);
    if (trimmed.empty()) continue;
    if (trimmed.front() == '#') {
      pending.emplace_back(trimmed.substr(1));
      continue;
    }
    auto begin = static_cast<uint32_t>(line.data() - text.data());
    core::Span item{begin, begin + static_cast<uint32_t>(line.size())};
    for (const auto& comment : pending) out.add_comment(comment, item, true);
    pending.clear();
  }
  for (const auto& comment : pending) out.add_comment(comment, {}, false);
  return out;
}

bool Suppressions::suppresses(const core::Finding& finding) const {
  std::string id(finding.rule_id);
  if (file_wide_.count(id) != 0) return true;
  // The items are disjoint and in order, so only those starting at the last begin at or before
  // the finding can hold it (several comments may stand above the same item).
  auto after = std::upper_bound(scoped_.begin(), scoped_.end(), finding.span.begin,
                                [](uint32_t at, const Scoped& s) { return at < s.span.begin; });
  for (auto it = after; it != scoped_.begin();) {
    --it;
    ++probes_;
    if (it->span.begin != std::prev(after)->span.begin) break;
    if (finding.span.begin <= it->span.end && it->ids.count(id)) return true;
  }
  return false;
}

}  // namespace plimsoll::session
