#include "util/yaml_tree_codec.h"

#include <cstdint>

namespace plimsoll::util {
namespace {

// Layout, depth first: a header byte (kind in the low bits, flags above), then line and column
// as varints, then by kind: a scalar's length and bytes, a sequence's count and items, a map's
// count and key-value pairs. `interpolated`, `unresolved` and `origin` belong to documents read
// at run time and are not stored.
constexpr uint8_t kKindMask = 0x03;
constexpr uint8_t kPlainFlag = 0x04;
constexpr std::size_t kMaxDepth = 200;

void put_varint(std::string& out, uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

void encode(const YamlNode& node, std::string& out) {
  uint8_t header = static_cast<uint8_t>(node.kind) | (node.plain ? kPlainFlag : 0);
  out.push_back(static_cast<char>(header));
  put_varint(out, node.line);
  put_varint(out, node.column);
  switch (node.kind) {
    case YamlNode::Kind::kNull:
      return;
    case YamlNode::Kind::kScalar:
      put_varint(out, node.scalar.size());
      out += node.scalar;
      return;
    case YamlNode::Kind::kSequence:
      put_varint(out, node.items.size());
      for (const auto& item : node.items) encode(item, out);
      return;
    case YamlNode::Kind::kMap:
      put_varint(out, node.entries.size());
      for (const auto& entry : node.entries) {
        encode(entry.key, out);
        encode(entry.value, out);
      }
      return;
  }
}

class Decoder {
 public:
  explicit Decoder(std::string_view bytes) : bytes_(bytes) {}

  bool node(YamlNode& out, std::size_t depth) {
    if (depth > kMaxDepth || at_ >= bytes_.size()) return false;
    auto header = static_cast<uint8_t>(bytes_[at_++]);
    if ((header & ~(kKindMask | kPlainFlag)) != 0) return false;
    out.kind = static_cast<YamlNode::Kind>(header & kKindMask);
    out.plain = (header & kPlainFlag) != 0;
    uint64_t line = 0;
    uint64_t column = 0;
    if (!varint(line) || !varint(column) || line > UINT32_MAX || column > UINT32_MAX) return false;
    out.line = static_cast<uint32_t>(line);
    out.column = static_cast<uint32_t>(column);
    if (out.kind == YamlNode::Kind::kNull) return true;
    uint64_t count = 0;
    // Every element takes at least one byte, so a count beyond the bytes left is corrupt.
    if (!varint(count) || count > bytes_.size() - at_) return false;
    switch (out.kind) {
      case YamlNode::Kind::kScalar:
        out.scalar.assign(bytes_.substr(at_, count));
        at_ += count;
        return true;
      case YamlNode::Kind::kSequence:
        out.items.resize(count);
        for (auto& item : out.items) {
          if (!node(item, depth + 1)) return false;
        }
        return true;
      case YamlNode::Kind::kMap:
        out.entries.resize(count);
        for (auto& entry : out.entries) {
          if (!node(entry.key, depth + 1) || !node(entry.value, depth + 1)) return false;
        }
        return true;
      case YamlNode::Kind::kNull:
        break;
    }
    return true;
  }

  bool at_end() const { return at_ == bytes_.size(); }

 private:
  bool varint(uint64_t& value) {
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= bytes_.size()) return false;
      auto byte = static_cast<uint8_t>(bytes_[at_++]);
      value |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return true;
    }
    return false;
  }

  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace

std::string encode_yaml_tree(const YamlNode& root) {
  std::string out;
  encode(root, out);
  return out;
}

Result<YamlNode> decode_yaml_tree(std::string_view bytes) {
  YamlNode root;
  Decoder decoder(bytes);
  if (!decoder.node(root, 0) || !decoder.at_end()) {
    return unexpected("stored YAML tree is corrupt");
  }
  return root;
}

}  // namespace plimsoll::util
