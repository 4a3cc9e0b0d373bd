// DC020 build-file-convention: the build compose file is what CI runs to produce the release
// image, so the profile fixes its shape: one service, a parameterised image name, the target
// platforms, and tags for the version and `latest`.
#include <fnmatch.h>

#include <set>
#include <string>
#include <vector>

#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kImageVariables{"image-variables", "REGISTRY*,PROJECT_NAME,VERSION",
                                          "Globs: the service's `image:` must use a variable matching each."};
constexpr kit::ListOption kPlatforms{"platforms", "linux/amd64", "Platforms `build.platforms` must list."};
constexpr OptionSpec kOptions[] = {kImageVariables, kPlatforms};
constexpr RuleInfo kInfo{"DC020", "build-file-convention", core::Severity::kInfo, "compose",
                         "Build file: single service, image `${REGISTRY}/${PROJECT_NAME}:${VERSION}`, `platforms`, "
                         "tags with version and `latest`.",
                         "dc020_build_file_convention", kOptions};

bool is_build_file(std::string_view path) {
  std::string name = util::to_lower_ascii(util::basename(path));
  return name.find("build") != std::string::npos;
}

// The variables the scalar at `node`'s mark refers to, as written.
std::vector<std::string> variables_at(const compose::ComposeDocument& doc, const util::YamlNode& node) {
  std::vector<std::string> out;
  for (const auto& ref : doc.variables) {
    if (ref.line == node.line && ref.column == node.column) out.push_back(ref.name);
  }
  return out;
}

// The key of `map`'s entry `name` (where a finding about a block goes), else `fallback`.
const util::YamlNode& key_of(const util::YamlNode& map, std::string_view name, const util::YamlNode& fallback) {
  for (const auto& entry : map.entries) {
    if (entry.key.is_scalar() && entry.key.scalar == name) return entry.key;
  }
  return fallback;
}

std::string missing_variables(const std::vector<std::string>& globs, const std::vector<std::string>& used) {
  std::string out;
  for (const auto& glob : globs) {
    bool found = false;
    for (const auto& name : used) found = found || ::fnmatch(glob.c_str(), name.c_str(), 0) == 0;
    if (!found) out += (out.empty() ? "`" : ", `") + glob + "`";
  }
  return out;
}

class BuildFileConvention final : public kit::ProjectRule<kInfo> {
  void check(ProjectContext& ctx) const override {
    std::set<std::string> seen;
    for (const auto& stack : ctx.project().stacks) {
      for (const auto& doc : stack.documents) {
        if (!doc.loaded || !is_build_file(doc.path) || !seen.insert(util::normal_path(doc.path)).second) continue;
        check_file(ctx, stack, doc);
      }
    }
  }

 private:
  static void check_file(ProjectContext& ctx, const project::ComposeStack& stack, const compose::ComposeDocument& doc) {
    const util::YamlNode* services = doc.root.find("services");
    if (services == nullptr || !services->is_map() || services->entries.empty()) {
      ctx.report_file(kInfo, doc.source, "build file defines no service; it should define the one that builds the image");
      return;
    }
    if (services->entries.size() > 1) {
      ctx.report_node(kInfo, stack, services->entries[1].key,
                      util::format("build file defines {} services; keep one, the image CI builds, and run the "
                                   "others from the dev file",
                                   services->entries.size()));
    }
    for (const auto& entry : services->entries) {
      if (entry.value.is_map()) check_service(ctx, stack, doc, entry.key, entry.value);
    }
  }

  static void check_service(ProjectContext& ctx, const project::ComposeStack& stack, const compose::ComposeDocument& doc,
                            const util::YamlNode& key, const util::YamlNode& service) {
    const RuleSettings& settings = ctx.settings();
    std::vector<std::string> globs = option<kImageVariables>(settings);
    const util::YamlNode* image = service.find("image");
    if (image == nullptr || !image->is_scalar()) {
      ctx.report_node(kInfo, stack, key,
                      util::format("build service `{}` has no `image:`; name it "
                                   "`${{REGISTRY}}/${{PROJECT_NAME}}:${{VERSION}}` so the pushed tag is known",
                                   key.scalar));
    } else if (std::string missing = missing_variables(globs, variables_at(doc, *image)); !missing.empty()) {
      ctx.report_node(kInfo, stack, *image,
                      util::format("build service `{}` names its image without {}; write it as "
                                   "`${{REGISTRY}}/${{PROJECT_NAME}}:${{VERSION}}` so every project tags the same way",
                                   key.scalar, missing));
    }
    const util::YamlNode* build = service.find("build");
    if (build == nullptr || !build->is_map()) {
      ctx.report_node(kInfo, stack, key_of(service, "build", key),
                      util::format("build service `{}` needs a `build:` mapping with `context`, `dockerfile`, "
                                   "`platforms` and `tags`",
                                   key.scalar));
      return;
    }
    const util::YamlNode* platforms = build->find("platforms");
    std::string missing;
    for (const auto& wanted : option<kPlatforms>(settings)) {
      bool found = false;
      for (const util::YamlNode* p : items_of(platforms)) found = found || (p->is_scalar() && p->scalar == wanted);
      if (!found) missing += (missing.empty() ? "`" : ", `") + wanted + "`";
    }
    if (platforms == nullptr || items_of(platforms).empty() || !missing.empty()) {
      ctx.report_node(kInfo, stack, key_of(*build, "platforms", key_of(service, "build", key)),
                      util::format("build service `{}` does not pin its target platforms{}; list them under "
                                   "`build.platforms` so the image is the same wherever CI runs",
                                   key.scalar, missing.empty() ? "" : " (" + missing + " missing)"));
    }
    const util::YamlNode* tags = build->find("tags");
    bool version_tag = false;
    bool latest_tag = false;
    for (const util::YamlNode* tag : items_of(tags)) {
      if (!tag->is_scalar()) continue;
      version_tag = version_tag || (image != nullptr && image->is_scalar() && tag->scalar == image->scalar);
      latest_tag = latest_tag || tag->scalar.ends_with(":latest");
    }
    if (!version_tag || !latest_tag) {
      std::string lacking = !version_tag && !latest_tag ? "the image's version and `latest`"
                            : !version_tag              ? "the image's version (the `image:` itself)"
                                                        : "`latest`";
      ctx.report_node(kInfo, stack, key_of(*build, "tags", key_of(service, "build", key)),
                      util::format("build service `{}` does not tag {}; list both under `build.tags`", key.scalar,
                                   lacking));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc020_build_file_convention, BuildFileConvention)

}  // namespace plimsoll::rules
