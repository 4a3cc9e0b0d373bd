#include "knowledge/base_images.h"

#include <fnmatch.h>

#include <map>
#include <string>

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

bool glob_matches(const std::string& glob, const std::string& text) {
  return ::fnmatch(glob.c_str(), text.c_str(), 0) == 0;
}

// A project asks about the same few bases for every stage and every rule, and each answer is a
// scan of every entry with fnmatch: each thread keeps the answers it worked out. The cache is
// bounded, since a hostile tree may name any number of distinct bases.
template <typename Answer, typename Compute>
Answer remembered(std::string_view repository, std::string_view tag, Compute compute) {
  constexpr std::size_t kMaxRemembered = 4096;
  thread_local std::map<std::string, Answer, std::less<>> answers;
  std::string key;
  key.reserve(repository.size() + tag.size() + 1);
  key.append(repository).push_back('\0');
  key.append(tag);
  if (auto found = answers.find(key); found != answers.end()) return found->second;
  std::string image(repository);
  std::string version(tag);
  Answer answer = compute(image, version);
  if (answers.size() >= kMaxRemembered) answers.clear();
  answers.emplace(std::move(key), answer);
  return answer;
}

}  // namespace

BaseImageFacts base_image_facts(std::string_view repository, std::string_view tag) {
  return remembered<BaseImageFacts>(repository, tag, [](const std::string& image, const std::string& version) {
    for (const auto& entry : entries()) {
      if (!entry.has_user_facts || !glob_matches(entry.image_glob, image)) continue;
      if (entry.tag_glob && !glob_matches(*entry.tag_glob, version)) continue;
      return entry.facts;
    }
    return BaseImageFacts{};
  });
}

std::optional<std::vector<std::string>> base_image_tools(std::string_view repository, std::string_view tag) {
  using Tools = std::optional<std::vector<std::string>>;
  return remembered<Tools>(repository, tag, [](const std::string& image, const std::string& version) -> Tools {
    for (const auto& entry : entries()) {
      if (!entry.tools || !glob_matches(entry.image_glob, image)) continue;
      if (entry.tag_glob && !glob_matches(*entry.tag_glob, version)) continue;
      return entry.tools;
    }
    return std::nullopt;
  });
}

std::vector<std::string> base_image_exposed_ports(std::string_view repository, std::string_view tag) {
  using Ports = std::vector<std::string>;
  return remembered<Ports>(repository, tag, [](const std::string& image, const std::string& version) {
    for (const auto& entry : entries()) {
      if (entry.exposes.empty() || !glob_matches(entry.image_glob, image)) continue;
      if (entry.tag_glob && !glob_matches(*entry.tag_glob, version)) continue;
      return entry.exposes;
    }
    return Ports{};
  });
}

}  // namespace plimsoll::knowledge
