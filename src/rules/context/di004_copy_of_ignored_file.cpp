// DI004 copy-of-ignored-file: BuildKit never sends an ignored file to the builder, so a COPY
// of it fails with "not found", however present it is on disk.
#include <fnmatch.h>

#include "rules/context/build_contexts.h"
#include "rules/context/copy_sources.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DI004", "copy-of-ignored-file", core::Severity::kError, "context",
                         "A `COPY`/`ADD` source is excluded by the ignore file (the build will fail).",
                         "di004_copy_of_ignored_file"};

bool glob_matches(const std::string& glob, const std::string& path) {
  return ::fnmatch(glob.c_str(), path.c_str(), FNM_PATHNAME) == 0;
}

// An ignored directory whose entries an exception brings back (`*` then `!src/**`) is still
// sent: BuildKit walks into it for the exception and sends the directory with what matched.
bool sends_entries_below(const BuildContext& build, const std::string& dir) {
  std::string prefix = dir + "/";
  for (const auto& f : build.included_files()) {
    if (f.starts_with(prefix)) return true;
  }
  return false;
}

class CopyOfIgnoredFile final : public kit::BuildContextRule<kInfo> {
  void check(const BuildContext& build, ProjectContext& ctx) const override {
    if (build.matcher == nullptr) return;
    for (const auto& in : build.dockerfile->file.instructions) {
      for (const CopySource& source : context_sources(in)) {
        if (source.path.empty()) continue;
        bool excluded = false;
        if (!has_glob(source.path)) {
          excluded = build.excluded(source.path) && !sends_entries_below(build, source.path);
        } else {
          // A glob fails only when everything it matches is ignored.
          bool on_disk = false;
          bool sent = false;
          for (const auto& f : build.all_files()) on_disk = on_disk || glob_matches(source.path, f);
          for (const auto& f : build.included_files()) sent = sent || glob_matches(source.path, f);
          excluded = on_disk && !sent && !build.truncated();
        }
        if (!excluded) continue;
        ctx.report(kInfo, build.dockerfile->source, source.span,
                   util::format("`{}` is excluded by {}, so BuildKit never sends it and this {} fails; remove "
                                "the pattern or add `!{}` after it",
                                source.written, build.ignore_source->path(),
                                in.kind == dockerfile::Keyword::kAdd ? "ADD" : "COPY", source.path),
                   {},
                   // An assumed context in doubt cannot promise the failure (docs/contexts.md).
                   build.doubtful ? std::optional<core::Severity>(core::Severity::kWarning) : std::nullopt);
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(di004_copy_of_ignored_file, CopyOfIgnoredFile)

}  // namespace plimsoll::rules
