// What compose rules share: the services of each compose stack with the file they were written
// in, the stack's role (development, production), and the image a service builds.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dockerfile/model.h"
#include "project/project.h"
#include "util/yaml.h"

namespace plimsoll::rules {

struct ServiceView {
  const project::ComposeStack& stack;
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
// build, builds remotely, or the Dockerfile could not be read.
const dockerfile::Stage* built_final_stage(const project::Project& project, const ServiceView& service);

// A scalar as its file wrote it, interpolated again with `$HOME`/`${HOME}` read as `~` and
// `$PWD` as `.` (the loaded value has them empty when no env file sets them). The loaded value
// when it has no `$`.
std::string as_written(const project::ComposeStack& stack, const util::YamlNode& node);

// One entry of a service's `volumes:`, short (`./src:/app:ro`) or long syntax.
struct Mount {
  const util::YamlNode* node = nullptr;  // the list item
  std::string type;    // "bind", "volume", "tmpfs", …; short syntax: bind for paths, else volume
  std::string source;  // host path (`~` for the home directory) or volume name; may be empty
  std::string target;
  std::string mode;    // short syntax's third part (`ro`, `rw,z`)
  bool read_only = false;
};
std::vector<Mount> mounts_of(const ServiceView& service);

// One entry of a service's `ports:`, short (`127.0.0.1:8080:80/udp`) or long syntax.
struct PublishedPort {
  const util::YamlNode* node = nullptr;  // the list item
  std::string host_ip;    // empty: every interface
  std::string published;  // host port or range; empty: a random one
  std::string target;
  std::string protocol;   // empty: tcp
};
std::vector<PublishedPort> ports_of(const ServiceView& service);

// A one-shot service (migrations, seeders, tools): `restart: "no"` said explicitly, or only in
// `profiles:` run on demand. Runtime-hardening rules for long-running services skip these.
bool is_one_shot(const ServiceView& service);
// True when the scalar `node` was written as a `${VAR}` reference (its value came from
// interpolation, not from the file).
bool written_as_reference(const project::ComposeStack& stack, const util::YamlNode& node);

}  // namespace plimsoll::rules
