// IM014 image-shell-form: a command started as `/bin/sh -c …` makes the shell PID 1; it does
// not forward SIGTERM, so `docker stop` waits out its timeout and kills the app unclean.
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM014", "image-shell-form", core::Severity::kWarning, "image",
                         "`Cmd`/`Entrypoint` that start with `/bin/sh -c`.", "im014_image_shell_form"};

bool shell_wrapped(const std::vector<std::string>& argv) {
  if (argv.size() < 2 || argv[1] != "-c") return false;
  std::string_view name = util::basename(argv[0]);
  return name == "sh" || name == "bash" || name == "dash" || name == "ash";
}

class ImageShellForm final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    const auto& config = ctx.image().config;
    // The entrypoint runs; Cmd is only its arguments when there is one.
    const bool entry = !config.entrypoint.empty();
    const auto& argv = entry ? config.entrypoint : config.cmd;
    if (!shell_wrapped(argv)) return;
    std::string command = argv.size() > 2 ? argv[2] : "";
    if (command.starts_with("exec ")) return;  // the shell replaces itself: the app is PID 1
    ctx.report_history(kInfo, ctx.history_of_instruction(entry ? "ENTRYPOINT" : "CMD"),
                       util::format("{} starts {} -c '{}': the shell is PID 1 and does not pass on SIGTERM",
                                    entry ? "Entrypoint" : "Cmd", argv[0], command));
  }
};

}  // namespace

PLIMSOLL_RULE(im014_image_shell_form, ImageShellForm)

}  // namespace plimsoll::rules
