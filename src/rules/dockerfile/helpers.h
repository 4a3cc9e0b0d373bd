// Small questions several Dockerfile rules ask: users, copy sources, package commands.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dockerfile/ast.h"
#include "dockerfile/model.h"
#include "knowledge/package_commands.h"
#include "sh/script.h"

namespace plimsoll::rules {

// root, 0, root:<group>, 0:<group>.
bool is_root_user(std::string_view user);
// The install/build the command performs, per data/knowledge/package_commands.yaml.
std::optional<knowledge::PackageCommand> classify(const sh::Command& command);
// COPY/ADD from the build context (no --from) with a source that is the whole context.
bool copies_whole_context(const dockerfile::Instruction& copy);
// A JSON string literal for `s` (fixes that write exec form or label values).
std::string json_quote(std::string_view s);
const dockerfile::Flag* find_flag(const dockerfile::Instruction& in, std::string_view name);
// The SHELL in effect for an instruction of `stage`: its own SHELL instructions before it, else
// the one inherited through FROM <stage>, else ["/bin/sh", "-c"].
std::vector<std::string> shell_at(const dockerfile::Model& model, const dockerfile::Stage& stage,
                                  const dockerfile::Instruction& in);
// False when that shell is PowerShell or cmd: sh analysis of the RUN would be meaningless.
bool is_posix_shell(const std::vector<std::string>& shell);

}  // namespace plimsoll::rules
