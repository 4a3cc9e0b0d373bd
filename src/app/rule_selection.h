// `fix --select/--ignore`: which rules' fixes a run may apply, from IDs, ID prefixes (`DC`,
// `DF03`) or rule names. The app owns the parsed lists; the rules registry is only read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::app {

class RuleSelection {
 public:
  // Comma-separated items are split (`--select DF030,DF031`). An item that names no rule is an
  // error, returned as its message.
  static std::optional<std::string> parse(const std::vector<std::string>& select, const std::vector<std::string>& ignore,
                                          RuleSelection& out);
  // Selected when some --select item (or none given) matches and no --ignore item does.
  bool selected(std::string_view rule_id) const;

 private:
  std::vector<std::string> select_;  // rule IDs, upper case
  std::vector<std::string> ignore_;
  bool select_all_ = true;
};

}  // namespace plimsoll::app
