#include "rules/dockerfile/helpers.h"

#include <functional>

#include "rules/dockerfile/platform.h"
#include "rules/file_context.h"
#include "util/text.h"

namespace plimsoll::rules {

bool is_root_user(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  return name == "root" || name == "0";
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

bool copies_whole_context(const dockerfile::Instruction& copy) {
  const dockerfile::CopyArgs* typed = copy.typed.copy();
  if (typed == nullptr || !typed->from_context() || !typed->destination) return false;
  for (const auto& source : typed->sources) {
    std::string_view path = source.path;
    if (source.inline_file) continue;
    if (path == "." || path == "./" || path == "*" || path == "./*" || path == "/") return true;
  }
  return false;
}

std::vector<std::string> default_shell(const dockerfile::Stage& stage) {
  // Windows images run shell-form instructions with cmd, as the Docker engine does there.
  if (has_windows_base(stage)) return {"cmd", "/S", "/C"};
  return {"/bin/sh", "-c"};
}

std::vector<std::string> shell_at(const dockerfile::Model& model, const dockerfile::Stage& stage,
                                  const dockerfile::Instruction& in) {
  std::vector<std::string> shell = default_shell(stage);
  // The nearest ancestor that changed SHELL decides what this stage starts with.
  for (int parent = stage.parent; parent >= 0;) {
    const dockerfile::Stage& up = model.stages[static_cast<std::size_t>(parent)];
    if (!up.shell_changes.empty()) {
      shell = up.shell;
      break;
    }
    parent = up.parent;
  }
  // Only the stage's own SHELLs are visited, so asking for every RUN stays linear.
  std::less<const dockerfile::Instruction*> before;
  for (const dockerfile::Instruction* change : stage.shell_changes) {
    if (!before(change, &in)) break;
    shell.clear();
    for (const auto& arg : change->args) shell.push_back(arg.value);
  }
  return shell;
}

bool is_posix_shell(const std::vector<std::string>& shell) {
  std::string_view program = shell.empty() ? "" : std::string_view(shell[0]);
  std::size_t slash = program.find_last_of("/\\");
  if (slash != std::string_view::npos) program.remove_prefix(slash + 1);
  std::string lower = util::to_lower_ascii(program);
  return lower != "pwsh" && lower != "powershell" && lower != "cmd" && lower != "cmd.exe" && lower != "powershell.exe" &&
         lower != "pwsh.exe";
}

bool has_cache_mount(const dockerfile::Instruction& run, std::string_view target_part) {
  if (run.typed.run() == nullptr) return false;
  for (const auto& mount : run.typed.run()->mounts) {
    if (!mount.valid || mount.type != dockerfile::MountType::kCache) continue;
    if (target_part.empty() || (mount.target && mount.target->value.find(target_part) != std::string::npos)) return true;
  }
  return false;
}

bool mounted_over(const dockerfile::Instruction& run, std::string_view path) {
  if (run.typed.run() == nullptr) return false;
  for (const auto& mount : run.typed.run()->mounts) {
    if (!mount.valid || !mount.keeps_out_of_layer() || !mount.target) continue;
    std::string_view target = mount.target->value;
    while (target.size() > 1 && target.back() == '/') target.remove_suffix(1);
    if (path == target || (path.starts_with(target) && (target == "/" || path[target.size()] == '/'))) return true;
  }
  return false;
}

std::optional<std::string> env_for(const dockerfile::Stage& stage, const sh::Command& command, std::string_view name) {
  for (const auto& assignment : command.assignments) {
    std::string_view a = assignment.value;
    if (a.size() > name.size() && a.substr(0, name.size()) == name && a[name.size()] == '=') {
      return std::string(a.substr(name.size() + 1));
    }
  }
  if (auto v = stage.env.get(name)) return std::string(*v);
  return std::nullopt;
}

bool is_truthy(std::string_view value) {
  std::string v = util::to_lower_ascii(value);
  return v == "1" || v == "true" || v == "yes" || v == "on";
}

const dockerfile::Stage* current_stage(const FileContext& ctx) {
  int index = ctx.stage_index();
  if (index < 0 || static_cast<std::size_t>(index) >= ctx.model().stages.size()) return nullptr;
  return &ctx.model().stages[static_cast<std::size_t>(index)];
}

}  // namespace plimsoll::rules
