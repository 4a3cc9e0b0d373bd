#include "compose/merge.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace plimsoll::compose {
namespace {

using util::YamlEntry;
using util::YamlNode;

// Fields (by key, anywhere under a service or build) whose list form is "K=V" and merges by K.
bool is_key_value_field(std::string_view key) {
  static constexpr std::string_view kFields[] = {"environment", "labels", "annotations", "args", "sysctls", "extra_hosts"};
  return std::find(std::begin(kFields), std::end(kFields), key) != std::end(kFields);
}

// Where a key sits: its own name and its parent's, and whether the parent is a service.
struct Place {
  std::string_view key;
  std::string_view parent;
  bool in_service = false;
};

// Fields that a later file replaces instead of extending.
bool is_replaced_field(const Place& at) {
  if (at.in_service && (at.key == "command" || at.key == "entrypoint")) return true;
  return at.parent == "healthcheck" && at.key == "test";
}

// What makes two list items "the same" when appending: a volume's target, else its text.
std::string identity(std::string_view field, const YamlNode& item) {
  if (item.is_scalar()) {
    if (field == "volumes") {
      std::string_view s = item.scalar;  // source:target[:mode]
      std::size_t first = s.find(':');
      if (first == std::string_view::npos) return std::string(s);
      std::size_t second = s.find(':', first + 1);
      return std::string(s.substr(first + 1, second == std::string_view::npos ? std::string_view::npos : second - first - 1));
    }
    return item.scalar;
  }
  if (item.is_map()) {
    for (std::string_view key : {"target", "source", "published"}) {
      if (const YamlNode* v = item.find(key); v != nullptr && v->is_scalar()) return std::string(key) + "=" + v->scalar;
    }
  }
  return {};  // no identity: always appended
}

void merge_node(YamlNode& base, const YamlNode& later, const Place& at, int depth);

// Items are matched through an index of identities, not a scan per item: two files with lists
// of tens of thousands of items (aliases make them from a few lines) would otherwise merge in
// quadratic time.
void merge_sequences(YamlNode& base, const YamlNode& later, std::string_view field) {
  std::unordered_map<std::string, std::size_t> position;  // identity → the first base item that has it
  for (std::size_t i = 0; i < base.items.size(); ++i) {
    std::string id = identity(field, base.items[i]);
    if (!id.empty()) position.try_emplace(std::move(id), i);
  }
  for (const auto& item : later.items) {
    std::string id = identity(field, item);
    auto same = id.empty() ? position.end() : position.find(id);
    if (same != position.end()) {
      base.items[same->second] = item;
    } else {
      if (!id.empty()) position.emplace(std::move(id), base.items.size());
      base.items.push_back(item);
    }
  }
}

// Keys are found through an index, not a scan per key, for the same reason as list items.
void merge_maps(YamlNode& base, const YamlNode& later, const Place& at, int depth) {
  std::unordered_map<std::string, std::size_t> position;  // scalar key → its first base entry
  for (std::size_t i = 0; i < base.entries.size(); ++i) {
    if (base.entries[i].key.is_scalar()) position.try_emplace(base.entries[i].key.scalar, i);
  }
  std::vector<bool> removed(base.entries.size(), false);
  bool any_removed = false;
  for (const auto& entry : later.entries) {
    auto it = entry.key.is_scalar() ? position.find(entry.key.scalar) : position.end();
    if (entry.value.merge_tag == YamlNode::MergeTag::kReset) {
      if (it != position.end()) {
        removed[it->second] = any_removed = true;
        position.erase(it);
      }
      continue;
    }
    if (it == position.end() || entry.value.merge_tag == YamlNode::MergeTag::kOverride) {
      YamlEntry added = entry;
      drop_reset_entries(added.value);
      added.value.merge_tag = YamlNode::MergeTag::kNone;
      if (it == position.end()) {
        if (added.key.is_scalar()) position.emplace(added.key.scalar, base.entries.size());
        base.entries.push_back(std::move(added));
        removed.push_back(false);
      } else {
        base.entries[it->second].value = std::move(added.value);
      }
    } else {
      // A service is a child of the top-level `services` mapping (depth 1 below the root).
      Place child{entry.key.scalar, at.key, depth == 2 && at.parent == "services"};
      merge_node(base.entries[it->second].value, entry.value, child, depth + 1);
    }
  }
  if (!any_removed) return;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < base.entries.size(); ++i) {
    if (removed[i]) continue;
    if (kept != i) base.entries[kept] = std::move(base.entries[i]);  // never onto itself: that empties it
    ++kept;
  }
  base.entries.resize(kept);
}

void merge_node(YamlNode& base, const YamlNode& later, const Place& at, int depth) {
  if (depth > 64 || is_replaced_field(at)) {
    base = later;
    return;
  }
  if (is_key_value_field(at.key) && (base.is_sequence() || later.is_sequence())) {
    base = as_mapping(base);
    merge_maps(base, as_mapping(later), at, depth);
    return;
  }
  if (base.is_map() && later.is_map()) {
    merge_maps(base, later, at, depth);
  } else if (base.is_sequence() && later.is_sequence()) {
    merge_sequences(base, later, at.key);
  } else {
    base = later;
  }
}

}  // namespace

YamlNode as_mapping(const YamlNode& node) {
  if (!node.is_sequence()) return node;
  YamlNode map;
  map.kind = YamlNode::Kind::kMap;
  map.line = node.line;
  map.column = node.column;
  map.origin = node.origin;
  std::unordered_map<std::string, std::size_t> position;  // key → its entry
  for (const auto& item : node.items) {
    if (!item.is_scalar()) continue;
    std::string_view s = item.scalar;
    std::size_t eq = s.find('=');
    if (eq == std::string_view::npos) eq = s.find(':');  // extra_hosts "host:ip"
    YamlEntry entry;
    entry.key = item;
    entry.key.scalar = std::string(s.substr(0, eq));
    entry.value = item;
    if (eq == std::string_view::npos) {
      entry.value.kind = YamlNode::Kind::kNull;  // `- NAME`: taken from the environment
      entry.value.scalar.clear();
    } else {
      entry.value.scalar = std::string(s.substr(eq + 1));
      entry.value.plain = false;  // a value from a list entry is always a string
    }
    auto [same, added] = position.try_emplace(entry.key.scalar, map.entries.size());
    if (added) {
      map.entries.push_back(std::move(entry));
    } else {
      map.entries[same->second] = std::move(entry);
    }
  }
  return map;
}

void merge_into(util::YamlNode& base, const util::YamlNode& later) { merge_node(base, later, Place{}, 0); }

void drop_reset_entries(util::YamlNode& node) {
  // Iterative: the tree is the document's, as deep as its YAML limits allow.
  std::vector<YamlNode*> pending{&node};
  while (!pending.empty()) {
    YamlNode* current = pending.back();
    pending.pop_back();
    std::erase_if(current->entries, [](const YamlEntry& e) { return e.value.merge_tag == YamlNode::MergeTag::kReset; });
    for (auto& entry : current->entries) {
      entry.value.merge_tag = YamlNode::MergeTag::kNone;
      pending.push_back(&entry.value);
    }
    for (auto& item : current->items) pending.push_back(&item);
  }
}

}  // namespace plimsoll::compose
