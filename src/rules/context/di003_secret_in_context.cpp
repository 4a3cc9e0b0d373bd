// DI003 secret-in-context: `COPY . .` takes every file the ignore file lets through; a key or
// env file among them ends up in a layer of the image, readable by anyone who pulls it.
#include <string>
#include <vector>

#include "knowledge/secret_files.h"
#include "rules/context/build_contexts.h"
#include "rules/dockerfile/helpers.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DI003", "secret-in-context", core::Severity::kError, "context",
                         "Files in the context that look like secrets and are not ignored while the Dockerfile copies "
                         "the whole context.",
                         "di003_secret_in_context"};

class SecretInContext final : public kit::BuildContextRule<kInfo> {
  void check(const BuildContext& build, ProjectContext& ctx) const override {
    const dockerfile::Instruction* whole = nullptr;
    for (const auto& in : build.dockerfile->file.instructions) {
      if ((in.kind == dockerfile::Keyword::kCopy || in.kind == dockerfile::Keyword::kAdd) && copies_whole_context(in)) {
        whole = &in;
        break;
      }
    }
    if (whole == nullptr) return;
    std::vector<std::string> secrets;
    for (const auto& file : build.included_files()) {
      if (knowledge::is_secret_file(file)) secrets.push_back(file);
    }
    if (secrets.empty()) return;
    std::string shown;
    for (std::size_t i = 0; i < secrets.size() && i < 5; ++i) shown += (i ? ", `" : "`") + secrets[i] + "`";
    if (secrets.size() > 5) shown += util::format(" and {} more", secrets.size() - 5);
    ctx.report(kInfo, build.dockerfile->source, whole->span,
               util::format("this copies the whole context, including {}; add {} to {}", shown,
                            secrets.size() == 1 ? "it" : "them",
                            build.ignore_source ? "the .dockerignore" : "a .dockerignore"));
  }
};

}  // namespace

PLIMSOLL_RULE(di003_secret_in_context, SecretInContext)

}  // namespace plimsoll::rules
