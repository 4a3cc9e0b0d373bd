#include "project_cases.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "project/file_kind.h"
#include "project/project.h"
#include "session/session.h"
#include "util/confinement.h"
#include "util/file_io.h"

namespace plimsoll::rules::testing_cases {
namespace fs = std::filesystem;

std::vector<std::string> project_files(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (!it->is_regular_file(ec)) continue;
    std::string path = it->path().generic_string();
    if (project::classify(path) != project::FileKind::kOther) out.push_back(path);
  }
  std::sort(out.begin(), out.end());
  return out;
}

RuleSettings options_from_files(const std::vector<std::string>& files, const RuleInfo& rule) {
  RuleSettings settings;
  for (const auto& file : files) {
    auto text = util::read_file(file);
    if (!text) continue;
    std::istringstream lines(*text);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("# option ", 0) != 0) continue;
      std::string spec = line.substr(9);
      std::size_t eq = spec.find('=');
      if (eq == std::string::npos) continue;
      std::vector<std::string> values;
      std::istringstream items(spec.substr(eq + 1));
      for (std::string item; std::getline(items, item, ',');) values.push_back(item);
      settings.by_id[std::string(rule.id)].options[spec.substr(0, eq)] = values;
    }
  }
  return settings;
}

std::vector<ProjectFinding> run_project_rule(const fs::path& dir, const Rule& rule, const RuleSettings& settings,
                                             const std::map<std::string, std::string, std::less<>>& overlays) {
  session::Request request;
  request.root = dir.generic_string();
  request.project_files = project_files(dir);
  request.overlays = overlays;
  // A case is a project of its own, as a clone of it would be: it reads nothing of the source
  // tree around it (this repository's root, where workflows would otherwise be looked for).
  request.confinement = std::make_shared<util::Confinement>(std::vector<std::string>{request.root});
  request.rules = {&rule};
  request.settings = [&](std::string_view) -> const RuleSettings& { return settings; };
  std::vector<ProjectFinding> out;
  for (auto& report : session::check(request)) {
    for (auto& finding : report.findings) out.push_back({report.path, report.source, std::move(finding)});
  }
  return out;
}

}  // namespace plimsoll::rules::testing_cases
