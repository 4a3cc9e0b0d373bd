// `--select/--ignore` of `check` and `fix`, and the re-grading options: rules named by IDs, ID
// prefixes (`DC`, `DF03`), rule names or the hadolint and BuildKit codes they stand for. The app
// owns the parsed lists; the rules registry is only read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::app {

// The rule IDs that comma-separated `items` name (`--error DF004,DC`), appended to `ids`. An
// item that names no rule is an error, returned as its message, with the nearest rule when one
// is near (`DF0004`: did you mean `DF004`?).
std::optional<std::string> expand_rule_items(const std::vector<std::string>& items, std::string_view flag,
                                             std::vector<std::string>& ids);

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
