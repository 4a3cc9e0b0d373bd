#include "compose/printed_model.h"

#include <set>

#include "compose/printed_service.h"
#include "compose/service.h"
#include "compose/type_casts.h"
#include "compose/yaml_json.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::compose {
namespace {

using ojson = nlohmann::ordered_json;

const std::initializer_list<std::string_view> kTopOrder = {"name", "services", "networks", "volumes",
                                                               "secrets", "configs", "models"};

// Top-level networks and volumes: each gets the name compose creates it under.
ojson named_resources(const nlohmann::json& typed, const std::string& project, std::initializer_list<std::string_view> order) {
  ojson out = ojson::object();
  if (!typed.is_object()) return printed::sorted(typed);
  for (const auto& [key, value] : typed.items()) {
    ojson entry = value.is_object() ? printed::sorted(value) : ojson::object();
    bool external = entry.contains("external") && entry["external"].is_boolean() && entry["external"].get<bool>();
    if (entry.contains("external") && entry["external"].is_object()) {
      external = true;  // the legacy `external: {name: …}` form
      entry["external"] = true;
    }
    if (!entry.contains("name")) entry["name"] = external ? key : project + "_" + key;
    printed::append(out, key, printed::in_order(entry, order));
  }
  return out;
}

// Top-level secrets and configs: `file` resolved against the directory of the file that names it.
ojson file_objects(const nlohmann::json& typed, const util::YamlNode* node, const std::string& project,
                   const PrintContext& context) {
  ojson out = ojson::object();
  if (!typed.is_object() || node == nullptr) return printed::sorted(typed);
  for (const auto& [key, value] : typed.items()) {
    ojson entry = value.is_object() ? printed::sorted(value) : ojson::object();
    const util::YamlNode* declared = node->find(key);
    const util::YamlNode* file = declared != nullptr ? declared->find("file") : nullptr;
    if (file != nullptr && file->is_scalar()) {
      entry["file"] = printed::resolved_path(file->scalar, context.base_dir(*file), context.home);
    }
    bool external = entry.contains("external") && entry["external"].is_boolean() && entry["external"].get<bool>();
    if (!entry.contains("name")) entry["name"] = external ? key : project + "_" + key;
    printed::append(out, key,
                    printed::in_order(entry, {"name", "file", "environment", "content", "external", "labels", "driver",
                                              "driver_opts", "template_driver"}));
  }
  return out;
}

std::set<std::string> keys_of(const nlohmann::json& object) {
  std::set<std::string> out;
  if (object.is_object()) {
    for (const auto& [key, value] : object.items()) out.insert(key);
  }
  return out;
}

// What compose refuses after loading: references to services, networks, volumes, secrets and
// configs that the stack does not define (or that a profile left out).
void check_references(const std::string& name, const ojson& service, const std::set<std::string>& services,
                      const std::set<std::string>& all_services, const nlohmann::json& root,
                      std::vector<std::string>& errors) {
  if (auto it = service.find("depends_on"); it != service.end()) {
    for (const auto& [dependency, condition] : it->items()) {
      bool required = !condition.is_object() || !condition.contains("required") || condition["required"] != false;
      if (services.contains(dependency) || !required) continue;
      errors.push_back(util::format("service \"{}\" depends on undefined service \"{}\": invalid compose project{}", name,
                                    dependency, all_services.contains(dependency) ? " (no profile of it is active)" : ""));
    }
  }
  auto declared = [&root](const char* section) { return keys_of(root.contains(section) ? root[section] : nlohmann::json()); };
  if (auto it = service.find("networks"); it != service.end() && it->is_object()) {
    std::set<std::string> networks = declared("networks");
    for (const auto& [network, options] : it->items()) {
      if (network != "default" && !networks.contains(network)) {
        errors.push_back(util::format("service \"{}\" refers to undefined network {}: invalid compose project", name, network));
      }
    }
  }
  if (auto it = service.find("volumes"); it != service.end() && it->is_array()) {
    std::set<std::string> volumes = declared("volumes");
    for (const auto& mount : *it) {
      if (!mount.is_object() || mount.value("type", "") != "volume" || !mount.contains("source")) continue;
      std::string source = mount["source"].is_string() ? mount["source"].get<std::string>() : std::string();
      if (!source.empty() && !volumes.contains(source)) {
        errors.push_back(util::format("service \"{}\" refers to undefined volume {}: invalid compose project", name, source));
      }
    }
  }
  for (const char* section : {"secrets", "configs"}) {
    auto it = service.find(section);
    if (it == service.end() || !it->is_array()) continue;
    std::set<std::string> objects = declared(section);
    std::string kind(section, std::string_view(section).size() - 1);
    for (const auto& reference : *it) {
      if (!reference.is_object() || !reference.contains("source") || !reference["source"].is_string()) continue;
      std::string source = reference["source"].get<std::string>();
      if (!objects.contains(source)) {
        errors.push_back(util::format("service \"{}\" refers to undefined {} {}: invalid compose project", name, kind, source));
      }
    }
  }
}

}  // namespace

std::string normalized_project_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    char lower = util::ascii_lower(c);
    if (util::is_ascii_alnum(lower) || ((lower == '-' || lower == '_') && !out.empty())) out += lower;
  }
  return out;
}

bool service_enabled(const util::YamlNode& service, const std::vector<std::string>& active) {
  const util::YamlNode* profiles = service.find("profiles");
  if (profiles == nullptr || !profiles->is_sequence() || profiles->items.empty()) return true;
  for (const auto& profile : profiles->items) {
    for (const auto& wanted : active) {
      if (wanted == "*" || wanted == profile.scalar) return true;
    }
  }
  return false;
}

PrintedModel printed_model(const util::YamlNode& merged, const PrintContext& context) {
  PrintedModel out;
  nlohmann::json typed = yaml_to_json(merged);
  for (const CastFailure& failure : apply_type_casts(typed)) {
    out.errors.push_back(util::format("failed to cast to expected type: {}: \"{}\" is not {}", failure.path,
                                      failure.value, failure.wanted));
  }
  ojson& model = out.model;
  model = ojson::object();
  if (!typed.is_object()) return out;
  model["name"] = context.project_name;

  const util::YamlNode* services = merged.find("services");
  std::set<std::string> all_services, enabled;
  ojson printed_services = ojson::object();
  bool uses_default_network = false;
  printed::Spent spent;
  if (services != nullptr && services->is_map() && typed["services"].is_object()) {
    std::map<std::string, const util::YamlNode*> by_name;
    for (const auto& entry : services->entries) by_name.try_emplace(entry.key.scalar, &entry.value);
    for (const auto& [name, node] : by_name) {
      all_services.insert(name);
      if (service_enabled(*node, context.profiles)) enabled.insert(name);
    }
    for (const auto& [name, node] : by_name) {
      if (!enabled.contains(name)) continue;
      ojson service = printed::service(name, *node, typed["services"][name], context, spent, out.errors);
      check_references(name, service, enabled, all_services, typed, out.errors);
      if (auto it = service.find("networks"); it != service.end() && it->is_object() && it->contains("default")) {
        uses_default_network = true;
      }
      printed::append(printed_services, name, std::move(service));
    }
  }
  model["services"] = std::move(printed_services);

  nlohmann::json networks = typed.contains("networks") ? typed["networks"] : nlohmann::json::object();
  if (uses_default_network && networks.is_object() && !networks.contains("default")) networks["default"] = nlohmann::json::object();
  for (const auto& [key, value] : typed.items()) {
    if (key == "name" || key == "services" || key == "version" || key == "include") continue;
    if (key == "networks") continue;
    if (key == "volumes") {
      printed::append(model, key, named_resources(value, context.project_name, {"name", "driver", "driver_opts", "external", "labels"}));
    } else if (key == "secrets" || key == "configs") {
      printed::append(model, key, file_objects(value, merged.find(key), context.project_name, context));
    } else {
      printed::append(model, key, printed::sorted(value));
    }
  }
  if (networks.is_object() && !networks.empty()) {
    model["networks"] = named_resources(networks, context.project_name,
                                        {"name", "driver", "driver_opts", "ipam", "external", "internal", "attachable",
                                         "labels", "enable_ipv4", "enable_ipv6"});
  }
  // compose writes the YAML from its project struct, in field order, and the JSON from a map,
  // in byte order.
  model = context.json ? printed::in_order(model, {}) : printed::in_order(model, kTopOrder);
  return out;
}

}  // namespace plimsoll::compose
