#include "knowledge/base_images.h"

#include <fnmatch.h>

#include "knowledge/load.h"

namespace plimsoll::knowledge {
namespace {

struct BaseImageEntry {
  std::string image_glob;
  std::optional<std::string> tag_glob;
  BaseImageFacts facts;
  bool has_user_facts = false;
  std::optional<std::vector<std::string>> tools;
  std::vector<std::string> exposes;
};

const std::vector<BaseImageEntry>& entries() {
  static const std::vector<BaseImageEntry> instance = [] {
    util::YamlNode doc = load_embedded_yaml("data/knowledge/base_images.yaml");
    std::vector<BaseImageEntry> out;
    if (const util::YamlNode* images = doc.find("images"); images && images->is_sequence()) {
      for (const auto& item : images->items) {
        BaseImageEntry entry;
        entry.image_glob = scalar_or(item.find("image"), "");
        if (const auto* tag = item.find("tag"); tag && tag->is_scalar()) entry.tag_glob = tag->scalar;
        if (const auto* user = item.find("default_user"); user && user->is_scalar()) {
          entry.facts.default_user = user->scalar;
        }
        entry.facts.users = scalar_list(item.find("users"));
        entry.facts.windows = scalar_or(item.find("os"), "") == "windows";
        entry.has_user_facts = item.find("users") != nullptr || item.find("default_user") != nullptr;
        if (const auto* tools = item.find("tools"); tools != nullptr) entry.tools = scalar_list(tools);
        entry.exposes = scalar_list(item.find("exposes"));
        out.push_back(std::move(entry));
      }
    }
    return out;
  }();
  return instance;
}

bool glob_matches(const std::string& glob, std::string_view text) {
  return ::fnmatch(glob.c_str(), std::string(text).c_str(), 0) == 0;
}

}  // namespace

BaseImageFacts base_image_facts(std::string_view repository, std::string_view tag) {
  for (const auto& entry : entries()) {
    if (!glob_matches(entry.image_glob, repository)) continue;
    if (!entry.has_user_facts) continue;
    if (entry.tag_glob && !glob_matches(*entry.tag_glob, tag)) continue;
    return entry.facts;
  }
  return {};
}

std::optional<std::vector<std::string>> base_image_tools(std::string_view repository, std::string_view tag) {
  for (const auto& entry : entries()) {
    if (!entry.tools || !glob_matches(entry.image_glob, repository)) continue;
    if (entry.tag_glob && !glob_matches(*entry.tag_glob, tag)) continue;
    return entry.tools;
  }
  return std::nullopt;
}

std::vector<std::string> base_image_exposed_ports(std::string_view repository, std::string_view tag) {
  for (const auto& entry : entries()) {
    if (entry.exposes.empty() || !glob_matches(entry.image_glob, repository)) continue;
    if (entry.tag_glob && !glob_matches(*entry.tag_glob, tag)) continue;
    return entry.exposes;
  }
  return {};
}

}  // namespace plimsoll::knowledge
