#include "rules/project_engine.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>

#include "rules/registry.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

// True when a `plimsoll [global] ignore=` comment's list names the finding's rule.
bool names_rule(std::string_view list, const core::Finding& finding) {
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view item = util::trim_ascii_space(list.substr(0, comma));
    std::size_t space = item.find_first_of(" \t");
    if (space != std::string_view::npos) item = item.substr(0, space);
    if (util::iequals_ascii(item, finding.rule_id) || util::iequals_ascii(item, finding.rule_name)) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

// The ignore list of a comment line, if it is one: "# plimsoll ignore=…" (global: "# plimsoll global ignore=…").
std::optional<std::string_view> ignore_list(std::string_view line, bool global) {
  line = util::trim_ascii_space(line);
  if (!line.starts_with('#')) return std::nullopt;
  line = util::trim_ascii_space(line.substr(1));
  if (!line.starts_with("plimsoll ")) return std::nullopt;
  line = util::trim_ascii_space(line.substr(9));
  if (global) {
    if (!line.starts_with("global ")) return std::nullopt;
    line = util::trim_ascii_space(line.substr(7));
  }
  if (!line.starts_with("ignore=")) return std::nullopt;
  return line.substr(7);
}

}  // namespace

bool suppressed_by_comment(const core::SourceFile& source, const core::Finding& finding) {
  std::string_view text = source.text();
  if (text.find("plimsoll") == std::string_view::npos) return false;
  const auto& lines = source.lines();
  for (uint32_t n = 1; n <= lines.line_count(); ++n) {
    if (auto list = ignore_list(lines.line_text(n), true); list && names_rule(*list, finding)) return true;
  }
  uint32_t line = source.begin_of(finding.span).line;
  for (uint32_t n = line; n > 1; --n) {
    std::string_view above = util::trim_ascii_space(lines.line_text(n - 1));
    if (!above.starts_with('#')) break;
    if (auto list = ignore_list(above, false); list && names_rule(*list, finding)) return true;
  }
  return false;
}

std::vector<ProjectFinding> check_project(const project::Project& project, const std::vector<const Rule*>& rules,
                                          const SettingsFor& settings_for, const ProjectCheckOptions& options) {
  ProjectContext context(project, settings_for);
  std::map<std::string_view, RuleTiming> samples;
  for (const Rule* rule : rules) {
    if (!rule->interest().project) continue;
    auto start = std::chrono::steady_clock::now();
    rule->on_project(context);
    if (options.timings != nullptr) {
      RuleTiming& sample = samples[rule->info().id];
      sample.nanoseconds +=
          std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count();
      ++sample.calls;
    }
  }
  if (options.timings != nullptr) options.timings->add(samples);

  std::vector<ProjectFinding> out;
  std::set<std::tuple<std::string, uint32_t, std::string_view, std::string>> seen;
  for (auto& f : context.findings()) {
    if (options.inline_ignores && suppressed_by_comment(*f.source, f.finding)) continue;
    if (!seen.insert({f.path, f.finding.span.begin, f.finding.rule_id, f.finding.message}).second) continue;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace plimsoll::rules
