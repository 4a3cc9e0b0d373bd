// What compose rules share: the services of each compose stack (the typed views of
// compose/service.h, parsed once when the project loads) with the stack they run in, and the
// stack's role (development, production).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "compose/service.h"
#include "dockerfile/model.h"
#include "project/project.h"
#include "util/yaml.h"

namespace plimsoll::rules {

struct ServiceView {
  const project::ComposeStack& stack;
  const compose::Service& typed;  // build, volumes, ports, environment
  std::string_view name;
  const util::YamlNode& key;   // the service's name in the file (where "missing" findings go)
  const util::YamlNode& node;  // its merged mapping
};

// Calls `fn` for every service (a mapping under `services:`) of every stack of the project.
void for_each_service(const project::Project& project, const std::function<void(const ServiceView&)>& fn);

// True for a plain or quoted YAML boolean `true` (compose also takes the strings "true"/"True").
bool is_true(const util::YamlNode* node);
// The list items of a field that may be one scalar or a list (`cap_drop: ALL` or `[ALL]`).
std::vector<const util::YamlNode*> items_of(const util::YamlNode* node);

// The final stage of the Dockerfile a service builds (its `build:`), or nullptr when it has no
// build, builds remotely or inline, or the Dockerfile could not be read.
const dockerfile::Stage* built_final_stage(const project::Project& project, const ServiceView& service);

// The Dockerfile rule DF058 reads published ports under these names.
using PublishedPort = compose::Port;
inline const std::vector<compose::Port>& ports_of(const ServiceView& service) { return service.typed.ports; }

// A one-shot service (migrations, seeders, tools): `restart: "no"` said explicitly, or only in
// `profiles:` run on demand. Runtime-hardening rules for long-running services skip these.
bool is_one_shot(const ServiceView& service);

}  // namespace plimsoll::rules
