// DF061 syntax-directive-missing: BuildKit-only syntax needs `# syntax=docker/dockerfile:1`, so
// the frontend that understands it is used whatever the builder's built-in version is.
#include <algorithm>
#include <array>

#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/file_context.h"
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

// Flags that only the BuildKit frontend knows, per instruction.
bool is_buildkit_flag(dockerfile::Keyword kind, std::string_view flag) {
  using K = dockerfile::Keyword;
  static constexpr std::array<std::string_view, 3> kRun = {"mount", "network", "security"};
  static constexpr std::array<std::string_view, 6> kCopy = {"link", "chmod", "exclude", "parents", "checksum", "keep-git-dir"};
  if (kind == K::kRun) return std::find(kRun.begin(), kRun.end(), flag) != kRun.end();
  if (kind == K::kCopy || kind == K::kAdd) return std::find(kCopy.begin(), kCopy.end(), flag) != kCopy.end();
  return false;
}

std::optional<Feature> first_feature(const dockerfile::Dockerfile& file) {
  for (const auto& in : file.instructions) {
    for (const auto& flag : in.flags) {
      if (is_buildkit_flag(in.kind, flag.name)) return Feature{flag.span, "`--" + flag.name + "`"};
    }
    if (!in.heredocs.empty()) return Feature{in.heredocs.front().word_span, "a heredoc"};
  }
  return std::nullopt;
}

class SyntaxDirectiveMissing final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::at_file_end(); }
  void on_file_end(FileContext& ctx) const override {
    const auto& directives = ctx.file().directives;
    bool declared = std::any_of(directives.begin(), directives.end(),
                                [](const dockerfile::Directive& d) { return d.key == "syntax"; });
    if (declared) return;
    std::optional<Feature> feature = first_feature(ctx.file());
    if (!feature) return;
    core::Fix fix{"Add # syntax=docker/dockerfile:1", {{{0, 0}, "# syntax=docker/dockerfile:1\n"}}};
    ctx.report(kInfo, feature->span,
               util::format("{} needs the BuildKit Dockerfile frontend; add `# syntax=docker/dockerfile:1` as the "
                            "first line so every builder uses one that supports it",
                            feature->what),
               std::move(fix));
  }
};

}  // namespace

const Rule& df061_syntax_directive_missing() {
  static const SyntaxDirectiveMissing rule;
  return rule;
}

}  // namespace plimsoll::rules
