// Schema JSON -> Program. Subschemas are compiled on first use and registered by location, so
// `$ref`s to the same place share one node and cycles close on an index.
#include <algorithm>
#include <cmath>
#include <deque>
#include <unordered_map>

#include "jsonschema/json_pointer.h"
#include "jsonschema/program.h"
#include "util/format.h"

namespace plimsoll::jsonschema::detail {
namespace {

using nlohmann::json;

// Keywords we know and deliberately leave out; naming them keeps a laxer check from passing
// for a complete one.
constexpr std::string_view kUnsupported[] = {
    "dependencies",          "dependentRequired", "dependentSchemas",
    "unevaluatedProperties", "unevaluatedItems",  "$dynamicRef",
    "$recursiveRef",         "$anchor",           "$dynamicAnchor"};

std::optional<uint8_t> type_bit(const std::string& name) {
  if (name == "null") return kNullBit;
  if (name == "boolean") return kBooleanBit;
  if (name == "object") return kObjectBit;
  if (name == "array") return kArrayBit;
  if (name == "number") return kNumberBit;
  if (name == "string") return kStringBit;
  if (name == "integer") return kIntegerBit;
  return std::nullopt;
}

std::optional<uint64_t> count_of(const json& value) {
  if (value.is_number_unsigned()) return value.get<uint64_t>();
  if (value.is_number_integer() && value.get<int64_t>() >= 0) return value.get<uint64_t>();
  if (value.is_number_float() && value.get<double>() >= 0 &&
      value.get<double>() == std::floor(value.get<double>())) {
    return static_cast<uint64_t>(value.get<double>());
  }
  return std::nullopt;
}

// `^abc` with no metacharacters after the anchor: a prefix test is equivalent and far cheaper.
std::optional<std::string> literal_prefix(const std::string& pattern) {
  if (pattern.size() < 2 || pattern[0] != '^') return std::nullopt;
  for (std::size_t i = 1; i < pattern.size(); ++i) {
    char c = pattern[i];
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_';
    if (!word) return std::nullopt;
  }
  return pattern.substr(1);
}

class Compiler {
 public:
  Compiler(const json& root, Dialect dialect) : root_(root), dialect_(dialect) {}

  Program run() {
    program_.root = schema_at(root_, "");
    while (!pending_refs_.empty()) {
      auto [node, ref] = pending_refs_.front();
      pending_refs_.pop_front();
      program_.nodes[static_cast<std::size_t>(node)].ref = resolve_ref(node, ref);
    }
    return std::move(program_);
  }

 private:
  void diagnose(const std::string& location, std::string message) {
    program_.diagnostics.push_back({location, std::move(message)});
  }

  int32_t schema_at(const json& schema, const std::string& location) {
    if (auto it = by_location_.find(location); it != by_location_.end()) return it->second;
    auto index = static_cast<int32_t>(program_.nodes.size());
    program_.nodes.emplace_back();
    by_location_.emplace(location, index);
    // Compile into a local: compiling children grows `nodes` and would move a reference.
    Node node = compile_node(schema, location, index);
    program_.nodes[static_cast<std::size_t>(index)] = std::move(node);
    return index;
  }

  int32_t child(const json& schema, const std::string& location, std::string_view keyword) {
    return schema_at(schema, location + "/" + std::string(keyword));
  }

  Node compile_node(const json& schema, const std::string& location, int32_t index) {
    Node node;
    node.location = location;
    if (schema.is_boolean()) {
      node.kind = schema.get<bool>() ? Node::Kind::kAlways : Node::Kind::kNever;
      return node;
    }
    if (!schema.is_object()) {
      diagnose(location, "a schema must be an object or a boolean; this one accepts everything");
      node.kind = Node::Kind::kAlways;
      return node;
    }
    if (auto ref = schema.find("$ref"); ref != schema.end()) {
      if (ref->is_string()) {
        pending_refs_.emplace_back(index, ref->get<std::string>());
      } else {
        diagnose(location + "/$ref", "`$ref` must be a string; it is ignored");
      }
      // Before 2019-09 a `$ref` replaces its siblings.
      if (dialect_ == Dialect::kDraft7) return node;
    }
    if (!location.empty() && schema.contains("$id")) {
      diagnose(location + "/$id",
               "`$id` below the root is not supported; references resolve against the document");
    }
    for (std::string_view keyword : kUnsupported) {
      if (schema.contains(keyword)) {
        diagnose(location + "/" + std::string(keyword),
                 util::format("keyword `{}` is not supported; it is ignored", keyword));
      }
    }
    compile_applicators(schema, location, node);
    compile_object_keywords(schema, location, node);
    compile_array_keywords(schema, location, node);
    compile_scalar_keywords(schema, location, node);
    return node;
  }

  void compile_applicators(const json& schema, const std::string& location, Node& node) {
    if (auto type = schema.find("type"); type != schema.end()) {
      auto add = [&](const json& name) {
        auto bit = name.is_string() ? type_bit(name.get<std::string>()) : std::nullopt;
        if (bit) {
          node.types |= *bit;
        } else {
          diagnose(location + "/type", util::format("unknown type {}; it is ignored", name.dump()));
        }
      };
      if (type->is_array()) {
        for (const json& name : *type) add(name);
      } else {
        add(*type);
      }
    }
    for (auto [keyword, out] : {std::pair{"allOf", &node.all_of}, std::pair{"anyOf", &node.any_of},
                                std::pair{"oneOf", &node.one_of}}) {
      auto it = schema.find(keyword);
      if (it == schema.end()) continue;
      if (!it->is_array() || it->empty()) {
        diagnose(location + "/" + keyword, "must be a non-empty array of schemas; it is ignored");
        continue;
      }
      for (std::size_t i = 0; i < it->size(); ++i) {
        out->push_back(schema_at((*it)[i], util::format("{}/{}/{}", location, keyword, i)));
      }
    }
    if (auto it = schema.find("not"); it != schema.end())
      node.not_schema = child(*it, location, "not");
    if (auto it = schema.find("if"); it != schema.end()) {
      node.if_schema = child(*it, location, "if");
      if (auto t = schema.find("then"); t != schema.end())
        node.then_schema = child(*t, location, "then");
      if (auto e = schema.find("else"); e != schema.end())
        node.else_schema = child(*e, location, "else");
    }
    if (auto it = schema.find("const"); it != schema.end()) {
      node.has_const = true;
      node.const_value = *it;
    }
    if (auto it = schema.find("enum"); it != schema.end()) {
      if (it->is_array()) {
        node.has_enum = true;
        node.enum_values.assign(it->begin(), it->end());
      } else {
        diagnose(location + "/enum", "`enum` must be an array; it is ignored");
      }
    }
  }

  void compile_object_keywords(const json& schema, const std::string& location, Node& node) {
    if (auto it = schema.find("properties"); it != schema.end() && it->is_object()) {
      for (auto p = it->begin(); p != it->end(); ++p) {
        node.properties.emplace_back(
            p.key(),
            schema_at(p.value(), location + "/properties/" + escape_pointer_token(p.key())));
      }
      std::sort(node.properties.begin(), node.properties.end());
    }
    if (auto it = schema.find("patternProperties"); it != schema.end() && it->is_object()) {
      for (auto p = it->begin(); p != it->end(); ++p) {
        std::string where = location + "/patternProperties/" + escape_pointer_token(p.key());
        auto regex = Regex::compile(p.key());
        if (!regex) {
          diagnose(where,
                   util::format("pattern `{}` is ignored: {}", p.key(), regex.error().message));
          continue;
        }
        PatternSchema entry{*regex, p.key(), schema_at(p.value(), where), {}, false};
        if (auto prefix = literal_prefix(p.key())) {
          entry.literal_prefix = *prefix;
          entry.prefix_only = true;
        }
        node.pattern_properties.push_back(std::move(entry));
      }
    }
    if (auto it = schema.find("additionalProperties"); it != schema.end()) {
      node.additional_properties = child(*it, location, "additionalProperties");
    }
    if (auto it = schema.find("propertyNames"); it != schema.end()) {
      node.property_names = child(*it, location, "propertyNames");
    }
    if (auto it = schema.find("required"); it != schema.end() && it->is_array()) {
      for (const json& name : *it) {
        if (name.is_string()) node.required.push_back(name.get<std::string>());
      }
    }
    node.min_properties = count_keyword(schema, location, "minProperties");
    node.max_properties = count_keyword(schema, location, "maxProperties");
  }

  void compile_array_keywords(const json& schema, const std::string& location, Node& node) {
    auto items = schema.find("items");
    if (items != schema.end()) {
      if (items->is_array()) {
        for (std::size_t i = 0; i < items->size(); ++i) {
          node.prefix_items.push_back(
              schema_at((*items)[i], util::format("{}/items/{}", location, i)));
        }
        if (auto extra = schema.find("additionalItems"); extra != schema.end()) {
          node.items = child(*extra, location, "additionalItems");
        }
      } else {
        node.items = child(*items, location, "items");
      }
    }
    if (auto prefix = schema.find("prefixItems"); prefix != schema.end() && prefix->is_array()) {
      for (std::size_t i = 0; i < prefix->size(); ++i) {
        node.prefix_items.push_back(
            schema_at((*prefix)[i], util::format("{}/prefixItems/{}", location, i)));
      }
    }
    if (auto it = schema.find("contains"); it != schema.end())
      node.contains = child(*it, location, "contains");
    if (auto it = schema.find("uniqueItems"); it != schema.end() && it->is_boolean()) {
      node.unique_items = it->get<bool>();
    }
    node.min_items = count_keyword(schema, location, "minItems");
    node.max_items = count_keyword(schema, location, "maxItems");
  }

  void compile_scalar_keywords(const json& schema, const std::string& location, Node& node) {
    for (auto [keyword, out] :
         {std::pair{"minimum", &node.minimum}, std::pair{"maximum", &node.maximum},
          std::pair{"exclusiveMinimum", &node.exclusive_minimum},
          std::pair{"exclusiveMaximum", &node.exclusive_maximum},
          std::pair{"multipleOf", &node.multiple_of}}) {
      auto it = schema.find(keyword);
      if (it == schema.end()) continue;
      if (it->is_number()) {
        *out = it->get<double>();
      } else {
        diagnose(location + "/" + keyword,
                 util::format("`{}` must be a number; it is ignored", keyword));
      }
    }
    node.min_length = count_keyword(schema, location, "minLength");
    node.max_length = count_keyword(schema, location, "maxLength");
    if (auto it = schema.find("pattern"); it != schema.end() && it->is_string()) {
      node.pattern_source = it->get<std::string>();
      auto regex = Regex::compile(node.pattern_source);
      if (regex) {
        node.pattern = *regex;
      } else {
        diagnose(location + "/pattern", util::format("pattern `{}` is ignored: {}",
                                                     node.pattern_source, regex.error().message));
      }
    }
    // Formats other than duration are annotations, as the specification allows.
    if (auto it = schema.find("format"); it != schema.end() && *it == "duration") {
      node.format = Format::kDuration;
    }
  }

  std::optional<uint64_t> count_keyword(const json& schema, const std::string& location,
                                        const char* keyword) {
    auto it = schema.find(keyword);
    if (it == schema.end()) return std::nullopt;
    auto count = count_of(*it);
    if (!count) {
      diagnose(location + "/" + keyword,
               util::format("`{}` must be a non-negative integer; it is ignored", keyword));
    }
    return count;
  }

  int32_t accept_all(const std::string& where, std::string message) {
    diagnose(where, std::move(message));
    return schema_at(json(true), where + "#unsupported");
  }

  int32_t resolve_ref(int32_t node, const std::string& ref) {
    std::string where = program_.nodes[static_cast<std::size_t>(node)].location + "/$ref";
    std::string_view fragment = ref;
    // The root's own `$id` (compose's "compose_spec.json") names this document.
    std::string root_id;
    if (root_.is_object() && root_.contains("$id") && root_["$id"].is_string()) {
      root_id = root_["$id"].get<std::string>();
    }
    std::size_t hash = ref.find('#');
    std::string_view document =
        std::string_view(ref).substr(0, hash == std::string::npos ? ref.size() : hash);
    if (!document.empty() && document != root_id) {
      return accept_all(
          where, util::format("reference `{}` names another document (remote or `$id`-relative), "
                              "which is not supported; it accepts everything",
                              ref));
    }
    fragment =
        hash == std::string::npos ? std::string_view() : std::string_view(ref).substr(hash + 1);
    auto tokens = parse_fragment_pointer(fragment);
    if (!tokens) {
      return accept_all(where, util::format("reference `{}` is not a JSON Pointer (anchors are not "
                                            "supported); it accepts everything",
                                            ref));
    }
    std::string location = join_pointer(*tokens);
    if (auto it = by_location_.find(location); it != by_location_.end()) return it->second;
    const json* target = resolve_pointer(root_, *tokens);
    if (target == nullptr) {
      return accept_all(
          where, util::format("reference `{}` points at nothing; it accepts everything", ref));
    }
    return schema_at(*target, location);
  }

  const json& root_;
  Dialect dialect_;
  Program program_;
  std::unordered_map<std::string, int32_t> by_location_;
  std::deque<std::pair<int32_t, std::string>> pending_refs_;
};

}  // namespace

Program compile_program(const nlohmann::json& schema, Dialect dialect) {
  return Compiler(schema, dialect).run();
}

}  // namespace plimsoll::jsonschema::detail
