#include "rules/dockerfile/platform.h"

#include "knowledge/base_images.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

// `cmd`, `cmd.exe`, `powershell`, `C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe`:
// programs no Linux image has (PowerShell there is `pwsh`, which proves nothing).
bool windows_only_shell(const dockerfile::Instruction& shell) {
  if (shell.args.empty()) return false;
  std::string_view program = shell.args[0].value;
  if (std::size_t cut = program.find_last_of("\\/"); cut != std::string_view::npos) program.remove_prefix(cut + 1);
  for (std::string_view name : {"cmd", "cmd.exe", "powershell", "powershell.exe"}) {
    if (util::iequals_ascii(program, name)) return true;
  }
  return false;
}

}  // namespace

bool has_windows_base(const dockerfile::Stage& stage) {
  return stage.root_image != nullptr &&
         knowledge::base_image_facts(stage.root_image->full_repository(), stage.root_image->tag).windows;
}

bool is_windows_stage(const dockerfile::Model& model, const dockerfile::Stage& stage) {
  if (has_windows_base(stage)) return true;
  // Parents come before children, so the walk up the chain ends.
  for (const dockerfile::Stage* at = &stage; at != nullptr;
       at = at->parent >= 0 && at->parent < at->index ? &model.stages[static_cast<std::size_t>(at->parent)] : nullptr) {
    for (const dockerfile::Instruction* shell : at->shell_changes) {
      if (windows_only_shell(*shell)) return true;
    }
  }
  return false;
}

bool is_windows_administrator(std::string_view user) {
  return util::iequals_ascii(user.substr(0, user.find(':')), kWindowsAdministrator);
}

}  // namespace plimsoll::rules
