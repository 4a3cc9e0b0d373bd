// DF022 no-cache-mount: a BuildKit cache mount keeps package downloads between builds without
// putting them in a layer: faster rebuilds and smaller images at once.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF022", "no-cache-mount", core::Severity::kInfo, "dockerfile",
                         "Package-manager installs should use `RUN --mount=type=cache,...`.", "df022_no_cache_mount"};

// Where each package manager keeps its download cache, for the suggestion.
std::string_view cache_dir(std::string_view program, std::string_view ecosystem) {
  if (program == "apt-get" || program == "apt") return "/var/cache/apt";
  if (program == "apk") return "/var/cache/apk";
  if (program == "uv") return "/root/.cache/uv";
  if (program == "npm") return "/root/.npm";
  if (program == "yarn") return "/usr/local/share/.cache/yarn";
  if (program == "pnpm") return "/root/.local/share/pnpm/store";
  if (program == "cargo") return "/usr/local/cargo/registry";
  if (program == "go") return "/go/pkg/mod";  // GOPATH of the official golang images
  if (ecosystem == "python") return "/root/.cache/pip";
  return "";
}

class NoCacheMount final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    if (has_cache_mount(run)) return;
    for (const auto& command : ctx.script(run).commands) {
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      if (!installer) continue;
      // `go build`, `go install` and `go mod download` all fetch modules, and the builds also fill
      // the compile cache: go is a build action in the command table, but it downloads too.
      bool go = installer->kind.program == "go";
      if (installer->kind.action != "install" && !go) continue;
      std::string_view dir = cache_dir(installer->kind.program, installer->kind.ecosystem);
      if (dir.empty()) continue;  // no well-known cache directory to suggest
      if (go) {
        const std::string& sub = installer->kind.subcommand;
        bool compiles = sub == "build" || sub == "install";
        ctx.report(kInfo, core::cover(command.words.front().span, command.words.back().span),
                   compiles ? util::format("`go {}` downloads modules and recompiles every package on every rebuild; "
                                           "add `--mount=type=cache,target={}` and "
                                           "`--mount=type=cache,target=/root/.cache/go-build` to the RUN",
                                           sub, dir)
                            : util::format("`go {}` downloads every module again on every rebuild; add "
                                           "`--mount=type=cache,target={}` to the RUN",
                                           sub, dir));
        return;
      }
      ctx.report(kInfo, core::cover(command.words.front().span, command.words.back().span),
                 util::format("`{}` downloads again on every rebuild; add `--mount=type=cache,target={}` to the RUN",
                              installer->kind.program, dir));
      return;
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df022_no_cache_mount, NoCacheMount)

}  // namespace plimsoll::rules
