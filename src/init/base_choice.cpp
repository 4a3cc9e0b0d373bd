// A project's version is a minimum (or a range): the newest recorded base inside it keeps the
// digest pin, where taking the number as written would often name a release nobody recorded
// and leave the base unpinned.
#include "init/base_choice.h"

#include <algorithm>
#include <cctype>

#include "init/bases.h"
#include "util/format.h"

namespace plimsoll::init {
namespace {

// "3.14" for 3.14.0, "3.12.2" for 3.12.2: trailing zeros dropped, never fewer parts than the
// recorded keys have (node keys are majors, the others major.minor).
std::string release_text(const Version& v, std::size_t key_parts) {
  std::size_t parts = 3;
  while (parts > key_parts && v.parts[parts - 1] == 0) --parts;
  std::string out;
  for (std::size_t i = 0; i < parts; ++i) out += (i > 0 ? "." : "") + std::to_string(v.parts[i]);
  return out;
}

std::string describe(const std::vector<VersionRequirement>& requirements) {
  std::string out;
  for (const auto& r : requirements) out += (out.empty() ? "" : " and ") + util::format("{} \"{}\"", r.source, r.text);
  return out;
}

}  // namespace

void choose_base(Detection& d) {
  const Bases& bases = Bases::get();
  std::vector<VersionMatcher> matchers;
  std::vector<VersionRequirement> used;
  for (const auto& r : d.version_requirements) {
    auto m = VersionMatcher::parse(r);
    if (!m) {
      d.notes.push_back(util::format("{}; it does not choose the base image, so check the one the Dockerfile names",
                                     m.error().message));
      continue;
    }
    matchers.push_back(std::move(*m));
    used.push_back(r);
  }
  if (matchers.empty()) {
    d.base_image = bases.image(d.ecosystem, d.language_version);
    return;
  }
  for (const auto& candidate : bases.recorded(d.ecosystem)) {
    if (!std::all_of(matchers.begin(), matchers.end(), [&](const VersionMatcher& m) { return m.matches(candidate.version); }))
      continue;
    d.language_version = candidate.key;
    d.base_image = candidate.image;
    d.reasons.push_back(util::format("base: {} {}, the newest recorded digest-pinned release that satisfies {}", d.ecosystem,
                                     release_text(candidate.version, 3), describe(used)));
    return;
  }
  // Nothing recorded satisfies: the plain tag of the lowest release the project admits.
  std::optional<Version> floor;
  for (const auto& m : matchers) {
    if (auto f = m.floor(); f && (!floor || *f > *floor)) floor = f;
  }
  std::string key = bases.default_version(d.ecosystem);
  std::size_t key_parts = static_cast<std::size_t>(std::count(key.begin(), key.end(), '.')) + 1;
  if (floor) d.language_version = release_text(*floor, key_parts);
  d.base_image = bases.fallback_image(d.ecosystem, d.language_version);
  std::string arg = d.ecosystem + "_IMAGE";  // the templates' build argument for the base
  std::transform(arg.begin(), arg.end(), arg.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  d.notes.push_back(util::format(
      "no digest-pinned {} base recorded in this plimsoll satisfies {}, so the Dockerfile names {} by tag alone and "
      "plimsoll check reports it (DF005): in its `ARG {}=` line, name a full release tag and its digest "
      "(`docker buildx imagetools inspect <tag>` prints the digest), or use a newer plimsoll",
      d.ecosystem, describe(used), d.base_image, arg));
}

}  // namespace plimsoll::init
