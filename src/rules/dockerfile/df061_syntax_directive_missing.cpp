// DF061 syntax-directive-missing: BuildKit-only syntax needs `# syntax=docker/dockerfile:1`, so
// the frontend that understands it is used whatever the builder's built-in version is.
#include <algorithm>
#include <vector>

#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF061", "syntax-directive-missing", core::Severity::kWarning, "dockerfile",
                         "Files using BuildKit features need `# syntax=docker/dockerfile:1`.",
                         "df061_syntax_directive_missing", {}, Fixes::kOffered};

struct Feature {
  core::Span span;
  std::string what;
};

// The first flag that only the BuildKit frontend knows, in the order the flags were written.
std::optional<Feature> buildkit_flag(const dockerfile::Instruction& in) {
  std::vector<Feature> found;
  auto note = [&](core::Span span, std::string_view name) { found.push_back({span, "`--" + std::string(name) + "`"}); };
  if (const auto* run = in.typed.run()) {
    for (const auto& mount : run->mounts) note(mount.flag_span, "mount");
    if (run->network) note(run->network->flag_span, "network");
    if (run->security) note(run->security->flag_span, "security");
  }
  if (const auto* copy = in.typed.copy()) {
    if (copy->link) note(copy->link->flag_span, "link");
    if (copy->chmod) note(copy->chmod->flag_span, "chmod");
    for (const auto& exclude : copy->excludes) note(exclude.flag_span, "exclude");
    if (copy->parents) note(copy->parents->flag_span, "parents");
    if (copy->checksum) note(copy->checksum->flag_span, "checksum");
    if (copy->keep_git_dir) note(copy->keep_git_dir->flag_span, "keep-git-dir");
  }
  if (found.empty()) return std::nullopt;
  return *std::min_element(found.begin(), found.end(),
                           [](const Feature& a, const Feature& b) { return a.span.begin < b.span.begin; });
}

std::optional<Feature> first_feature(const dockerfile::Dockerfile& file) {
  for (const auto& in : file.instructions) {
    if (auto flag = buildkit_flag(in)) return flag;
    if (!in.heredocs.empty()) return Feature{in.heredocs.front().word_span, "a heredoc"};
  }
  return std::nullopt;
}

class SyntaxDirectiveMissing final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    const auto& directives = ctx.file().directives;
    bool declared = std::any_of(directives.begin(), directives.end(),
                                [](const dockerfile::Directive& d) { return d.key == "syntax"; });
    if (declared) return;
    std::optional<Feature> feature = first_feature(ctx.file());
    if (!feature) return;
    // Unsafe: BuildKit then pulls the docker/dockerfile:1 frontend image at build time (an
    // offline or mirrored-only builder fails) and builds with its newest 1.x instead of its own.
    core::Fix fix{"Add # syntax=docker/dockerfile:1", {{{0, 0}, "# syntax=docker/dockerfile:1\n"}}, core::Applicability::kUnsafe};
    ctx.report(kInfo, feature->span,
               util::format("{} needs the BuildKit Dockerfile frontend; add `# syntax=docker/dockerfile:1` as the "
                            "first line so every builder uses one that supports it",
                            feature->what),
               std::move(fix));
  }
};

}  // namespace

PLIMSOLL_RULE(df061_syntax_directive_missing, SyntaxDirectiveMissing)

}  // namespace plimsoll::rules
