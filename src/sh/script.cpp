#include "sh/script.h"
#include "util/path.h"

#include <algorithm>

namespace plimsoll::sh {

std::string_view Command::program() const {
  if (words.empty()) return {};
  return util::basename(words.front().value);
}

std::vector<std::string_view> Command::arguments() const {
  std::vector<std::string_view> out;
  for (std::size_t i = 1; i < words.size(); ++i) out.push_back(words[i].value);
  return out;
}

bool Command::has_flag(std::string_view flag) const {
  for (std::size_t i = 1; i < words.size(); ++i) {
    std::string_view v = words[i].value;
    if (v == flag) return true;
    if (v.rfind(flag, 0) == 0 && v.size() > flag.size() && v[flag.size()] == '=') return true;
    // Combined short options: -qy holds -y.
    if (flag.size() == 2 && flag[0] == '-' && flag[1] != '-' && v.size() > 2 && v[0] == '-' && v[1] != '-' &&
        v.find(flag[1], 1) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool Script::has_pipeline() const {
  return std::any_of(commands.begin(), commands.end(), [](const Command& c) { return c.in_pipeline; });
}

bool Script::sets_pipefail() const {
  for (const auto& cmd : commands) {
    if (cmd.in_pipeline) return false;
    if (cmd.program() != "set") continue;
    for (std::size_t i = 1; i + 1 < cmd.words.size(); ++i) {
      std::string_view v = cmd.words[i].value;
      if (v.size() >= 2 && v[0] == '-' && v.back() == 'o' && cmd.words[i + 1].value == "pipefail") return true;
    }
  }
  return false;
}

}  // namespace plimsoll::sh
