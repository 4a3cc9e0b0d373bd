#include "init/write_plan.h"

#include <set>
#include <sstream>

#include "init/project_dir.h"
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
    fs::file_status status = fs::symlink_status(target, ec);
    if (!ProjectDir(root).is_link_free(f.path)) {
      // A link planted in the project (the file, or compose/, docker/, env/) could send the
      // write, or the text shown by --diff and kept by an append, outside it.
      w.state = PlannedWrite::State::kRefused;
      w.refusal = "is a symlink or lies under one; init does not write through links";
    } else if (fs::exists(status) && !fs::is_regular_file(status)) {
      w.state = PlannedWrite::State::kRefused;
      w.refusal = "exists and is not a regular file";
    } else if (fs::exists(status)) {
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
