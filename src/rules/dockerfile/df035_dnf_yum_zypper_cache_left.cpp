// DF035 dnf-yum-zypper-cache-left: rpm package managers keep metadata and packages under
// /var/cache; without a clean in the same RUN they ship in the layer.
#include "rules/dockerfile/apt_commands.h"
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF035", "dnf-yum-zypper-cache-left", core::Severity::kWarning, "dockerfile",
                         "yum/dnf/zypper installs must clean their caches in the same layer.",
                         "df035_dnf_yum_zypper_cache_left"};

bool is_rpm_manager(std::string_view program) {
  return program == "yum" || program == "dnf" || program == "microdnf" || program == "zypper" || program == "tdnf";
}

bool cleans(const sh::Command& command) {
  std::string_view program = command.program();
  std::string_view sub = package_subcommand(command);
  if (is_rpm_manager(program) && (sub == "clean" || sub == "cc")) return true;
  if (program != "rm") return false;
  for (auto arg : command.arguments()) {
    if (arg.rfind("/var/cache/yum", 0) == 0 || arg.rfind("/var/cache/dnf", 0) == 0 ||
        arg.rfind("/var/cache/libdnf5", 0) == 0 || arg.rfind("/var/cache/zypp", 0) == 0 ||
        arg.rfind("/var/cache/tdnf", 0) == 0) {
      return true;
    }
  }
  return false;
}

// A tmpfs or bind mount on the package cache keeps it out of the layer as a cache mount does.
bool mounts_package_cache(const dockerfile::Instruction& run) {
  for (std::string_view dir : {"/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/zypp", "/var/cache/tdnf"}) {
    if (mounted_over(run, dir)) return true;
  }
  return false;
}

class RpmCacheLeft final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    if (has_cache_mount(run, "/var/cache/") || mounts_package_cache(run)) return;
    const auto& commands = ctx.script(run).commands;
    for (std::size_t i = 0; i < commands.size(); ++i) {
      std::string_view program = commands[i].program();
      std::string_view sub = package_subcommand(commands[i]);
      if (!is_rpm_manager(program) || (sub != "install" && sub != "in" && sub != "groupinstall" && sub != "localinstall")) continue;
      bool cleaned = false;
      for (std::size_t j = i + 1; j < commands.size() && !cleaned; ++j) cleaned = cleans(commands[j]);
      if (cleaned) continue;
      ctx.report(kInfo, core::cover(commands[i].words.front().span, commands[i].words.back().span),
                 util::format("`{} {}` leaves its cache in the layer; end the same RUN with `{}`", program, sub,
                              program == "zypper" ? "&& zypper clean --all" : util::format("&& {} clean all", program)));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df035_dnf_yum_zypper_cache_left, RpmCacheLeft)

}  // namespace plimsoll::rules
