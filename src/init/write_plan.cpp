#include "init/write_plan.h"

#include <set>
#include <sstream>

#include "util/file_io.h"

namespace plimsoll::init {

namespace fs = std::filesystem;

namespace {

std::string append_missing(const std::string& existing, const std::string& wanted) {
  std::set<std::string> have;
  std::istringstream in(existing);
  for (std::string line; std::getline(in, line);) have.insert(line);
  std::string missing;
  std::istringstream want(wanted);
  for (std::string line; std::getline(want, line);) {
    if (!have.contains(line)) missing += line + "\n";
  }
  if (missing.empty()) return existing;
  std::string out = existing;
  if (!out.empty() && out.back() != '\n') out += '\n';
  if (!out.empty()) out += '\n';
  return out + missing;
}

}  // namespace

std::vector<PlannedWrite> plan_writes(const fs::path& root, const std::vector<GeneratedFile>& files) {
  std::vector<PlannedWrite> plan;
  for (const auto& f : files) {
    PlannedWrite w;
    w.path = f.path;
    w.content = f.content;
    std::error_code ec;
    fs::path target = root / f.path;
    if (fs::exists(target, ec)) {
      auto text = util::read_file(target.string());
      w.existing = text ? *text : std::string{};
      if (f.append) {
        w.content = append_missing(w.existing, f.content);
        w.state = w.content == w.existing ? PlannedWrite::State::kUnchanged : PlannedWrite::State::kAppend;
      } else {
        w.state = w.existing == w.content && text ? PlannedWrite::State::kUnchanged : PlannedWrite::State::kConflict;
      }
    }
    plan.push_back(std::move(w));
  }
  return plan;
}

}  // namespace plimsoll::init
