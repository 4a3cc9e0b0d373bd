#include "session/finish.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace plimsoll::session {

void sort_findings(core::FileReport& report) {
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const core::Finding& a, const core::Finding& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.rule_id < b.rule_id;
  });
}

void finish(std::vector<rules::Reported> reported, const rules::SettingsFor& settings_for,
            const SuppressionsFor& suppressions_for, std::vector<core::FileReport>& reports,
            std::map<std::string, std::size_t>& index) {
  std::set<std::tuple<std::string, uint32_t, std::string_view, std::string>> seen;
  std::set<std::size_t> touched;
  for (auto& r : reported) {
    if (!r.source || r.rule == nullptr) continue;
    const std::string& path = r.source->path();
    const rules::RuleSettings& settings = settings_for(path);
    if (!settings.enabled(*r.rule)) continue;
    // Configuration re-grades the default; a rule's own grade for one finding moves with it
    // only when nothing is configured.
    const rules::RuleConfig* config = settings.find(r.rule->id);
    if (config != nullptr && config->severity) r.finding.severity = *config->severity;
    if (const Suppressions* s = suppressions_for(*r.source); s != nullptr && s->suppresses(r.finding)) continue;
    if (!seen.insert({path, r.finding.span.begin, r.finding.rule_id, r.finding.message}).second) continue;
    auto [it, inserted] = index.try_emplace(path, reports.size());
    if (inserted) reports.push_back({r.source, path, {}, {}, {}});
    core::FileReport& report = reports[it->second];
    if (!report.source) report.source = r.source;
    report.findings.push_back(std::move(r.finding));
    touched.insert(it->second);
  }
  for (std::size_t i : touched) sort_findings(reports[i]);
}

}  // namespace plimsoll::session
