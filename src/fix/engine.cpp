#include "fix/engine.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "fix/edits.h"
#include "util/format.h"

namespace plimsoll::fix {
namespace {

// Findings per rule, only those at least as severe as `floor`.
std::map<std::string_view, std::size_t> counts(const Check& check, core::Severity floor) {
  std::map<std::string_view, std::size_t> out;
  for (const auto& f : check.findings) {
    if (f.severity >= floor) ++out[f.rule_id];
  }
  return out;
}

std::size_t count_of(const std::map<std::string_view, std::size_t>& counts, std::string_view id) {
  auto it = counts.find(id);
  return it == counts.end() ? 0 : it->second;
}

// Why the file after a fix is worse than before it, or nullopt when the fix is kept.
std::optional<std::string> worse(const Check& before, const Check& after, const core::Finding& fixed) {
  if (after.parse_errors > before.parse_errors) return std::string("the result would not parse");
  if (after.parse_warnings > before.parse_warnings) return std::string("the parser would warn about the result");
  auto was = counts(before, fixed.severity);
  auto now = counts(after, fixed.severity);
  for (const auto& [id, n] : now) {
    if (id != fixed.rule_id && n > count_of(was, id)) return util::format("the result would have a new {} finding", id);
  }
  auto own_was = counts(before, core::Severity::kStyle);
  auto own_now = counts(after, core::Severity::kStyle);
  if (count_of(own_now, fixed.rule_id) >= count_of(own_was, fixed.rule_id)) {
    return std::string("the result still has the finding");
  }
  return std::nullopt;
}

uint32_t line_of(std::string_view text, uint32_t offset) {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  return 1 + static_cast<uint32_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// Identifies a fix on one version of the text.
std::string key_of(const core::Finding& finding) {
  std::string key = util::format("{}\n{}", finding.rule_id, finding.fix->title);
  for (const auto& e : finding.fix->edits) key += util::format("\n{}:{}:{}", e.span.begin, e.span.end, e.replacement);
  return key;
}

}  // namespace

Result fix_to_fixed_point(std::string text, const Checker& check, const Options& options) {
  Result result;
  Check current = check(text);
  // Fixes refused on the current text; a conflicting fix passed over for one of them gets its
  // turn in the next round. Cleared whenever the text changes (their spans move).
  std::set<std::string> refused_keys;
  for (;;) {
    std::vector<core::Finding> open;
    for (const auto& f : current.findings) {
      if (f.fix && refused_keys.count(key_of(f)) == 0) open.push_back(f);
    }
    std::vector<const core::Finding*> chosen = choose(open, text.size());
    if (chosen.empty()) break;
    if (result.rounds == options.max_rounds) {
      result.converged = false;
      break;
    }
    ++result.rounds;
    // Copies: `current` is replaced as fixes are kept. From the back, so the spans of the
    // fixes still to try keep pointing at the bytes they were computed for.
    std::vector<core::Finding> todo;
    for (auto it = chosen.rbegin(); it != chosen.rend(); ++it) todo.push_back(**it);
    bool kept_any = false;
    for (const core::Finding& finding : todo) {
      Outcome outcome{std::string(finding.rule_id), finding.fix->title, line_of(text, extent(*finding.fix).begin), {}};
      std::string candidate = fix::apply(text, finding.fix->edits);
      Check after = check(candidate);
      std::optional<std::string> reason =
          candidate == text ? std::optional<std::string>("it changes nothing") : worse(current, after, finding);
      if (reason) {
        outcome.reason = std::move(*reason);
        refused_keys.insert(key_of(finding));
        result.refused.push_back(std::move(outcome));
        continue;
      }
      text = std::move(candidate);
      current = std::move(after);
      result.applied.push_back(std::move(outcome));
      kept_any = true;
    }
    if (kept_any) {
      refused_keys.clear();
      result.refused.clear();
    }
  }
  std::sort(result.refused.begin(), result.refused.end(),
            [](const Outcome& a, const Outcome& b) { return a.line < b.line; });
  result.text = std::move(text);
  return result;
}

}  // namespace plimsoll::fix
