// DF055 healthcheck-tool-missing: a HEALTHCHECK whose program is not in the image fails every
// time, so a working container is reported unhealthy (and restarted by orchestrators).
#include <algorithm>
#include <string>
#include <vector>

#include "knowledge/base_images.h"
#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kTools{"tools", "curl,wget,nc,python,python3,node",
    "healthcheck programs whose presence is checked (others are assumed to be the image's own)"};
constexpr OptionSpec kOptions[] = {kTools};

constexpr RuleInfo kInfo{"DF055", "healthcheck-tool-missing", core::Severity::kError, "dockerfile",
                         "The HEALTHCHECK's program (curl, wget, …) must be installed in the final stage; copying a "
                         "dynamically linked binary alone from another stage does not work.",
                         "df055_healthcheck_tool_missing", kOptions};

// An OS package that provides `tool` (curl → curl; nc → netcat-openbsd, ncat; node → nodejs).
bool provides(std::string_view package, std::string_view tool) {
  if (package == "busybox" || package == "busybox-extras") return tool == "wget" || tool == "nc";
  if (tool == "nc") return package.starts_with("netcat") || package == "ncat" || package == "nmap-ncat";
  if (tool == "node") return package.starts_with("nodejs");
  if (tool == "python") return package == "python-is-python3" || package == "python" || package.starts_with("python2");
  if (tool == "python3") return package == "python3" || package.starts_with("python3.") || package.starts_with("python3-minimal");
  return package == tool;
}

// Package-manager locations: a binary there came from a distribution package and needs its
// shared libraries (libcurl, libssl, …), which a COPY of the file alone leaves behind.
bool in_package_bin_dir(std::string_view path) {
  return path.starts_with("/usr/bin/") || path.starts_with("/bin/") || path.starts_with("/usr/sbin/") ||
         path.starts_with("/sbin/");
}

struct CopiedTool {
  const dockerfile::Instruction* copy = nullptr;
  bool dynamic = false;
};

// A COPY/ADD in the chain that brings a file named `tool` in.
std::optional<CopiedTool> copied_tool(const dockerfile::Model& model, const std::vector<const dockerfile::Stage*>& chain,
                                      std::string_view tool) {
  for (const dockerfile::Stage* stage : chain) {
    for (const dockerfile::Instruction* in : stage->instructions) {
      const auto* copy = in->typed.copy();
      if (!copy || !copy->destination) continue;
      for (const auto& copied : copy->sources) {
        const std::string& source = copied.path;
        if (copied.inline_file || path_basename(source) != tool) continue;
        CopiedTool found{in, false};
        const dockerfile::Stage* origin = copy->from ? model.find_stage(copy->from->value) : nullptr;
        // From a stage of this file built on a distribution image: a packaged, dynamic binary.
        found.dynamic = origin != nullptr && origin->root_image != nullptr && in_package_bin_dir(source);
        return found;
      }
    }
  }
  return std::nullopt;
}

bool run_in_chain(FileContext& ctx, const std::vector<const dockerfile::Stage*>& chain, std::string_view tool) {
  for (const auto& package : os_packages_in_chain(ctx, chain)) {
    if (provides(package, tool)) return true;
  }
  // A RUN that calls the tool shows it is there (e.g. installed by a script).
  for (const dockerfile::Stage* stage : chain) {
    for (const dockerfile::Instruction* in : stage->instructions) {
      if (in->kind != dockerfile::Keyword::kRun) continue;
      for (const auto& c : ctx.script(*in).commands) {
        if (c.program() == tool) return true;
      }
    }
  }
  return false;
}

class HealthcheckToolMissing final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    for (int index : ctx.shipped_targets()) check_stage(ctx, index);
  }

 private:
  static void check_stage(FileContext& ctx, int index) {
    auto chain = from_chain(ctx.model(), index);
    const dockerfile::Stage& target = *chain.front();
    if (target.healthcheck == nullptr) return;
    auto tracked = option<kTools>(ctx.settings());
    std::vector<std::string> reported;
    for (const auto& command : healthcheck_commands(ctx, *target.healthcheck)) {
      std::string tool(command.program());
      if (tool.empty() || std::find(tracked.begin(), tracked.end(), tool) == tracked.end()) continue;
      if (std::find(reported.begin(), reported.end(), tool) != reported.end()) continue;
      if (check_tool(ctx, chain, tool, command.words.front().span)) reported.push_back(tool);
    }
  }

  // Reports `tool` when it is known to be absent; true when a finding was made.
  static bool check_tool(FileContext& ctx, const std::vector<const dockerfile::Stage*>& chain, const std::string& tool,
                         core::Span span) {
    if (run_in_chain(ctx, chain, tool)) return false;
    if (auto copied = copied_tool(ctx.model(), chain, tool)) {
      if (!copied->dynamic) return false;
      ctx.report(kInfo, span,
                 util::format("the HEALTHCHECK runs `{}`, which is copied alone from another stage (line {}); a "
                              "packaged binary needs its shared libraries, so it will not start: install `{}` with "
                              "the package manager in this stage, or probe with a static binary or the runtime "
                              "already in the image",
                              tool, copied->copy->start_line, tool));
      return true;
    }
    const dockerfile::Stage& root = *chain.back();
    std::optional<std::vector<std::string>> tools;
    if (root.base_kind == dockerfile::BaseKind::kScratch) {
      tools.emplace();
    } else if (root.root_image != nullptr) {
      tools = knowledge::base_image_tools(root.root_image->full_repository(), root.root_image->tag);
    }
    if (!tools || std::find(tools->begin(), tools->end(), tool) != tools->end()) return false;  // unknown or present
    ctx.report(kInfo, span,
               util::format("the HEALTHCHECK runs `{}`, but `{}` does not ship it and no RUN installs it, so the "
                            "check always fails; install it in this stage or probe with a tool the image has",
                            tool, root.base_kind == dockerfile::BaseKind::kScratch ? "scratch" : root.base));
    return true;
  }
};

}  // namespace

PLIMSOLL_RULE(df055_healthcheck_tool_missing, HealthcheckToolMissing)

}  // namespace plimsoll::rules
