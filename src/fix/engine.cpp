#include "fix/engine.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "fix/edits.h"
#include "util/format.h"
#include "util/line_index.h"

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


// Whether the file after a group of fixes is no worse than before it, for every fix of the
// group: it parses as well, no rule reports more findings at any of the group's severities,
// and each fixed rule reports at least one finding less per fix. With one fix this is `worse`.
std::optional<std::string> group_worse(const Check& before, const Check& after, const std::vector<core::Finding>& group) {
  if (group.size() == 1) return worse(before, after, group.front());
  if (after.parse_errors > before.parse_errors) return std::string("the result would not parse");
  if (after.parse_warnings > before.parse_warnings) return std::string("the parser would warn about the result");
  std::set<core::Severity> levels;
  std::map<std::string_view, std::size_t> fixed;
  for (const auto& f : group) {
    levels.insert(f.severity);
    ++fixed[f.rule_id];
  }
  for (core::Severity level : levels) {
    auto was = counts(before, level);
    for (const auto& [id, n] : counts(after, level)) {
      if (n > count_of(was, id)) return util::format("the result would have a new {} finding", id);
    }
  }
  auto own_was = counts(before, core::Severity::kStyle);
  auto own_now = counts(after, core::Severity::kStyle);
  for (const auto& [id, k] : fixed) {
    if (count_of(own_now, id) + k > count_of(own_was, id)) return std::string("the result still has the finding");
  }
  return std::nullopt;
}

// One file's progress. A round takes the fixes that do not conflict, ordered from the back of
// the text to the front, and tries them as groups: a group is applied and checked at once, and a
// group that makes things worse is halved, so a round of n good fixes costs one check, not n.
struct FileFix {
  std::string text;
  Check current;
  Result result;
  // Fixes refused on the current text; a conflicting fix passed over for one of them gets its
  // turn in the next round. Cleared whenever the text changes (their spans move).
  std::set<std::string> refused_keys;
  std::vector<core::Finding> todo;  // the round's fixes, back to front
  std::vector<std::pair<std::size_t, std::size_t>> groups;  // still to try; the back one first
  bool kept_any = false;
  bool done = false;
  // The group being checked, and the text it makes.
  std::pair<std::size_t, std::size_t> trying{0, 0};
  std::optional<std::string> candidate;

  // Starts the next round, or finishes the file.
  void next_round(const Options& options) {
    if (kept_any) {
      refused_keys.clear();
      result.refused.clear();
    }
    kept_any = false;
    std::vector<core::Finding> open;
    for (const auto& f : current.findings) {
      if (f.fix && (!options.accept || options.accept(f)) && refused_keys.count(key_of(f)) == 0) open.push_back(f);
    }
    std::vector<const core::Finding*> chosen = choose(open, text.size());
    if (chosen.empty()) {
      done = true;
      return;
    }
    if (result.rounds == options.max_rounds) {
      result.converged = false;
      done = true;
      return;
    }
    ++result.rounds;
    // Copies: `current` is replaced as fixes are kept. From the back, so the spans of the
    // fixes still to try keep pointing at the bytes they were computed for.
    todo.clear();
    for (auto it = chosen.rbegin(); it != chosen.rend(); ++it) todo.push_back(**it);
    groups.assign(1, {0, todo.size()});
  }

  // Picks the next group that changes the text, leaving it in `candidate`; false when the
  // round has none left.
  bool next_candidate() {
    while (!groups.empty()) {
      trying = groups.back();
      groups.pop_back();
      std::vector<core::TextEdit> edits;
      for (std::size_t i = trying.first; i < trying.second; ++i) {
        edits.insert(edits.end(), todo[i].fix->edits.begin(), todo[i].fix->edits.end());
      }
      std::string text_after = fix::apply(text, std::move(edits));
      if (text_after != text) {
        candidate = std::move(text_after);
        return true;
      }
      reject("it changes nothing");
    }
    return false;
  }

  // What the check of `candidate` said.
  void judge(Check after) {
    std::vector<core::Finding> group(todo.begin() + static_cast<std::ptrdiff_t>(trying.first),
                                     todo.begin() + static_cast<std::ptrdiff_t>(trying.second));
    std::optional<std::string> reason = group_worse(current, after, group);
    if (reason) {
      reject(std::move(*reason));
      candidate.reset();
      return;
    }
    // The group's fixes are apart and come from the back, so each one's line in the text
    // before the group is the line it had when it was applied.
    util::LineIndex lines(text);
    for (const auto& f : group) {
      result.applied.push_back({std::string(f.rule_id), f.fix->title, lines.locate(extent(*f.fix).begin).line, {}});
    }
    text = std::move(*candidate);
    candidate.reset();
    current = std::move(after);
    kept_any = true;
  }

  // The group being tried is refused: halved, or, for one fix, refused with `reason`.
  void reject(std::string reason) {
    auto [begin, end] = trying;
    if (end - begin > 1) {
      // The back half first: its edits leave the front half's spans where they were.
      std::size_t middle = begin + (end - begin) / 2;
      groups.emplace_back(middle, end);
      groups.emplace_back(begin, middle);
      return;
    }
    const core::Finding& f = todo[begin];
    refused_keys.insert(key_of(f));
    result.refused.push_back({std::string(f.rule_id), f.fix->title, line_of(text, extent(*f.fix).begin), std::move(reason)});
  }
};

}  // namespace

std::vector<Result> fix_files_to_fixed_point(std::vector<std::string> texts, const ProjectChecker& check,
                                             const Options& options) {
  std::vector<FileFix> files(texts.size());
  std::vector<Check> checks = check(texts);
  for (std::size_t i = 0; i < files.size(); ++i) {
    files[i].text = std::move(texts[i]);
    files[i].current = std::move(checks[i]);
    files[i].next_round(options);
  }
  // Every step checks the project once, with each unfinished file's next candidate in it.
  for (;;) {
    bool any = false;
    for (auto& file : files) {
      while (!file.done && !file.next_candidate()) file.next_round(options);
      any = any || !file.done;
    }
    if (!any) break;
    std::vector<std::string> step(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) step[i] = files[i].candidate ? *files[i].candidate : files[i].text;
    checks = check(step);
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (files[i].candidate) files[i].judge(std::move(checks[i]));
    }
  }
  std::vector<Result> results;
  for (auto& file : files) {
    std::sort(file.result.refused.begin(), file.result.refused.end(),
              [](const Outcome& a, const Outcome& b) { return a.line < b.line; });
    file.result.text = std::move(file.text);
    file.result.checked = std::move(file.current);
    results.push_back(std::move(file.result));
  }
  return results;
}

Result fix_to_fixed_point(std::string text, const Checker& check, const Options& options) {
  std::vector<std::string> texts;
  texts.push_back(std::move(text));
  ProjectChecker one = [&check](const std::vector<std::string>& step) { return std::vector<Check>{check(step.front())}; };
  return std::move(fix_files_to_fixed_point(std::move(texts), one, options).front());
}

}  // namespace plimsoll::fix
