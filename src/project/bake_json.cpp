// docker-bake.json: the JSON form of a bake file, read with nlohmann (this file is the
// project layer's only user of it) into the same BakeDocument the HCL reader fills.
#include <nlohmann/json.hpp>

#include "project/bake.h"

namespace plimsoll::project {
namespace {

// Deeper documents are refused before parsing: the parsed tree would be as deep.
bool too_deep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxBakeDepth) return true;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return false;
}

BakeValue value_of(const nlohmann::json& j, int depth) {
  BakeValue v;
  v.set = true;
  if (depth > kMaxBakeDepth) return v;
  if (j.is_string()) {
    v.known = true;
    v.text = j.get<std::string>();
  } else if (j.is_array()) {
    v.known = true;
    for (const auto& item : j) v.items.push_back(value_of(item, depth + 1));
  } else if (j.is_object()) {
    v.known = true;
    for (const auto& [key, item] : j.items()) v.entries.push_back(BakeEntry{key, value_of(item, depth + 1)});
  }
  return v;
}

}  // namespace

BakeDocument read_bake_json(std::string_view text) {
  BakeDocument doc;
  if (text.size() > kMaxBakeBytes || too_deep(text)) return doc;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  } catch (...) {  // nothing nlohmann throws may leave this file
    return doc;
  }
  if (!j.is_object()) return doc;
  if (auto variables = j.find("variable"); variables != j.end() && variables->is_object()) {
    for (const auto& [name, body] : variables->items()) {
      BakeValue value{true, true, "", "", {}, {}};
      if (body.is_object()) {
        if (auto d = body.find("default"); d != body.end()) value = value_of(*d, 1);
      }
      doc.variables[name] = std::move(value);
    }
  }
  if (auto targets = j.find("target"); targets != j.end() && targets->is_object()) {
    for (const auto& [name, body] : targets->items()) {
      if (!body.is_object()) continue;
      BakeTargetSpec target{name, 0, {}};
      for (const auto& [key, item] : body.items()) target.attributes[key] = value_of(item, 1);
      doc.targets.push_back(std::move(target));
    }
  }
  return doc;
}

}  // namespace plimsoll::project
