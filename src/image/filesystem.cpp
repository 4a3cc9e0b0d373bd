#include "image/filesystem.h"

#include <algorithm>

#include "util/format.h"
#include "util/path.h"

namespace plimsoll::image {
namespace {

constexpr std::string_view kWhiteout = ".wh.";
constexpr std::string_view kOpaque = ".wh..wh..opq";
constexpr int kMaxLinks = 40;  // the kernel's MAXSYMLINKS

// Calls `part` for each component of `path` that is not empty or ".", in order.
template <typename Part>
void for_each_component(std::string_view path, Part&& part) {
  while (!path.empty()) {
    std::size_t slash = path.find('/');
    std::string_view name = path.substr(0, slash);
    if (!name.empty() && name != ".") part(name);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
}

uint64_t child_key(uint32_t parent, uint32_t name) { return (static_cast<uint64_t>(parent) << 32) | name; }

}  // namespace

util::Result<std::string> normalize_entry_path(std::string_view raw) {
  if (!raw.empty() && raw.front() == '/') return util::unexpected(util::format("absolute name '{}'", raw));
  std::string out;
  bool climbs = false;
  for_each_component(raw, [&](std::string_view part) {
    if (part == "..") climbs = true;
    if (!out.empty()) out += '/';
    out += part;
  });
  if (climbs) return util::unexpected(util::format("name '{}' climbs out with '..'", raw));
  return out;
}

Filesystem::Filesystem() : Filesystem(FilesystemLimits{}) {}

Filesystem::Filesystem(const FilesystemLimits& limits) : limits_(limits) { nodes_.emplace_back(); }

uint32_t Filesystem::intern(std::string_view name) {
  if (auto found = find_name(name)) return *found;
  auto id = static_cast<uint32_t>(name_text_.size());
  auto [it, inserted] = names_.emplace(std::string(name), id);
  name_text_.push_back(&it->first);
  return id;
}

std::optional<uint32_t> Filesystem::find_name(std::string_view name) const {
  auto it = names_.find(name);
  if (it == names_.end()) return std::nullopt;
  return it->second;
}

uint32_t Filesystem::child(uint32_t parent, uint32_t name) const {
  auto it = children_.find(child_key(parent, name));
  return it == children_.end() ? kNone : it->second;
}

util::Result<uint32_t> Filesystem::make_path(std::string_view path) {
  uint32_t node = 0;
  std::optional<util::Error> full;
  for_each_component(path, [&](std::string_view part) {
    if (full) return;
    ++apply_steps_;
    uint32_t name = intern(part);
    uint32_t next = child(node, name);
    if (next == kNone) {
      if (nodes_.size() > limits_.max_paths) {
        full = util::Error{util::format("more than {} paths in the image (the max_paths limit)", limits_.max_paths)};
        return;
      }
      next = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      nodes_[next].parent = node;
      nodes_[next].name = name;
      nodes_[node].children.push_back(next);
      children_.emplace(child_key(node, name), next);
    }
    node = next;
  });
  if (full) return util::unexpected(*full);
  return node;
}

uint32_t Filesystem::find(std::string_view path) const {
  uint32_t node = 0;
  for_each_component(path, [&](std::string_view part) {
    if (node == kNone) return;
    auto name = find_name(part);
    node = name ? child(node, *name) : kNone;
  });
  return node;
}

const FileHistory* Filesystem::history(std::string_view path) const {
  uint32_t node = find(path);
  if (node == kNone || nodes_[node].history.versions.empty()) return nullptr;
  return &nodes_[node].history;
}

const FileVersion* Filesystem::current(std::string_view path) const {
  const FileHistory* h = history(path);
  return h != nullptr ? h->current() : nullptr;
}

std::string Filesystem::path_of(uint32_t node) const {
  std::vector<uint32_t> chain;
  for (; node != 0 && node != kNone; node = nodes_[node].parent) chain.push_back(node);
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (!out.empty()) out += '/';
    out += *name_text_[nodes_[*it].name];
  }
  return out;
}

// Marks the node and its ancestors as possibly holding something live; stops at the first
// ancestor already marked, whose own ancestors are marked too.
void Filesystem::mark_dirty(uint32_t node) {
  for (; node != kNone && !nodes_[node].dirty; node = nodes_[node].parent) {
    ++apply_steps_;
    nodes_[node].dirty = true;
  }
}

void Filesystem::delete_version(Node& node, uint32_t layer) {
  const FileVersion* now = node.history.current();
  if (now == nullptr || now->layer >= layer) return;
  node.history.versions.push_back({layer, now->type, 0, 0, 0, 0, {}, true});
  ++versions_;
}

// Deletes what earlier layers left below `dir`. Each directory is emptied at most once per
// layer and subtrees with nothing live are skipped, so N whiteouts over N files stay O(N).
// Recursion depth is bounded by max_path_bytes (a name takes at least two bytes with its '/').
void Filesystem::clear_below(uint32_t dir, uint32_t layer) {
  if (nodes_[dir].cleared_in == layer) return;
  nodes_[dir].cleared_in = layer;
  bool live = nodes_[dir].history.current() != nullptr;
  // Index loop: children are not added while clearing, but nodes_ is read through indexes.
  for (std::size_t i = 0; i < nodes_[dir].children.size(); ++i) {
    uint32_t c = nodes_[dir].children[i];
    ++apply_steps_;
    if (!nodes_[c].dirty) continue;
    delete_version(nodes_[c], layer);
    clear_below(c, layer);
    live = live || nodes_[c].dirty;
  }
  nodes_[dir].dirty = live;
}

util::Status Filesystem::apply(uint32_t layer, const TarEntry& entry) {
  if (entry.path.size() > limits_.max_path_bytes || entry.link.size() > limits_.max_path_bytes) {
    bool name = entry.path.size() > limits_.max_path_bytes;
    return util::unexpected(util::format("{} is {} bytes, over the {} byte limit (max_path_bytes)",
                                         name ? "name" : util::format("link target of '{}'", entry.path),
                                         name ? entry.path.size() : entry.link.size(), limits_.max_path_bytes));
  }
  if (versions_ >= limits_.max_versions) {
    return util::unexpected(
        util::format("more than {} entries over all layers (the max_versions limit)", limits_.max_versions));
  }
  auto path = normalize_entry_path(entry.path);
  if (!path) return util::unexpected(path.error());
  if (path->empty()) return util::ok();  // the root directory itself
  std::size_t slash = path->rfind('/');
  std::string_view dir = slash == std::string::npos ? std::string_view() : std::string_view(*path).substr(0, slash);
  std::string_view name = util::basename(*path);
  if (name == kOpaque || name.starts_with(kWhiteout)) {
    bool opaque = name == kOpaque;
    std::string_view deleted = name.substr(kWhiteout.size());
    if (!opaque && (deleted.empty() || deleted == "." || deleted == "..")) return util::ok();  // names nothing
    std::string target = opaque ? std::string(dir) : (dir.empty() ? "" : std::string(dir) + "/") +
                                                         std::string(deleted);
    uint32_t node = find(target);
    apply_steps_ += 1;
    if (node == kNone) return util::ok();  // nothing there to delete
    if (!opaque) delete_version(nodes_[node], layer);
    clear_below(node, layer);
    return util::ok();
  }
  FileVersion version{layer, entry.type, entry.mode, entry.uid, entry.gid, 0, entry.link, false};
  if (entry.type == EntryType::kFile) version.size = static_cast<uint64_t>(entry.size < 0 ? 0 : entry.size);
  if (entry.type == EntryType::kHardlink) {
    auto target = normalize_entry_path(entry.link);
    if (!target) return util::unexpected(util::format("hard link '{}': target {}", entry.path, target.error().message));
    if (current(*target) == nullptr) {
      return util::unexpected(util::format("hard link '{}' to missing target '{}'", entry.path, entry.link));
    }
    version.link = *target;
  }
  auto node = make_path(*path);
  if (!node) return util::unexpected(node.error());
  FileHistory& history = nodes_[*node].history;
  if (history.versions.empty()) ++with_history_;
  history.versions.push_back(std::move(version));
  ++versions_;
  mark_dirty(*node);
  return util::ok();
}

void Filesystem::sort() {
  for (auto& node : nodes_) {
    std::sort(node.children.begin(), node.children.end(),
              [&](uint32_t a, uint32_t b) { return *name_text_[nodes_[a].name] < *name_text_[nodes_[b].name]; });
  }
}

Filesystem::Range Filesystem::paths() const { return Range(this, 0, std::string()); }

Filesystem::Range Filesystem::under(std::string_view dir) const {
  uint32_t node = find(dir);
  return Range(this, node, node == kNone ? std::string() : path_of(node));
}

util::Result<std::string> Filesystem::resolve(std::string_view path, uint64_t* steps) const {
  // `done` is the resolved prefix, one node per component (kNone once a component is absent,
  // with the names kept as text); `todo` a stack of components still to walk, next at the back.
  // Components are views into `path` and into link targets, which outlive this call.
  struct Done {
    std::string_view name;
    uint32_t node;
  };
  std::vector<Done> done;
  std::vector<std::string_view> todo;
  auto push_reversed = [&](std::string_view text) {
    std::size_t first = todo.size();
    for_each_component(text, [&](std::string_view part) { todo.push_back(part); });
    std::reverse(todo.begin() + static_cast<std::ptrdiff_t>(first), todo.end());
  };
  push_reversed(path);
  int links = 0;
  uint64_t walked = 0;
  while (!todo.empty()) {
    std::string_view part = todo.back();
    todo.pop_back();
    ++walked;
    if (part == "..") {
      if (!done.empty()) done.pop_back();
      continue;
    }
    uint32_t parent = done.empty() ? 0 : done.back().node;
    uint32_t node = kNone;
    if (parent != kNone) {
      auto name = find_name(part);
      if (name) node = child(parent, *name);
    }
    const FileVersion* v = node == kNone ? nullptr : nodes_[node].history.current();
    if (v == nullptr || v->type != EntryType::kSymlink) {
      done.push_back({part, node});
      continue;
    }
    if (++links > kMaxLinks) {
      if (steps != nullptr) *steps += walked;
      return util::unexpected(util::format("symlink loop resolving '/{}'", path));
    }
    if (v->link.starts_with("/")) done.clear();
    push_reversed(v->link);
  }
  if (steps != nullptr) *steps += walked;
  std::string out;
  for (const auto& d : done) {
    if (!out.empty()) out += '/';
    out += d.name;
  }
  return out;
}

Filesystem::Iterator::Iterator(const Filesystem* fs, uint32_t root, std::string prefix)
    : fs_(fs), node_(root), path_(std::move(prefix)) {
  stack_.push_back({root, 0, path_.size()});
  ++*this;  // the root itself is not below itself
}

void Filesystem::Iterator::advance() {
  while (!stack_.empty()) {
    Frame& top = stack_.back();
    const auto& children = fs_->nodes_[top.node].children;
    if (top.next_child == children.size()) {
      stack_.pop_back();
      continue;
    }
    uint32_t c = children[top.next_child++];
    path_.resize(top.path_size);
    if (!path_.empty()) path_ += '/';
    path_ += *fs_->name_text_[fs_->nodes_[c].name];
    stack_.push_back({c, 0, path_.size()});
    node_ = c;
    return;
  }
  node_ = kNone;
}

Filesystem::Iterator& Filesystem::Iterator::operator++() {
  do {
    advance();
  } while (node_ != kNone && fs_->nodes_[node_].history.versions.empty());
  return *this;
}

}  // namespace plimsoll::image
