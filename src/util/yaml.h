// A YAML document as plain data with 1-based source marks; the only door to yaml-cpp.
// Aliases are expanded into copies under a node budget, so alias bombs fail cleanly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/result.h"

namespace plimsoll::util {

struct YamlEntry;

struct YamlNode {
  enum class Kind { kNull, kScalar, kSequence, kMap };

  Kind kind = Kind::kNull;
  std::string scalar;  // the value of a scalar (empty otherwise)
  bool plain = true;   // false for quoted or block scalars: `"true"` is a string, `true` is not
  // Set by a caller that substitutes variables into the scalar (compose interpolation): the
  // value is a string whatever it reads as, and `unresolved` when a variable it names had no value.
  bool interpolated = false;
  bool unresolved = false;
  // Compose's merge tags: `!reset` removes what earlier files set, `!override` replaces it
  // whole instead of merging. Other tags are not kept.
  enum class MergeTag : uint8_t { kNone, kReset, kOverride };
  MergeTag merge_tag = MergeTag::kNone;
  std::vector<YamlNode> items;                          // kSequence
  std::vector<YamlEntry> entries;  // kMap, in document order
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based
  uint32_t origin = 0;  // which document the node came from, when several are merged

  bool is_scalar() const { return kind == Kind::kScalar; }
  bool is_map() const { return kind == Kind::kMap; }
  bool is_sequence() const { return kind == Kind::kSequence; }
  // The value of the first map entry whose key is the scalar `key`, or nullptr.
  const YamlNode* find(std::string_view key) const;
};

struct YamlEntry {
  YamlNode key;
  YamlNode value;
};

struct YamlLimits {
  std::size_t max_nodes = 1'000'000;  // after alias expansion
  std::size_t max_depth = 200;
  // Scalar bytes after alias expansion, beyond the document's own size: a few aliases of a long
  // scalar stay within the node budget yet would copy it millions of times.
  std::size_t max_alias_bytes = std::size_t{64} << 20;
};

// Parses one YAML document. Errors read "line L, column C: reason".
Result<YamlNode> parse_yaml(std::string_view text, const YamlLimits& limits = {});

}  // namespace plimsoll::util
