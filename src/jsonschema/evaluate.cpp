// Walks an instance against a Program. With nowhere to put errors it stops at the first one;
// oneOf/anyOf always try that cheap mode first and only re-run branches to explain a failure.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "jsonschema/duration.h"
#include "jsonschema/messages.h"
#include "jsonschema/program.h"
#include "util/format.h"

namespace plimsoll::jsonschema::detail {
namespace {

using nlohmann::json;

// Bounds that keep a `$ref` cycle which never descends into the instance from looping or
// exhausting the stack; legitimate schemas stay far below them.
constexpr unsigned kMaxDepth = 400;
constexpr unsigned kMaxSameLocation = 48;

struct Failure {
  ValidationError error;
  uint8_t expected_types = 0;  // set for a type mismatch, so oneOf can merge alternatives
  std::size_t depth = 0;       // instance path length
};

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_multiple(const json& value, double divisor) {
  if (value.is_number_integer() && divisor == std::floor(divisor) && std::fabs(divisor) < 9e15 &&
      divisor != 0) {
    auto d = static_cast<int64_t>(divisor);
    if (value.is_number_unsigned())
      return value.get<uint64_t>() % static_cast<uint64_t>(std::llabs(d)) == 0;
    return value.get<int64_t>() % d == 0;
  }
  double q = value.get<double>() / divisor;
  return std::isfinite(q) && std::fabs(q - std::round(q)) < 1e-9 * std::max(1.0, std::fabs(q));
}

std::optional<std::pair<std::size_t, std::size_t>> first_duplicate(const json& array) {
  for (std::size_t i = 0; i < array.size(); ++i) {
    for (std::size_t j = i + 1; j < array.size(); ++j) {
      if (array[i] == array[j]) return std::pair{i, j};
    }
  }
  return std::nullopt;
}

class Evaluator {
 public:
  Evaluator(const Program& program, std::vector<Failure>* out) : nodes_(program.nodes), out_(out) {}

  bool eval(int32_t index, const json& inst, unsigned same_location) {
    const Node& node = nodes_[static_cast<std::size_t>(index)];
    if (node.kind == Node::Kind::kAlways) return true;
    if (node.kind == Node::Kind::kNever) {
      return fail(node, "", "false", display_path(path_) + " is not allowed here");
    }
    if (depth_ >= kMaxDepth || same_location >= kMaxSameLocation) {
      return fail(node, "", "$ref",
                  display_path(path_) +
                      ": the schema nests too deeply here (a `$ref` cycle?); checking stopped");
    }
    ++depth_;
    bool ok = eval_keywords(node, inst, same_location + 1);
    --depth_;
    return ok;
  }

 private:
  struct Step {
    Step(std::vector<PathToken>& path, PathToken token) : path_(path) { path_.push_back(token); }
    ~Step() { path_.pop_back(); }
    Step(const Step&) = delete;
    Step& operator=(const Step&) = delete;
    std::vector<PathToken>& path_;
  };

  bool collecting() const { return out_ != nullptr; }

  bool fail(const Node& node, std::string_view keyword, std::string_view name, std::string message,
            uint8_t expected = 0) {
    if (out_ == nullptr) return false;
    std::string where = node.location;
    if (!keyword.empty()) where += "/" + std::string(keyword);
    out_->push_back({{pointer_of(path_), std::move(where), std::string(name), std::move(message)},
                     expected,
                     path_.size()});
    return false;
  }

  // Runs `fn` with error collection off: used where only the verdict matters.
  template <typename Fn>
  bool quietly(Fn fn) {
    std::vector<Failure>* saved = out_;
    out_ = nullptr;
    bool result = fn();
    out_ = saved;
    return result;
  }

  bool eval_keywords(const Node& node, const json& inst, unsigned level) {
    uint8_t bits = type_bits_of(inst);
    if (node.types != 0 && (node.types & bits) == 0) {
      return fail(node, "type", "type",
                  util::format("{} must be {}, got {}", display_path(path_), type_list(node.types),
                               type_name(inst)),
                  node.types);
    }
    bool ok = true;
    // Records a verdict; true means "stop now" (first failure while not collecting).
    auto stop = [&](bool result) {
      ok = ok && result;
      return !ok && !collecting();
    };
    if (node.ref != kNone && stop(eval(node.ref, inst, level))) return false;
    if (node.has_const && inst != node.const_value &&
        stop(fail(node, "const", "const",
                  util::format("{} must be {}, got {}", display_path(path_),
                               display_value(node.const_value), display_value(inst))))) {
      return false;
    }
    if (node.has_enum && stop(check_enum(node, inst))) return false;
    for (int32_t branch : node.all_of) {
      if (stop(eval(branch, inst, level))) return false;
    }
    if (!node.any_of.empty() && stop(check_any_of(node, inst, level))) return false;
    if (!node.one_of.empty() && stop(check_one_of(node, inst, level))) return false;
    if (node.not_schema != kNone && stop(!quietly([&] {
          return eval(node.not_schema, inst, level);
        }) || fail(node, "not", "not",
                   display_path(path_) + " must not match the schema under `not`"))) {
      return false;
    }
    if (node.if_schema != kNone) {
      bool matched = quietly([&] { return eval(node.if_schema, inst, level); });
      int32_t next = matched ? node.then_schema : node.else_schema;
      if (next != kNone && stop(eval(next, inst, level))) return false;
    }
    if (bits & kObjectBit) {
      if (stop(check_object(node, inst))) return false;
    } else if (bits & kArrayBit) {
      if (stop(check_array(node, inst))) return false;
    } else if (bits & kStringBit) {
      if (stop(check_string(node, inst))) return false;
    } else if (bits & kNumberBit) {
      if (stop(check_number(node, inst))) return false;
    }
    return ok;
  }

  bool check_enum(const Node& node, const json& inst) {
    for (const json& value : node.enum_values) {
      if (inst == value) return true;
    }
    std::string choices;
    constexpr std::size_t kShown = 10;
    for (std::size_t i = 0; i < node.enum_values.size() && i < kShown; ++i) {
      if (i > 0) choices += ", ";
      choices += display_value(node.enum_values[i]);
    }
    if (node.enum_values.size() > kShown) choices += ", ...";
    return fail(node, "enum", "enum",
                util::format("{} must be one of {}, got {}", display_path(path_), choices,
                             display_value(inst)));
  }

  bool check_any_of(const Node& node, const json& inst, unsigned level) {
    bool matched = quietly([&] {
      return std::any_of(node.any_of.begin(), node.any_of.end(),
                         [&](int32_t branch) { return eval(branch, inst, level); });
    });
    if (matched) return true;
    if (collecting()) explain_branches(node, node.any_of, "anyOf", inst, level);
    return false;
  }

  bool check_one_of(const Node& node, const json& inst, unsigned level) {
    std::vector<std::size_t> matches;
    quietly([&] {
      for (std::size_t i = 0; i < node.one_of.size(); ++i) {
        if (eval(node.one_of[i], inst, level)) matches.push_back(i);
        if (matches.size() > 1 && !collecting()) break;
      }
      return true;
    });
    if (matches.size() == 1) return true;
    if (!collecting()) return false;
    if (matches.empty()) {
      explain_branches(node, node.one_of, "oneOf", inst, level);
      return false;
    }
    std::string which;
    for (std::size_t i = 0; i < matches.size(); ++i) {
      if (i > 0) which += i + 1 == matches.size() ? " and " : ", ";
      which += std::to_string(matches[i] + 1);
    }
    return fail(node, "oneOf", "oneOf",
                util::format("{} must match exactly one alternative, but matches alternatives {}",
                             display_path(path_), which));
  }

  // One useful explanation instead of every branch's complaints: when no branch accepts the
  // instance's type, a single type error listing what would do; otherwise the errors of the
  // branch that got furthest into the instance.
  void explain_branches(const Node& node, const std::vector<int32_t>& branches, const char* keyword,
                        const json& inst, unsigned level) {
    std::vector<Failure>* saved = out_;
    std::size_t here = path_.size();
    uint8_t expected = 0;
    std::vector<Failure> best;
    std::size_t best_depth = 0;
    bool have_best = false;
    for (int32_t branch : branches) {
      std::vector<Failure> errors;
      out_ = &errors;
      eval(branch, inst, level);
      bool type_only = errors.size() == 1 && errors[0].depth == here &&
                       (errors[0].expected_types != 0 || errors[0].error.keyword == "false");
      if (type_only) {
        expected |= errors[0].expected_types;
        continue;
      }
      std::size_t depth = 0;
      for (const Failure& f : errors) depth = std::max(depth, f.depth);
      if (!have_best || depth > best_depth ||
          (depth == best_depth && errors.size() < best.size())) {
        best = std::move(errors);
        best_depth = depth;
        have_best = true;
      }
    }
    out_ = saved;
    if (!have_best) {
      fail(node, keyword, "type",
           util::format("{} must be {}, got {}", display_path(path_), type_list(expected),
                        type_name(inst)),
           expected);
      return;
    }
    for (Failure& f : best) out_->push_back(std::move(f));
  }

  bool check_object(const Node& node, const json& inst) {
    bool ok = true;
    auto stop = [&](bool result) {
      ok = ok && result;
      return !ok && !collecting();
    };
    if (node.min_properties && inst.size() < *node.min_properties &&
        stop(fail(node, "minProperties", "minProperties",
                  util::format("{} must have at least {} properties, got {}", display_path(path_),
                               *node.min_properties, inst.size())))) {
      return false;
    }
    if (node.max_properties && inst.size() > *node.max_properties &&
        stop(fail(node, "maxProperties", "maxProperties",
                  util::format("{} must have at most {} properties, got {}", display_path(path_),
                               *node.max_properties, inst.size())))) {
      return false;
    }
    for (const std::string& name : node.required) {
      if (!inst.contains(name) && stop(fail(node, "required", "required",
                                            util::format("{} is missing the required property `{}`",
                                                         display_path(path_), name)))) {
        return false;
      }
    }
    bool per_key = !node.properties.empty() || !node.pattern_properties.empty() ||
                   node.additional_properties != kNone || node.property_names != kNone;
    if (!per_key) return ok;
    for (auto it = inst.begin(); it != inst.end(); ++it) {
      if (stop(check_property(node, it.key(), it.value()))) return false;
    }
    return ok;
  }

  bool check_property(const Node& node, const std::string& key, const json& value) {
    bool ok = true;
    auto stop = [&](bool result) {
      ok = ok && result;
      return !ok && !collecting();
    };
    Step step(path_, std::string_view(key));
    bool matched = false;
    auto found = std::lower_bound(
        node.properties.begin(), node.properties.end(), key,
        [](const std::pair<std::string, int32_t>& p, const std::string& k) { return p.first < k; });
    if (found != node.properties.end() && found->first == key) {
      matched = true;
      if (stop(eval(found->second, value, 0))) return false;
    }
    for (const PatternSchema& pattern : node.pattern_properties) {
      bool hit = pattern.prefix_only ? std::string_view(key).starts_with(pattern.literal_prefix)
                                     : pattern.regex.search(key);
      if (!hit) continue;
      matched = true;
      if (stop(eval(pattern.schema, value, 0))) return false;
    }
    if (!matched && node.additional_properties != kNone) {
      const Node& extra = nodes_[static_cast<std::size_t>(node.additional_properties)];
      if (extra.kind == Node::Kind::kNever) {
        std::string where = path_.size() == 1 ? std::string("at the top level")
                                              : "in " + display_path(path_, path_.size() - 1);
        if (stop(fail(extra, "", "additionalProperties",
                      util::format("additional property `{}` is not allowed {}", key, where)))) {
          return false;
        }
      } else if (stop(eval(node.additional_properties, value, 0))) {
        return false;
      }
    }
    if (node.property_names != kNone && stop(eval(node.property_names, json(key), 0))) return false;
    return ok;
  }

  bool check_array(const Node& node, const json& inst) {
    bool ok = true;
    auto stop = [&](bool result) {
      ok = ok && result;
      return !ok && !collecting();
    };
    std::size_t size = inst.size();
    if (node.min_items && size < *node.min_items &&
        stop(fail(node, "minItems", "minItems",
                  util::format("{} must have at least {} items, got {}", display_path(path_),
                               *node.min_items, size)))) {
      return false;
    }
    if (node.max_items && size > *node.max_items &&
        stop(fail(node, "maxItems", "maxItems",
                  util::format("{} must have at most {} items, got {}", display_path(path_),
                               *node.max_items, size)))) {
      return false;
    }
    for (std::size_t i = 0; i < size; ++i) {
      int32_t schema = i < node.prefix_items.size() ? node.prefix_items[i] : node.items;
      if (schema == kNone) continue;
      Step step(path_, i);
      if (stop(eval(schema, inst[i], 0))) return false;
    }
    if (node.contains != kNone) {
      bool any = quietly([&] {
        for (std::size_t i = 0; i < size; ++i) {
          Step step(path_, i);
          if (eval(node.contains, inst[i], 0)) return true;
        }
        return false;
      });
      if (!any && stop(fail(node, "contains", "contains",
                            display_path(path_) + " must contain an item matching `contains`"))) {
        return false;
      }
    }
    if (node.unique_items) {
      if (auto pair = first_duplicate(inst);
          pair && stop(fail(node, "uniqueItems", "uniqueItems",
                            util::format("{} must not repeat items: [{}] and [{}] are both {}",
                                         display_path(path_), pair->first, pair->second,
                                         display_value(inst[pair->first]))))) {
        return false;
      }
    }
    return ok;
  }

  bool check_string(const Node& node, const json& inst) {
    const std::string& text = inst.get_ref<const std::string&>();
    bool ok = true;
    auto stop = [&](bool result) {
      ok = ok && result;
      return !ok && !collecting();
    };
    if (node.min_length || node.max_length) {
      std::size_t length = code_points(text);
      if (node.min_length && length < *node.min_length &&
          stop(fail(node, "minLength", "minLength",
                    util::format("{} must be at least {} characters long, got {}",
                                 display_path(path_), *node.min_length, display_value(inst))))) {
        return false;
      }
      if (node.max_length && length > *node.max_length &&
          stop(fail(node, "maxLength", "maxLength",
                    util::format("{} must be at most {} characters long, got {}",
                                 display_path(path_), *node.max_length, display_value(inst))))) {
        return false;
      }
    }
    if (node.pattern && !node.pattern->search(text) &&
        stop(fail(node, "pattern", "pattern",
                  util::format("{} must match the pattern `{}`, got {}", display_path(path_),
                               node.pattern_source, display_value(inst))))) {
      return false;
    }
    if (node.format == Format::kDuration && !is_go_duration(text) &&
        stop(fail(node, "format", "format",
                  util::format("{} must be a duration such as `1m30s`, got {}", display_path(path_),
                               display_value(inst))))) {
      return false;
    }
    return ok;
  }

  bool check_number(const Node& node, const json& inst) {
    double value = inst.get<double>();
    bool ok = true;
    auto stop = [&](bool result) {
      ok = ok && result;
      return !ok && !collecting();
    };
    auto bound = [&](const std::optional<double>& limit, bool good, const char* keyword,
                     const char* relation) {
      if (!limit || good) return false;
      return stop(fail(node, keyword, keyword,
                       util::format("{} must be {} {}, got {}", display_path(path_), relation,
                                    *limit, inst.dump())));
    };
    if (bound(node.minimum, node.minimum && value >= *node.minimum, "minimum", "at least") ||
        bound(node.maximum, node.maximum && value <= *node.maximum, "maximum", "at most") ||
        bound(node.exclusive_minimum, node.exclusive_minimum && value > *node.exclusive_minimum,
              "exclusiveMinimum", "greater than") ||
        bound(node.exclusive_maximum, node.exclusive_maximum && value < *node.exclusive_maximum,
              "exclusiveMaximum", "less than")) {
      return false;
    }
    if (node.multiple_of && !is_multiple(inst, *node.multiple_of) &&
        stop(fail(node, "multipleOf", "multipleOf",
                  util::format("{} must be a multiple of {}, got {}", display_path(path_),
                               *node.multiple_of, inst.dump())))) {
      return false;
    }
    return ok;
  }

  const std::vector<Node>& nodes_;
  std::vector<Failure>* out_;
  std::vector<PathToken> path_;
  unsigned depth_ = 0;
};

}  // namespace

bool evaluate(const Program& program, const nlohmann::json& instance,
              std::vector<ValidationError>* errors) {
  if (errors == nullptr) return Evaluator(program, nullptr).eval(program.root, instance, 0);
  std::vector<Failure> failures;
  bool ok = Evaluator(program, &failures).eval(program.root, instance, 0);
  for (Failure& f : failures) errors->push_back(std::move(f.error));
  return ok;
}

}  // namespace plimsoll::jsonschema::detail
