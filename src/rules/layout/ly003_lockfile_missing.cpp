// LY003 lockfile-missing: a frozen install (`uv sync --frozen`, `npm ci`, …) refuses to run
// without its lockfile, so the lockfile must be in the build context and not ignored.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/context/build_contexts.h"
#include "rules/file_context.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"LY003", "lockfile-missing", core::Severity::kError, "layout",
                         "A frozen/locked install (`uv sync --frozen`, `npm ci`, `pdm install` with lock) needs its "
                         "lockfile in the context.",
                         "ly003_lockfile_missing"};

// The lockfiles a command insists on (any one will do), or none.
std::vector<std::string_view> lockfiles_needed(const sh::Command& c) {
  std::string_view program = c.program();
  std::string_view sub = c.words.size() > 1 ? std::string_view(c.words[1].value) : std::string_view();
  if (program == "uv" && sub == "sync" && (c.has_flag("--frozen") || c.has_flag("--locked"))) return {"uv.lock"};
  if (program == "npm" && (sub == "ci" || sub == "clean-install")) return {"package-lock.json", "npm-shrinkwrap.json"};
  if (program == "pdm" && (sub == "sync" || (sub == "install" && c.has_flag("--frozen-lockfile")))) return {"pdm.lock"};
  if (program == "yarn" && (c.has_flag("--frozen-lockfile") || c.has_flag("--immutable"))) return {"yarn.lock"};
  if (program == "pnpm" && sub == "install" && c.has_flag("--frozen-lockfile")) return {"pnpm-lock.yaml"};
  if (program == "cargo" && (c.has_flag("--locked") || c.has_flag("--frozen"))) return {"Cargo.lock"};
  if (program == "pipenv" && sub == "install" && c.has_flag("--deploy")) return {"Pipfile.lock"};
  return {};
}

bool named(const std::string& path, std::string_view name) {
  return path == name || (path.size() > name.size() && path.ends_with(name) && path[path.size() - name.size() - 1] == '/');
}

class LockfileMissing final : public kit::BuildContextRule<kInfo> {
  void check(const BuildContext& build, ProjectContext& ctx) const override {
    const project::LoadedDockerfile& d = *build.dockerfile;
    FileContext file(*d.source, d.file, d.model);
    for (const auto& in : d.file.instructions) {
      if (in.kind != dockerfile::Keyword::kRun) continue;
      for (const auto& command : file.script(in).commands) {
        std::vector<std::string_view> needed = lockfiles_needed(command);
        if (needed.empty() || build.truncated()) continue;
        bool sent = false;
        bool on_disk = false;
        for (std::string_view lock : needed) {
          for (const auto& f : build.included_files()) sent = sent || named(f, lock);
          for (const auto& f : build.all_files()) on_disk = on_disk || named(f, lock);
        }
        if (sent) continue;
        std::string why = on_disk ? util::format("the ignore file excludes `{}`", needed.front())
                                  : util::format("there is no `{}` in the build context `{}`", needed.front(), build.dir);
        // An assumed context that the project suggests is not the real one cannot promise a
        // failing build (docs/contexts.md): a warning that says the context was assumed.
        std::optional<core::Severity> grade;
        if (build.doubtful && !on_disk) {
          grade = core::Severity::kWarning;
          why += " (assumed: no build states a context)";
        }
        ctx.report(kInfo, d.source, core::cover(command.words.front().span, command.words.back().span),
                   util::format("`{} {}` needs its lockfile, but {}; commit the lockfile and copy it in before "
                                "the install",
                                command.program(), command.words.size() > 1 ? command.words[1].value : "", why),
                   {}, grade);
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(ly003_lockfile_missing, LockfileMissing)

}  // namespace plimsoll::rules
