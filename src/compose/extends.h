// Resolves compose's `extends`: a service that extends another (in the same file, or in a file
// named by `extends.file`) is that service's definition with its own merged over it, the way
// `docker compose` reads it. Rules then see what really runs: a worker that extends a hardened
// base is hardened.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "util/yaml.h"

namespace plimsoll::compose {

// The root of the compose file at `path` (already interpolated), or nullptr with `why` set
// ("does not exist", "leads outside the project root") when it is not to be read.
using ExtendsFileLoader = std::function<const util::YamlNode*(const std::string& path, std::string& why)>;

struct ExtendsLimits {
  int max_depth = 16;  // a chain of extends, across files
  // Nodes the resolved services may hold in all: many services extending one large base would
  // otherwise copy it once each, an expansion bomb like YAML aliases.
  std::size_t max_nodes = 1'000'000;
};

// Replaces every service of `root` (a merged document whose files sit in `dir`) that extends
// another by the resolved definition. `file_dir(node)` is the directory of the file a node came
// from (`extends.file` is relative to it). A base that cannot be found, a cycle or a chain past
// the limit leaves the service as written, without `extends`, and adds a line to `problems`.
void resolve_extends(util::YamlNode& root, const std::function<std::string(const util::YamlNode&)>& file_dir,
                     const ExtendsFileLoader& load, std::vector<std::string>& problems,
                     const ExtendsLimits& limits = {});

}  // namespace plimsoll::compose
