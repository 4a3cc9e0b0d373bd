// DF012 user-uid-unspecified: without a fixed UID the account gets the next free one, which
// differs between bases and rebuilds, and breaks volume ownership and `runAsUser` policies.
#include "rules/dockerfile/users.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::StringOption kExpectedUid{"expected-uid", "",
    "The UID every created user must get (empty: any fixed UID)."};
constexpr OptionSpec kOptions[] = {kExpectedUid};
constexpr RuleInfo kInfo{"DF012", "user-uid-unspecified", core::Severity::kInfo, "dockerfile",
                         "The dedicated user should have a fixed UID/GID.", "df012_user_uid_unspecified", kOptions};

class UserUidUnspecified final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    std::string expected = option<kExpectedUid>(ctx.settings());
    for (const auto& command : ctx.script(run).commands) {
      for (const auto& account : created_accounts(command)) {
        if (account.group) continue;
        core::Span span = core::cover(command.words.front().span, command.words.back().span);
        if (account.uid == nullptr) {
          ctx.report(kInfo, span,
                     util::format("user `{}` gets whatever UID is free; give it a fixed one (`--uid {}`) so file "
                                  "ownership and runAsUser policies stay stable",
                                  account.name, expected.empty() ? "10001" : expected));
          continue;
        }
        std::string_view uid = account.uid->value;
        if (uid.starts_with("--uid=")) uid.remove_prefix(6);
        if (!expected.empty() && uid != expected && !account.uid->has_expansion) {
          ctx.report(kInfo, account.uid->span,
                     util::format("user `{}` gets UID {}, but the project expects {}", account.name, uid, expected));
        }
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df012_user_uid_unspecified, UserUidUnspecified)

}  // namespace plimsoll::rules
