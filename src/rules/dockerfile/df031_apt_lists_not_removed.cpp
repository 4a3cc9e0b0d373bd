// DF031 apt-lists-not-removed: package lists left in the layer add tens of megabytes to the
// shipped image. Only stages that end up in the final image are checked.
#include <algorithm>

#include "rules/dockerfile/apt_commands.h"
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF031", "apt-lists-not-removed", core::Severity::kWarning, "dockerfile",
                         "The RUN that installs apt packages must remove /var/lib/apt/lists/*.",
                         "df031_apt_lists_not_removed", {}, Fixes::kOffered};

// Appends the cleanup to the RUN's last top-level command: on the same line for a one-line
// RUN, else on a continuation line indented like the last one. Only when nothing but
// whitespace follows that command (no trailing `;`, `&`, comment or heredoc).
// Safe: the image is the same but for the lists, which nothing after the build reads (a later
// RUN that installs from them gets no fix at all).
std::optional<core::Fix> cleanup_fix(const dockerfile::Instruction& run, FileContext& ctx, core::Applicability safety) {
  if (run.json || !run.heredocs.empty()) return std::nullopt;
  // With another escape character the script's offsets are approximate (FileContext::script).
  if (ctx.file().escape != '\\') return std::nullopt;
  const sh::Command* last = nullptr;
  for (const auto& command : ctx.script(run).commands) {
    if (command.nesting == 0 && command.subshell == 0 && !command.empty()) last = &command;
  }
  if (last == nullptr || last->in_pipeline || last->joined_by == sh::Joiner::kBackground) return std::nullopt;
  std::string_view text = ctx.source().text();
  uint32_t at = last->words.back().span.end;
  for (const auto& r : last->redirects) at = std::max(at, r.target.span.end);
  if (at > run.span.end || run.span.end > text.size()) return std::nullopt;
  std::string_view rest = text.substr(at, run.span.end - at);
  if (rest.find_first_not_of(" \t\r\n") != std::string_view::npos) return std::nullopt;
  std::string cleanup = "&& rm -rf /var/lib/apt/lists/*";
  std::size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  if (line_start <= run.keyword_span.begin) return core::Fix{"Remove the apt lists", {{{at, at}, " " + cleanup}}, safety};
  std::string_view line = text.substr(line_start, at - line_start);
  std::string indent(line.substr(0, line.find_first_not_of(" \t")));
  return core::Fix{"Remove the apt lists", {{{at, at}, util::format(" \\\n{}{}", indent, cleanup)}}, safety};
}

// Whether a RUN after `run` in the final image's stages installs apt packages without its own
// `apt-get update` first: it relies on the lists this RUN leaves, and removing them here would
// fail it ("Unable to locate package").
bool later_install_needs_lists(const dockerfile::Instruction& run, const std::vector<int>& chain, FileContext& ctx) {
  for (int index : chain) {
    if (index < ctx.stage_index()) continue;  // a stage is only built FROM an earlier one
    bool after = index > ctx.stage_index();
    for (const dockerfile::Instruction* in : ctx.model().stages[static_cast<std::size_t>(index)].instructions) {
      if (!after) {
        after = in == &run;
        continue;
      }
      if (in->kind != dockerfile::Keyword::kRun) continue;
      for (const auto& command : ctx.script(*in).commands) {
        if (!is_apt(command)) continue;
        std::string_view sub = package_subcommand(command);
        if (sub == "update") break;  // this RUN fetches its own lists
        if (sub == "install" || sub == "upgrade" || sub == "dist-upgrade" || sub == "build-dep") return true;
      }
    }
  }
  return false;
}

class AptListsNotRemoved final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    std::vector<int> chain = ctx.model().final_chain();
    if (std::find(chain.begin(), chain.end(), ctx.stage_index()) == chain.end()) return;
    if (mounted_over(run, "/var/lib/apt/lists")) return;
    const sh::Command* install = nullptr;
    bool removed = false;
    for (const auto& command : ctx.script(run).commands) {
      std::string_view program = command.program();
      if ((program == "apt-get" || program == "apt") && install == nullptr) {
        const dockerfile::InstallerCommand* installer = ctx.installer(command);
        if (installer && installer->kind.subcommand == "install") install = &command;
      }
      if (program == "rm") {
        for (auto arg : command.arguments()) removed = removed || arg.rfind("/var/lib/apt/lists", 0) == 0;
      }
    }
    if (install == nullptr || removed) return;
    ctx.report(kInfo, run.keyword_span,
               util::format("`{} install` leaves /var/lib/apt/lists in the layer; end the same RUN with "
                            "`&& rm -rf /var/lib/apt/lists/*` or use a cache mount", install->program()),
               later_install_needs_lists(run, chain, ctx) ? std::nullopt
                                                          : cleanup_fix(run, ctx, core::Applicability::kSafe));
  }
};

}  // namespace

PLIMSOLL_RULE(df031_apt_lists_not_removed, AptListsNotRemoved)

}  // namespace plimsoll::rules
