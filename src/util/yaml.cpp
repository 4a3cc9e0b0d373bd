#include "util/yaml.h"

#include <yaml-cpp/yaml.h>

#include "util/format.h"

namespace plimsoll::util {

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const auto& entry : entries) {
    if (entry.key.kind == Kind::kScalar && entry.key.scalar == key) return &entry.value;
  }
  return nullptr;
}

namespace {

class Converter {
 public:
  Converter(const YamlLimits& limits, std::size_t text_size)
      : limits_(limits), byte_budget_(text_size + limits.max_alias_bytes) {}

  // Returns false (with error_ set) when a limit is exceeded.
  bool convert(const YAML::Node& in, YamlNode& out, std::size_t depth) {
    if (++nodes_ > limits_.max_nodes) {
      return fail(in, format("document expands to more than {} nodes (alias bomb?)", limits_.max_nodes));
    }
    if (depth > limits_.max_depth) {
      return fail(in, format("nesting deeper than {} levels", limits_.max_depth));
    }
    YAML::Mark mark = in.Mark();
    out.line = static_cast<uint32_t>(mark.line + 1);
    out.column = static_cast<uint32_t>(mark.column + 1);
    if (const std::string& tag = in.Tag(); tag == "!reset") {
      out.merge_tag = YamlNode::MergeTag::kReset;
    } else if (tag == "!override") {
      out.merge_tag = YamlNode::MergeTag::kOverride;
    }
    switch (in.Type()) {
      case YAML::NodeType::Scalar:
        out.kind = YamlNode::Kind::kScalar;
        bytes_ += in.Scalar().size();
        if (bytes_ > byte_budget_) {
          return fail(in, format("document expands to more than {} bytes of scalars (alias bomb?)", byte_budget_));
        }
        out.scalar = in.Scalar();
        out.plain = in.Tag() == "?";
        return true;
      case YAML::NodeType::Sequence:
        out.kind = YamlNode::Kind::kSequence;
        out.items.reserve(in.size());
        for (const auto& item : in) {
          out.items.emplace_back();
          if (!convert(item, out.items.back(), depth + 1)) return false;
        }
        return true;
      case YAML::NodeType::Map:
        out.kind = YamlNode::Kind::kMap;
        for (const auto& entry : in) {
          out.entries.emplace_back();
          if (!convert(entry.first, out.entries.back().key, depth + 1)) return false;
          if (!convert(entry.second, out.entries.back().value, depth + 1)) return false;
        }
        return true;
      case YAML::NodeType::Null:
      case YAML::NodeType::Undefined:
        out.kind = YamlNode::Kind::kNull;
        return true;
    }
    return true;
  }

  const std::string& error() const { return error_; }

 private:
  bool fail(const YAML::Node& at, std::string message) {
    YAML::Mark mark = at.Mark();
    error_ = format("line {}, column {}: {}", mark.line + 1, mark.column + 1, message);
    return false;
  }

  const YamlLimits& limits_;
  std::size_t byte_budget_;
  std::size_t nodes_ = 0;
  std::size_t bytes_ = 0;
  std::string error_;
};

}  // namespace

Result<YamlNode> parse_yaml(std::string_view text, const YamlLimits& limits) {
  try {
    YAML::Node root = YAML::Load(std::string(text));
    YamlNode out;
    Converter converter(limits, text.size());
    if (!converter.convert(root, out, 0)) return unexpected(converter.error());
    return out;
  } catch (const YAML::Exception& e) {
    return unexpected(format("line {}, column {}: {}", e.mark.line + 1, e.mark.column + 1, e.msg));
  } catch (const std::exception& e) {
    return unexpected(format("YAML error: {}", e.what()));
  }
}

}  // namespace plimsoll::util
