#include "rules/context/git_submodules.h"

#include "util/path.h"
#include "util/text.h"

namespace plimsoll::rules {

std::vector<std::string> submodule_paths(std::string_view gitmodules) {
  std::vector<std::string> out;
  for (std::string_view line : util::split_lines(gitmodules)) {
    line = util::trim_ascii_space(line);
    if (line.empty() || line.front() == '#' || line.front() == ';' || line.front() == '[') continue;
    std::size_t eq = line.find('=');
    if (eq == std::string_view::npos || util::to_lower_ascii(util::trim_ascii_space(line.substr(0, eq))) != "path") continue;
    std::string_view value = util::trim_ascii_space(line.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (!value.empty()) out.emplace_back(value);
  }
  return out;
}

GitSubmodules::GitSubmodules(const util::Filesystem& files, const std::string& workdir) {
  auto text = files.read(util::join_path(workdir, ".gitmodules"));
  if (!text) return;
  for (auto& path : submodule_paths(*text)) {
    Submodule s;
    std::string directory = util::normal_path(util::join_path(workdir, path));
    s.absolute = util::normal_path(util::absolute_path(directory));
    // A submodule path that leads out of the work tree is not one git would check out.
    if (!util::is_inside(s.absolute, util::normal_path(util::absolute_path(workdir)))) continue;
    auto entries = files.list(directory);
    s.populated = entries && !entries->empty();
    s.path = std::move(path);
    submodules_.push_back(std::move(s));
  }
}

std::string GitSubmodules::unpopulated_submodule_of(const std::string& path) const {
  std::string absolute = util::normal_path(util::absolute_path(path));
  for (const auto& s : submodules_) {
    if (!s.populated && (absolute == s.absolute || util::is_inside(absolute, s.absolute))) return s.path;
  }
  return {};
}

}  // namespace plimsoll::rules
