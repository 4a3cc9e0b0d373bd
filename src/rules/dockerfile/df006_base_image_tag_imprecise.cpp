// DF006 base-image-tag-imprecise: `python:3` or `node:lts` floats across minor releases and
// distributions; a precise tag says which runtime and which OS the image was tested on.
#include <algorithm>

#include "knowledge/image_tags.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF006", "base-image-tag-imprecise", core::Severity::kInfo, "dockerfile",
                         "A tag should pin a full version and OS variant.", "df006_base_image_tag_imprecise"};

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Numeric components of a leading version ("3.12.8" → 3, "22" → 1, "lts" → 0); a leading `v`
// is allowed.
std::size_t version_components(std::string_view version) {
  if (version.starts_with("v")) version.remove_prefix(1);
  std::size_t count = 0;
  while (!version.empty()) {
    std::size_t dot = version.find('.');
    if (!is_digits(version.substr(0, dot))) return 0;
    ++count;
    if (dot == std::string_view::npos) break;
    version.remove_prefix(dot + 1);
  }
  return count;
}

// Date stamps and commit hashes pin as well as a version does.
bool is_build_stamp(std::string_view tag) {
  std::string_view head = tag.substr(0, tag.find('-'));
  bool date = is_digits(head) && head.size() >= 8;
  bool hex = head.size() >= 7 && std::all_of(head.begin(), head.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
             }) && !is_digits(head);
  return date || hex;
}

std::optional<std::string> problem(const dockerfile::ImageRef& image) {
  const std::string& tag = image.tag;
  if (tag.empty() || tag == "latest" || is_build_stamp(tag)) return std::nullopt;  // DF004 / fine
  bool official = image.registry == "docker.io" && image.repository.rfind("library/", 0) == 0;
  std::string name = official ? image.repository.substr(8) : image.repository;
  std::string_view version = std::string_view(tag).substr(0, tag.find('-'));
  std::size_t parts = version_components(version);
  // An OS image versions by major.minor (`ubuntu:24.04`, `alpine:3.21`), also when mirrored
  // (`mirror.example.com/ubuntu:24.04`): judged by the repository's last segment.
  std::size_t wanted = knowledge::is_os_image(util::basename(name)) ? 2 : 3;
  if (parts == 0) return util::format("`{}` is a moving tag; pin a version such as `{}:<major.minor.patch>`", tag, name);
  if (parts < wanted) {
    // The example is this tag with the missing parts marked: `20.04` → `20.04.<patch>`.
    std::string missing = parts == 1 && wanted == 3 ? ".<minor>.<patch>" : parts == 1 ? ".<minor>" : ".<patch>";
    std::string example = std::string(version) + missing + tag.substr(version.size());
    return util::format("`{}` pins only {} of the version; use the full version (`{}:{}`)", tag,
                        parts == 1 ? "the major part" : "major.minor", name, example);
  }
  if (official && knowledge::is_variant_image(name) && !knowledge::tag_names_os_release(tag)) {
    return util::format("`{}` does not name the OS release, which changes when the default variant moves; add it "
                        "(for example `-slim-bookworm` or `-alpine3.20`)",
                        tag);
  }
  return std::nullopt;
}

class BaseImageTagImprecise final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    for (const auto& stage : ctx.model().stages) {
      if (stage.base_kind != dockerfile::BaseKind::kImage || !stage.base_resolved || !stage.image.valid) continue;
      if (!stage.image.digest.empty() || stage.from->args.empty()) continue;  // a digest is precise
      if (auto why = problem(stage.image)) ctx.report(kInfo, stage.from->args[0].span, *why);
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df006_base_image_tag_imprecise, BaseImageTagImprecise)

}  // namespace plimsoll::rules
