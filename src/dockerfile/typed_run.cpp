// RUN's builder flags: `--mount` values through the mount grammar, `--network`, `--security`
// and `--device`. Which names and network/security values are legal is validate_flags' job.
#include "dockerfile/typed_internal.h"

namespace plimsoll::dockerfile::internal {

void type_run(const Instruction& in, const TypingContext& ctx, Typed& out) {
  RunArgs run;
  for (const auto& flag : in.flags) {
    if (flag.name == "mount") {
      if (!flag.has_value) continue;  // "missing a value on flag": validate_flags reports it
      FlagText spans(flag, ctx);
      run.mounts.push_back(parse_mount(flag.value, spans, flag.span, ctx));
    } else if (flag.name == "network") {
      run.network = string_flag(flag, ctx);
    } else if (flag.name == "security") {
      run.security = string_flag(flag, ctx);
    } else if (flag.name == "device") {
      run.devices.push_back(string_flag(flag, ctx));
    }
  }
  out.value = std::move(run);
}

}  // namespace plimsoll::dockerfile::internal
