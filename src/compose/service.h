// Typed views of a compose service, parsed once from its merged mapping: the build, mounts
// (`volumes:`) and ports in short or long syntax, the environment as a list or a map, and the
// env files. Each
// item keeps a pointer to its YAML node for positions; the views borrow the mapping they were
// parsed from, which must outlive them (and not be copied from under them).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "util/yaml.h"

namespace plimsoll::compose {

// The text a scalar was written as (see compose/written.h); host paths are read through it so
// `${PWD}/src` stays a relative path. Without one, the interpolated value is used.
using WrittenText = std::function<std::string(const util::YamlNode& scalar)>;

// `build:`, short (`build: ./api`) or long syntax.
struct Build {
  const util::YamlNode* node = nullptr;
  std::string context = ".";  // as written, relative to the compose file's directory
  std::string dockerfile = "Dockerfile";
  std::string target;         // lower-cased stage name; "" for the last stage
  bool inline_dockerfile = false;  // `dockerfile_inline:`: there is no file to read
  bool remote = false;             // a git or URL context: nothing local to read
  // The names of `additional_contexts` (a map, or a list of `name=value`), as written.
  std::vector<std::string> additional_contexts;
};

// One entry of `volumes:`, short (`./src:/app:ro`) or long syntax.
struct Mount {
  const util::YamlNode* node = nullptr;  // the list item
  bool long_syntax = false;
  std::string type;    // "bind", "volume", "tmpfs", …; short syntax: bind for paths, else volume
  std::string source;  // host path as written (`~` for the home directory) or volume name; may be empty
  std::string target;  // lexically normal (`/tmp/` is `/tmp`)
  std::string mode;    // short syntax's third part (`ro`, `rw,z`)
  bool read_only = false;
};

struct PortRange {
  int first = 0;
  int last = 0;  // inclusive; equal to `first` for a single port
  friend bool operator==(const PortRange&, const PortRange&) = default;
};

// One entry of `ports:`, short (`127.0.0.1:8080:80/udp`) or long syntax.
struct Port {
  const util::YamlNode* node = nullptr;  // the list item
  bool long_syntax = false;
  std::string host_ip;    // without brackets; empty: every interface
  std::string published;  // host port or range as written; empty: a random one
  std::string target;     // container port or range
  std::string protocol;   // empty: tcp

  // The ports as numbers; nullopt when absent or not a port (`${VAR}` left unset, garbage).
  std::optional<PortRange> published_range() const;
  std::optional<PortRange> target_range() const;
};

// One variable of `environment:`, list (`- KEY=value`) or map (`KEY: value`) form.
struct EnvironmentVariable {
  std::string name;
  std::optional<std::string> value;  // nullopt: `- KEY` or `KEY:` (taken from the shell)
  const util::YamlNode* name_node = nullptr;  // the map key, or the list item
  const util::YamlNode* node = nullptr;       // the scalar holding the value: map value or list item
};

// One entry of `env_file:`, a path (`env_file: .env` or a list of them) or long syntax.
struct EnvFile {
  const util::YamlNode* node = nullptr;  // the path's scalar (where a finding about it goes)
  std::string path;       // as written, relative to the compose file that wrote it
  bool required = true;   // `required: false` (any YAML spelling of false) makes it optional
};

struct Service {
  std::string name;
  const util::YamlNode* key = nullptr;   // the service's name in the file
  const util::YamlNode* node = nullptr;  // its merged mapping
  std::optional<Build> build;
  std::vector<Mount> volumes;
  std::vector<Port> ports;
  std::vector<EnvironmentVariable> environment;
  std::vector<EnvFile> env_files;
};

// The services (mappings under `services:`) of a merged compose root, in file order.
std::vector<Service> parse_services(const util::YamlNode& root, const WrittenText& written = {});

std::optional<Build> parse_build(const util::YamlNode* build);
std::vector<Mount> parse_volumes(const util::YamlNode* volumes, const WrittenText& written = {});
std::vector<Port> parse_ports(const util::YamlNode* ports);
std::vector<EnvironmentVariable> parse_environment(const util::YamlNode* environment);
std::vector<EnvFile> parse_env_files(const util::YamlNode* env_file);

// "8080" or "8000-8010"; nullopt for anything else (including a reversed range).
std::optional<PortRange> parse_port_range(std::string_view text);

}  // namespace plimsoll::compose
