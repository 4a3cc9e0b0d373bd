// Small questions several Dockerfile rules ask: users, copy sources, shells, mounts, env values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dockerfile/ast.h"
#include "dockerfile/model.h"
#include "sh/script.h"

namespace plimsoll::rules {

class FileContext;

// root, 0, root:<group>, 0:<group>.
bool is_root_user(std::string_view user);
// COPY/ADD from the build context (no --from) with a source that is the whole context.
bool copies_whole_context(const dockerfile::Instruction& copy);
// A JSON string literal for `s` (fixes that write exec form or label values).
std::string json_quote(std::string_view s);
// The SHELL in effect for an instruction of `stage`: its own SHELL instructions before it, else
// the one inherited through FROM <stage>, else ["/bin/sh", "-c"].
// The shell a stage starts with before any SHELL of its own: cmd on Windows bases.
std::vector<std::string> default_shell(const dockerfile::Stage& stage);
std::vector<std::string> shell_at(const dockerfile::Model& model, const dockerfile::Stage& stage,
                                  const dockerfile::Instruction& in);
// A `RUN --mount=type=cache` whose target contains `target_part` (any cache mount when empty).
bool has_cache_mount(const dockerfile::Instruction& run, std::string_view target_part = {});
// A RUN mount (cache, tmpfs or bind) on `path` or a directory above it: what the RUN writes
// there stays out of the layer.
bool mounted_over(const dockerfile::Instruction& run, std::string_view path);
// The value `name` has for `command`: an inline `NAME=value` assignment, else the stage's ENV/ARG
// (as at the end of the stage, inherited through FROM <stage>). nullopt when unset.
std::optional<std::string> env_for(const dockerfile::Stage& stage, const sh::Command& command, std::string_view name);
bool is_truthy(std::string_view value);  // 1, true, yes, on (any case)
// The stage a FileContext is visiting, or nullptr before the first FROM.
const dockerfile::Stage* current_stage(const FileContext& ctx);
// False when that shell is PowerShell or cmd: sh analysis of the RUN would be meaningless.
bool is_posix_shell(const std::vector<std::string>& shell);

}  // namespace plimsoll::rules
