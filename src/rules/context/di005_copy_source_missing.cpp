// DI005 copy-source-missing: a COPY of a path that is not in the context fails the build; it
// is usually a path relative to the wrong directory (the Dockerfile's, not the context's).
#include <fnmatch.h>

#include <memory>
#include <string>
#include <vector>

#include "rules/context/build_contexts.h"
#include "rules/context/copy_sources.h"
#include "rules/context/git_ignored.h"
#include "rules/context/git_submodules.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DI005", "copy-source-missing", core::Severity::kError, "context",
                         "A `COPY`/`ADD` source does not exist in the context (the build will fail).",
                         "di005_copy_source_missing"};

class CopySourceMissing final : public kit::BuildContextRule<kInfo> {
  void check(const BuildContext& build, ProjectContext& ctx) const override {
    for (const auto& in : build.dockerfile->file.instructions) {
      const std::vector<CopySource> sources = context_sources(in);
      std::vector<const CopySource*> missing_globs;
      bool any_found = false;
      for (const CopySource& source : sources) {
        if (source.path.empty()) continue;
        if (!has_glob(source.path)) {
          if (ctx.project().files().exists(util::join_path(build.dir, source.path))) {
            any_found = true;
          } else {
            report_missing(build, source, ctx);
          }
          continue;
        }
        if (build.truncated()) continue;  // the walk stopped: absence is not known
        if (glob_matches(build, source.path)) {
          any_found = true;
        } else {
          missing_globs.push_back(&source);
        }
      }
      // Builders copy nothing for a wildcard that matches nothing as long as the instruction
      // has something to copy (`COPY composer.* symfony.* ./` before `symfony.lock` exists):
      // only an instruction left with no source at all fails.
      if (any_found) continue;
      for (const CopySource* source : missing_globs) report_missing(build, *source, ctx);
    }
  }

  static bool glob_matches(const BuildContext& build, const std::string& pattern) {
    for (const auto& f : build.all_files()) {
      if (::fnmatch(pattern.c_str(), f.c_str(), FNM_PATHNAME) == 0) return true;
      // `COPY src/* …` also matches directories: a file below one counts.
      for (std::size_t slash = f.find('/'); slash != std::string::npos; slash = f.find('/', slash + 1)) {
        if (::fnmatch(pattern.c_str(), f.substr(0, slash).c_str(), FNM_PATHNAME) == 0) return true;
      }
    }
    return false;
  }

  // The project's .gitignore files, parsed once for the whole run of this rule.
  static GitIgnoreFiles& git_ignore_files(ProjectContext& ctx) {
    struct Memo {
      std::unique_ptr<GitIgnoreFiles> files;
    };
    static const int key = 0;
    Memo& memo = ctx.memo<Memo>(&key);
    if (!memo.files) memo.files = std::make_unique<GitIgnoreFiles>(ctx.project().files(), ctx.project().root);
    return *memo.files;
  }

  // The repository's submodules, read once for the whole run of this rule.
  static const GitSubmodules& git_submodules(ProjectContext& ctx) {
    struct Memo {
      std::unique_ptr<GitSubmodules> submodules;
    };
    static const int key = 0;
    Memo& memo = ctx.memo<Memo>(&key);
    if (!memo.submodules) {
      const project::Project& project = ctx.project();
      std::string workdir = project.git ? project.git->workdir() : project.root;
      memo.submodules = std::make_unique<GitSubmodules>(project.files(), workdir.empty() ? "." : workdir);
    }
    return *memo.submodules;
  }

  // An error promises a failing build: only in a context a build states, or in the Dockerfile's
  // own directory when nothing in the project suggests another. In a doubtful, assumed context
  // the file may well be where the real build looks: a warning that says so.
  static void report_missing(const BuildContext& build, const CopySource& source, ProjectContext& ctx) {
    // A path git ignores, or a directory whose contents it ignores (`build/*`), is a build output
    // (`COPY dist/app /`), made before the image is built by whatever builds it: its absence
    // from the checkout does not make the build fail.
    std::string path = util::join_path(build.dir, source.path);
    // A fresh clone leaves a submodule empty until `git submodule update --init`; the build that
    // has it checked out may well find the file. Nothing here can tell.
    if (std::string submodule = git_submodules(ctx).unpopulated_submodule_of(path); !submodule.empty()) {
      ctx.report(kInfo, build.dockerfile->source, source.span,
                 util::format("`{}` lies in the git submodule `{}`, which is not checked out here, so whether it "
                              "exists cannot be told; check the submodule out (`git submodule update --init`) to "
                              "have it checked",
                              source.written, submodule),
                 {}, core::Severity::kInfo);
      return;
    }
    if (!has_glob(source.path) && (git_ignore_files(ctx).ignores(path) || git_ignore_files(ctx).ignores_contents(path))) {
      ctx.report(kInfo, build.dockerfile->source, source.span,
                 util::format("`{}` is not in the build context `{}`, and .gitignore lists it: a build output that "
                              "must be made before the image is built, or this COPY fails",
                              source.written, build.dir),
                 {}, core::Severity::kWarning);
      return;
    }
    if (build.doubtful) {
      ctx.report(kInfo, build.dockerfile->source, source.span,
                 util::format("`{}` does not exist in the assumed build context `{}` (no build states one); "
                              "state the context (compose, bake, configuration `build-contexts`) or fix the path",
                              source.written, build.dir),
                 {}, core::Severity::kWarning);
      return;
    }
    ctx.report(kInfo, build.dockerfile->source, source.span,
               util::format("`{}` does not exist in the build context `{}`; paths are relative to the "
                            "context, not to the Dockerfile",
                            source.written, build.dir));
  }
};

}  // namespace

PLIMSOLL_RULE(di005_copy_source_missing, CopySourceMissing)

}  // namespace plimsoll::rules
