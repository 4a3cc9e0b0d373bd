// DC023 shell-wrapper-without-exec: compose's counterpart of DF051. In `command: sh -c "a && b"`
// the shell stays PID 1 and b runs as its child, so `docker compose stop`'s SIGTERM never
// reaches b, which is killed after the grace period; `exec b` makes b replace the shell.
#include <optional>
#include <string>
#include <vector>

#include "rules/dockerfile/runtime.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "sh/script.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC023", "shell-wrapper-without-exec", core::Severity::kWarning, "compose",
                         "A `command:` or `entrypoint:` of `sh -c \"a && b\"` must `exec` the long-running last "
                         "command.",
                         "dc023_shell_wrapper_without_exec"};

// The argv compose gives the container for `command:` or `entrypoint:`: a list as it is, a
// string split into words as a shell would (compose splits it the same way, without running a
// shell). Each word keeps the node it came from. Empty when the string is more than one command.
struct Argv {
  std::vector<StartupWord> words;
  std::vector<const util::YamlNode*> nodes;
};

Argv argv_of(const util::YamlNode& node) {
  Argv out;
  if (node.is_sequence()) {
    for (const util::YamlNode& item : node.items) {
      if (!item.is_scalar()) return {};
      StartupWord w;
      w.word.raw = w.word.value = item.scalar;
      out.words.push_back(std::move(w));
      out.nodes.push_back(&item);
    }
  } else if (node.is_scalar()) {
    sh::Script split = sh::parse_script(node.scalar);
    const sh::Command* only = nullptr;
    for (const sh::Command& c : split.commands) {
      if (c.nesting != 0) continue;
      if (only != nullptr || !c.assignments.empty() || !c.redirects.empty()) return {};
      only = &c;
    }
    if (only == nullptr || !split.diagnostics.empty()) return {};
    for (const sh::Word& word : only->words) {
      StartupWord w;
      w.word.raw = word.raw;
      w.word.value = word.value;
      out.words.push_back(std::move(w));
      out.nodes.push_back(&node);
    }
  }
  return out;
}

class ShellWrapperWithoutExec final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    for (const char* key : {"entrypoint", "command"}) {
      const util::YamlNode* node = service.node.find(key);
      if (node == nullptr) continue;
      Argv argv = argv_of(*node);
      std::size_t start = skip_init(argv.words);
      auto script_index = shell_script_index(argv.words, start);
      if (!script_index) continue;
      sh::Script script = sh::parse_script(argv.words[*script_index].word.value);
      const sh::Command* last = unexeced_last_command(script);
      if (last == nullptr) continue;
      std::string program = last->words.front().value;
      ctx.report_node(kInfo, service.stack, *argv.nodes[*script_index],
                      util::format("in service `{}`'s `{}`, `{}` runs as a child of `{}`, which stays PID 1 and does "
                                   "not pass SIGTERM on; write `exec {}` so it replaces the shell",
                                   service.name, key, program, path_basename(argv.words[start].word.value), program));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc023_shell_wrapper_without_exec, ShellWrapperWithoutExec)

}  // namespace plimsoll::rules
