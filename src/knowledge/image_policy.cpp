#include "knowledge/image_policy.h"

#include <fnmatch.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "knowledge/load.h"

namespace plimsoll::knowledge {
namespace {

struct BuildTools {
  std::vector<std::string> packages;
  std::vector<std::string> programs;
};

const BuildTools& build_tools() {
  static const BuildTools instance = [] {
    util::YamlNode doc = load_embedded_yaml("data/knowledge/build_tools.yaml");
    return BuildTools{scalar_list(doc.find("packages")), scalar_list(doc.find("programs"))};
  }();
  return instance;
}

struct MinimalBase {
  std::optional<std::string> image;
  std::optional<std::string> tag;
};

struct BasePolicy {
  std::vector<MinimalBase> minimal;
  std::vector<MinimalBase> full;
};

std::vector<MinimalBase> base_list(const util::YamlNode& doc, std::string_view key) {
  std::vector<MinimalBase> out;
  if (const util::YamlNode* list = doc.find(key); list != nullptr) {
    for (const auto& item : list->items) {
      MinimalBase base;
      if (const auto* image = item.find("image")) base.image = image->scalar;
      if (const auto* tag = item.find("tag")) base.tag = tag->scalar;
      out.push_back(std::move(base));
    }
  }
  return out;
}

const BasePolicy& base_policy() {
  static const BasePolicy instance = [] {
    util::YamlNode doc = load_embedded_yaml("data/knowledge/minimal_bases.yaml");
    return BasePolicy{base_list(doc, "minimal"), base_list(doc, "full")};
  }();
  return instance;
}

bool glob(const std::string& pattern, std::string_view text) {
  return ::fnmatch(pattern.c_str(), std::string(text).c_str(), 0) == 0;
}

}  // namespace

bool is_build_tool_package(std::string_view package) {
  const auto& patterns = build_tools().packages;
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) { return glob(p, package); });
}

bool is_build_tool_program(std::string_view program) {
  const auto& programs = build_tools().programs;
  return std::find(programs.begin(), programs.end(), program) != programs.end();
}

namespace {

bool listed(const std::vector<MinimalBase>& list, std::string_view repository, std::string_view tag) {
  for (const auto& base : list) {
    if (base.image && !glob(*base.image, repository)) continue;
    if (base.tag && !glob(*base.tag, tag)) continue;
    return true;
  }
  return false;
}

}  // namespace

bool is_minimal_base(std::string_view repository, std::string_view tag) {
  return listed(base_policy().minimal, repository, tag);
}

bool is_full_distribution(std::string_view repository, std::string_view tag) {
  return !is_minimal_base(repository, tag) && listed(base_policy().full, repository, tag);
}

}  // namespace plimsoll::knowledge
