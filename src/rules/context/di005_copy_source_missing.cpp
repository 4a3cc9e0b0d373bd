// DI005 copy-source-missing: a COPY of a path that is not in the context fails the build; it
// is usually a path relative to the wrong directory (the Dockerfile's, not the context's).
#include <fnmatch.h>

#include "rules/context/build_contexts.h"
#include "rules/context/copy_sources.h"
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
      for (const CopySource& source : context_sources(in)) {
        if (source.path.empty()) continue;
        bool found = false;
        if (!has_glob(source.path)) {
          found = ctx.project().files().exists(util::join_path(build.dir, source.path));
        } else {
          if (build.truncated()) continue;  // the walk stopped: absence is not known
          for (const auto& f : build.all_files()) {
            found = found || ::fnmatch(source.path.c_str(), f.c_str(), FNM_PATHNAME) == 0;
            // `COPY src/* …` also matches directories: a file below one counts.
            std::size_t slash = f.find('/');
            while (!found && slash != std::string::npos) {
              found = ::fnmatch(source.path.c_str(), f.substr(0, slash).c_str(), FNM_PATHNAME) == 0;
              slash = f.find('/', slash + 1);
            }
          }
        }
        if (found) continue;
        ctx.report(kInfo, build.dockerfile->source, source.span,
                   util::format("`{}` does not exist in the build context `{}`; paths are relative to the "
                                "context, not to the Dockerfile",
                                source.written, build.dir));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(di005_copy_source_missing, CopySourceMissing)

}  // namespace plimsoll::rules
