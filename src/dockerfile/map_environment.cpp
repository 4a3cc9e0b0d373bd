// MapEnvironment as a persistent treap: nodes are immutable and shared between copies, set()
// copies the nodes on one root-to-leaf path. Priorities come from a per-process seeded hash of
// the name, so the shape (and so the cost) does not depend on names a file chooses; results
// never depend on it.
#include <functional>
#include <random>

#include "dockerfile/shell_lexer.h"

namespace plimsoll::dockerfile {

struct MapEnvironment::Node {
  std::shared_ptr<const std::pair<std::string, std::string>> entry;  // shared, never copied
  std::shared_ptr<const Node> left, right;
  uint64_t priority = 0;
  const std::string& name() const { return entry->first; }
};

namespace {

using Node = MapEnvironment::Node;
using NodePtr = std::shared_ptr<const Node>;

uint64_t seed() {
  static const uint64_t value = [] {
    std::random_device device;
    return (uint64_t{device()} << 32) ^ device();
  }();
  return value;
}

uint64_t priority_of(std::string_view name) {
  uint64_t x = std::hash<std::string_view>{}(name) ^ seed();
  x ^= x >> 30;  // splitmix64's finaliser: spreads std::hash's bits over the whole word
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Returns the new subtree; `added` tells whether the name was new. Recursion depth is the
// treap's height, logarithmic in the number of names.
NodePtr insert(const NodePtr& node, std::shared_ptr<const std::pair<std::string, std::string>> entry,
               uint64_t priority, bool& added) {
  if (!node) {
    auto fresh = std::make_shared<Node>();
    fresh->entry = std::move(entry);
    fresh->priority = priority;
    added = true;
    return fresh;
  }
  auto copy = std::make_shared<Node>(*node);
  const std::string& name = entry->first;
  if (name == node->name()) {
    copy->entry = std::move(entry);
    return copy;
  }
  if (name < node->name()) {
    auto left = std::const_pointer_cast<Node>(insert(node->left, std::move(entry), priority, added));
    if (left->priority > copy->priority) {  // rotate right: the fresh child becomes the root
      copy->left = left->right;
      left->right = std::move(copy);
      return left;
    }
    copy->left = std::move(left);
    return copy;
  }
  auto right = std::const_pointer_cast<Node>(insert(node->right, std::move(entry), priority, added));
  if (right->priority > copy->priority) {  // rotate left
    copy->right = right->left;
    right->left = std::move(copy);
    return right;
  }
  copy->right = std::move(right);
  return copy;
}

}  // namespace

void MapEnvironment::set(std::string name, std::string value) {
  uint64_t priority = priority_of(name);
  auto entry = std::make_shared<const std::pair<std::string, std::string>>(std::move(name), std::move(value));
  bool added = false;
  root_ = insert(root_, std::move(entry), priority, added);
  if (added) ++size_;
}

std::optional<std::string_view> MapEnvironment::get(std::string_view name) const {
  const Node* node = root_.get();
  while (node != nullptr) {
    if (name == node->name()) return std::string_view(node->entry->second);
    node = name < node->name() ? node->left.get() : node->right.get();
  }
  return std::nullopt;
}

}  // namespace plimsoll::dockerfile
