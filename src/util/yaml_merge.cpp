#include "util/yaml_merge.h"

#include "util/format.h"

namespace plimsoll::util {
namespace {

bool is_merge_key(const YamlNode& key) { return key.is_scalar() && key.plain && key.scalar == "<<"; }

bool has_key(const std::vector<YamlEntry>& entries, const YamlNode& key) {
  if (!key.is_scalar()) return false;
  for (const auto& e : entries) {
    if (e.key.is_scalar() && e.key.scalar == key.scalar) return true;
  }
  return false;
}

std::string located(const YamlNode& node, std::string_view message) {
  return format("line {}, column {}: {}", node.line, node.column, message);
}

// Iterative over the tree (documents can be deep); each map's merges are applied after its
// children's, so merged-in maps already carry their own merges.
std::string merge_map(YamlNode& map) {
  bool any = false;
  for (const auto& entry : map.entries) any = any || is_merge_key(entry.key);
  if (!any) return {};
  std::vector<YamlEntry> own;
  std::vector<const YamlNode*> sources;
  for (const auto& entry : map.entries) {
    if (!is_merge_key(entry.key)) {
      own.push_back(entry);
      continue;
    }
    const YamlNode& value = entry.value;
    if (value.is_map()) {
      sources.push_back(&value);
    } else if (value.is_sequence()) {
      for (const auto& item : value.items) {
        if (!item.is_map()) return located(item, "a merge key (<<) takes a mapping or a list of mappings");
        sources.push_back(&item);
      }
    } else {
      return located(value, "a merge key (<<) takes a mapping or a list of mappings");
    }
  }
  std::vector<YamlEntry> merged = std::move(own);
  for (const YamlNode* source : sources) {
    for (const auto& e : source->entries) {
      if (!has_key(merged, e.key)) merged.push_back(e);
    }
  }
  map.entries = std::move(merged);
  return {};
}

}  // namespace

std::string apply_merge_keys(YamlNode& root) {
  // Post-order walk with an explicit stack: children first, then the map itself.
  struct Frame {
    YamlNode* node;
    bool expanded;
  };
  std::vector<Frame> stack{{&root, false}};
  while (!stack.empty()) {
    Frame& top = stack.back();
    YamlNode* node = top.node;
    if (!top.expanded) {
      top.expanded = true;
      if (node->is_map()) {
        for (auto& e : node->entries) stack.push_back({&e.value, false});
      } else if (node->is_sequence()) {
        for (auto& item : node->items) stack.push_back({&item, false});
      }
      continue;
    }
    stack.pop_back();
    if (node->is_map()) {
      if (std::string error = merge_map(*node); !error.empty()) return error;
    }
  }
  return {};
}

}  // namespace plimsoll::util
