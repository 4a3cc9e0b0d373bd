// `docker buildx bake` files (docker-bake.hcl / .json and their `.override.` companions): the
// targets' contexts, Dockerfiles, named contexts and tags, with `inherits` and `variable` defaults
// applied. Read by a tolerant, bounded reader of the subset bake files use; never throws.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plimsoll::project {

struct BakeEntry;

// An attribute as a file wrote it: `known` is false for what this reader cannot evaluate (a
// function call, a conditional, a heredoc); `reference` names a bare variable (`context = DIR`).
struct BakeValue {
  bool set = false;
  bool known = false;
  std::string text;       // a string with its `${…}` kept as written
  std::string reference;  // a bare variable name
  std::vector<BakeEntry> entries;  // a map (`contexts = {…}`)
  std::vector<BakeValue> items;    // a list (`inherits = […]`)
};

// One `key = value` of a map. A struct rather than a std::pair: a pair of a type still being
// defined is rejected by some standard libraries' traits.
struct BakeEntry {
  std::string key;
  BakeValue value;
};

struct BakeTargetSpec {
  std::string name;
  uint32_t line = 0;
  std::map<std::string, BakeValue, std::less<>> attributes;  // `context`, `dockerfile`, …
};

struct BakeDocument {
  std::map<std::string, BakeValue, std::less<>> variables;  // `variable "X" { default = … }`
  std::vector<BakeTargetSpec> targets;
};

struct BakeTarget {
  std::string name;
  std::size_t document = 0;  // the first of the documents that defines it
  uint32_t line = 0;        // where the target's block starts there (0 in JSON)
  std::string context;      // relative to the bake file's directory
  std::string dockerfile;   // relative to the bake file's directory (bake reads it in the context)
  // `contexts`, every key: name → local path, or "" when the value is none this reader can
  // evaluate to one (`target:…`, `docker-image://…`, a URL, an unknown variable).
  std::vector<std::pair<std::string, std::string>> named_contexts;
  std::vector<std::string> tags;  // `tags`, evaluated; a tag that cannot be is left out
};

inline constexpr std::size_t kMaxBakeBytes = std::size_t{1} << 20;  // larger files are not read
inline constexpr int kMaxBakeDepth = 32;  // deeper nesting is skipped, not descended

BakeDocument read_bake_hcl(std::string_view text);
BakeDocument read_bake_json(std::string_view text);

// The targets of the files bake would read together, later files overriding earlier ones.
// A target whose context or Dockerfile cannot be evaluated (an unknown variable, a function, a
// remote or `target:` context, `dockerfile-inline`) is left out: nothing is guessed.
std::vector<BakeTarget> resolve_bake(const std::vector<BakeDocument>& documents);

}  // namespace plimsoll::project
