// The model of a compose stack as `docker compose config` prints it: the merged, interpolated
// files (the same tree the compose rules judge) with compose's own normalisation applied. Short
// syntaxes become the long form (ports, volumes, depends_on, build, secrets, networks),
// `command:` strings become words, `env_file` contents are folded into `environment`, relative
// paths become absolute, services outside the active profiles are left out, default names are
// given to networks and volumes, and keys come in compose's order.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "envfile/template.h"
#include "util/result.h"
#include "util/yaml.h"

namespace plimsoll::compose {

struct PrintContext {
  std::string project_name;
  // The absolute directory the relative paths of `node` resolve against: the project directory
  // for the stack's own files, a file's own directory for what `extends.file` brought in.
  std::function<std::string(const util::YamlNode& node)> base_dir;
  // Where `- KEY` entries without a value and an env file's references are looked up.
  envfile::Lookup variables;
  // Reads a service's `env_file` (an absolute path); the caller refuses what it must not read.
  std::function<util::Result<std::string>(const std::string& path)> read_file;
  std::vector<std::string> profiles;  // active profiles; "*" enables every service
  std::string home;                   // what `~` in a bind mount's source stands for
  bool json = false;  // JSON keeps `command` and `entrypoint` as null when unset, as compose does
};

struct PrintedModel {
  nlohmann::ordered_json model;
  // What stops compose from loading the stack, in compose's words where it has them.
  std::vector<std::string> errors;
};

PrintedModel printed_model(const util::YamlNode& merged, const PrintContext& context);

// A project name as compose normalises one (the directory's name, or the files' `name:`):
// lower-cased, every character other than a letter, digit, `-` or `_` dropped, and leading
// `-`/`_` removed.
std::string normalized_project_name(std::string_view name);

// Profile selection as compose does it: a service without `profiles` always runs; one with
// them runs when one of them is active (or "*" is).
bool service_enabled(const util::YamlNode& service, const std::vector<std::string>& active);

}  // namespace plimsoll::compose
