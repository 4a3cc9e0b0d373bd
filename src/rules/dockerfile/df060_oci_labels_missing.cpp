// DF060 oci-labels-missing: the shipped image should say where it came from (OCI annotations
// that registries, scanners and `docker inspect` show).
#include <algorithm>
#include <set>

#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kRequiredLabels{"required-labels",
    "org.opencontainers.image.source,org.opencontainers.image.version,org.opencontainers.image.revision",
    "Labels every shipped image must carry."};
constexpr OptionSpec kOptions[] = {kRequiredLabels};
constexpr RuleInfo kInfo{"DF060", "oci-labels-missing", core::Severity::kInfo, "dockerfile",
                         "Final image should carry `org.opencontainers.image.*` labels (source, version, revision).",
                         "df060_oci_labels_missing", kOptions};

// LABEL keys set in a stage and the stages it is built FROM (labels are inherited).
std::set<std::string> labels_in_chain(const dockerfile::Model& model, int index, char escape) {
  std::set<std::string> keys;
  for (std::size_t guard = 0; index >= 0 && guard <= model.stages.size(); ++guard) {
    const dockerfile::Stage& stage = model.stages[static_cast<std::size_t>(index)];
    for (const dockerfile::Instruction* in : stage.instructions) {
      if (in->kind != dockerfile::Keyword::kLabel) continue;
      for (const auto& pair : in->typed.pairs()) {
        auto key = dockerfile::expand(pair.raw_key, stage.env, escape);
        keys.insert(key.words.empty() ? pair.key : key.words.front());
      }
    }
    index = stage.parent;
  }
  return keys;
}

class OciLabelsMissing final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    std::vector<std::string> required = option<kRequiredLabels>(ctx.settings());
    if (required.empty()) return;
    for (int target : ctx.shipped_targets()) {
      std::set<std::string> present = labels_in_chain(ctx.model(), target, ctx.file().escape);
      std::vector<std::string> missing;
      for (const auto& label : required) {
        if (!present.count(label)) missing.push_back(label);
      }
      if (missing.empty()) continue;
      std::string list;
      for (const auto& m : missing) list += (list.empty() ? "" : ", ") + ("`" + m + "`");
      const dockerfile::Stage& stage = ctx.model().stages[static_cast<std::size_t>(target)];
      ctx.report(kInfo, stage.from->keyword_span,
                 util::format("the shipped image lacks {}; set them from build args, e.g. `ARG VERSION` then "
                              "`LABEL org.opencontainers.image.version=$VERSION`",
                              list));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df060_oci_labels_missing, OciLabelsMissing)

}  // namespace plimsoll::rules
