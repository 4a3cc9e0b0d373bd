// The YAML is parsed on first use; lookups are by plain keys.
#include "init/bases.h"

#include <cstdio>
#include <cstdlib>
#include <map>

#include "init/templates.h"
#include "util/yaml.h"

namespace plimsoll::init {

struct Bases::Data {
  std::map<std::string, std::map<std::string, std::string>> images;  // ecosystem → version → image
  std::map<std::string, std::string> fallback, final, defaults, tools, debian;
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
      std::fprintf(stderr, "internal error: data/templates/bases.yaml: %s\n", doc ? "not a map" : doc.error().message.c_str());
      std::abort();
    }
    auto* data = new Data;  // lives for the process
    for (const auto& e : doc->entries) {
      const std::string& key = e.key.scalar;
      if (key == "tools") data->tools = scalars(&e.value);
      else if (key == "debian") data->debian = scalars(&e.value);
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

std::string Bases::debian(const std::string& package) const {
  auto it = data_->debian.find(package);
  return it == data_->debian.end() ? package : package + "=" + it->second;
}

}  // namespace plimsoll::init
