// The YAML is parsed on first use; lookups are by plain keys.
#include "init/bases.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "init/templates.h"
#include "util/yaml.h"

namespace plimsoll::init {

struct Bases::Data {
  std::map<std::string, std::map<std::string, std::string>> images;  // ecosystem → version → image
  std::map<std::string, std::string> fallback, final, defaults, tools;
};

namespace {

std::map<std::string, std::string> scalars(const util::YamlNode* map) {
  std::map<std::string, std::string> out;
  if (map == nullptr || !map->is_map()) return out;
  for (const auto& e : map->entries) {
    if (e.value.is_scalar()) out[e.key.scalar] = e.value.scalar;
  }
  return out;
}

}  // namespace

const Bases& Bases::get() {
  static const Bases bases = [] {
    auto doc = util::parse_yaml(template_text("bases.yaml"));
    if (!doc || !doc->is_map()) {
      std::fprintf(stderr, "internal error: the embedded bases.yaml: %s\n", doc ? "not a map" : doc.error().message.c_str());
      std::abort();
    }
    auto* data = new Data;  // lives for the process
    for (const auto& e : doc->entries) {
      const std::string& key = e.key.scalar;
      if (key == "tools") data->tools = scalars(&e.value);
      else {
        data->images[key] = scalars(e.value.find("images"));
        if (const auto* f = e.value.find("fallback")) data->fallback[key] = f->scalar;
        if (const auto* f = e.value.find("final")) data->final[key] = f->scalar;
        if (const auto* f = e.value.find("default")) data->defaults[key] = f->scalar;
      }
    }
    Bases b;
    b.data_ = data;
    return b;
  }();
  return bases;
}

std::string Bases::image(const std::string& ecosystem, const std::string& version, bool* pinned) const {
  auto eco = data_->images.find(ecosystem);
  if (eco != data_->images.end()) {
    if (auto it = eco->second.find(version); it != eco->second.end()) {
      if (pinned != nullptr) *pinned = true;
      return it->second;
    }
  }
  if (pinned != nullptr) *pinned = false;
  return fallback_image(ecosystem, version);
}

std::string Bases::fallback_image(const std::string& ecosystem, const std::string& version) const {
  std::string fallback = data_->fallback.contains(ecosystem) ? data_->fallback.at(ecosystem) : ecosystem + ":{version}";
  std::size_t at = fallback.find("{version}");
  if (at != std::string::npos) fallback.replace(at, 9, version);
  return fallback;
}

std::string Bases::final_image(const std::string& ecosystem) const {
  auto it = data_->final.find(ecosystem);
  return it == data_->final.end() ? std::string{} : it->second;
}

std::string Bases::default_version(const std::string& ecosystem) const {
  auto it = data_->defaults.find(ecosystem);
  return it == data_->defaults.end() ? std::string{} : it->second;
}

std::string Bases::tool(const std::string& name) const {
  auto it = data_->tools.find(name);
  return it == data_->tools.end() ? std::string{} : it->second;
}

std::vector<Bases::Recorded> Bases::recorded(const std::string& ecosystem) const {
  std::vector<Recorded> out;
  auto eco = data_->images.find(ecosystem);
  if (eco == data_->images.end()) return out;
  for (const auto& [key, image] : eco->second) {
    // The release is the tag's leading number: python:3.12.8-slim-bookworm@… → 3.12.8.
    std::string_view ref = image;
    ref = ref.substr(0, ref.find('@'));
    std::size_t colon = ref.rfind(':');
    auto version = leading_version(colon == std::string_view::npos ? std::string_view{} : ref.substr(colon + 1));
    if (!version) {
      std::fprintf(stderr, "internal error: the embedded bases.yaml: %s: the tag names no release\n", image.c_str());
      std::abort();
    }
    out.push_back({key, *version, image});
  }
  std::sort(out.begin(), out.end(), [](const Recorded& a, const Recorded& b) { return a.version > b.version; });
  return out;
}

}  // namespace plimsoll::init
