#include "image/filesystem.h"

#include <algorithm>
#include <vector>

#include "util/format.h"
#include "util/path.h"

namespace plimsoll::image {
namespace {

constexpr std::string_view kWhiteout = ".wh.";
constexpr std::string_view kOpaque = ".wh..wh..opq";
constexpr int kMaxLinks = 40;  // the kernel's MAXSYMLINKS

std::vector<std::string_view> components(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    std::size_t slash = path.find('/');
    std::string_view part = path.substr(0, slash);
    if (!part.empty() && part != ".") out.push_back(part);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += '/';
    out += p;
  }
  return out;
}

}  // namespace

util::Result<std::string> normalize_entry_path(std::string_view raw) {
  if (!raw.empty() && raw.front() == '/') return util::unexpected(util::format("absolute name '{}'", raw));
  std::string out;
  for (std::string_view part : components(raw)) {
    if (part == "..") return util::unexpected(util::format("name '{}' climbs out with '..'", raw));
    if (!out.empty()) out += '/';
    out += part;
  }
  return out;
}

const FileHistory* Filesystem::history(const std::string& path) const {
  auto it = paths_.find(path);
  return it == paths_.end() ? nullptr : &it->second;
}

const FileVersion* Filesystem::current(const std::string& path) const {
  const FileHistory* h = history(path);
  return h != nullptr ? h->current() : nullptr;
}

void Filesystem::remove_below(uint32_t layer, const std::string& dir, bool including_dir) {
  auto mark = [&](FileHistory& h) {
    const FileVersion* now = h.current();
    if (now != nullptr && now->layer < layer) h.versions.push_back({layer, now->type, 0, 0, 0, 0, {}, true});
  };
  if (including_dir && !dir.empty()) {
    auto it = paths_.find(dir);
    if (it != paths_.end()) mark(it->second);
  }
  std::string prefix = dir.empty() ? std::string() : dir + "/";
  for (auto it = paths_.lower_bound(prefix); it != paths_.end() && it->first.starts_with(prefix); ++it) {
    mark(it->second);
  }
}

util::Status Filesystem::apply(uint32_t layer, const TarEntry& entry) {
  auto path = normalize_entry_path(entry.path);
  if (!path) return util::unexpected(path.error());
  if (path->empty()) return util::ok();  // the root directory itself
  std::size_t slash = path->rfind('/');
  std::string dir = slash == std::string::npos ? std::string() : path->substr(0, slash);
  std::string_view name = util::basename(*path);
  if (name == kOpaque) {
    remove_below(layer, dir, false);
    return util::ok();
  }
  if (name.starts_with(kWhiteout)) {
    std::string target = (dir.empty() ? "" : dir + "/") + std::string(name.substr(kWhiteout.size()));
    remove_below(layer, target, true);
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
  paths_[*path].versions.push_back(std::move(version));
  return util::ok();
}

util::Result<std::string> Filesystem::resolve(std::string_view path) const {
  std::vector<std::string> done;
  std::vector<std::string> todo;
  for (auto part : components(path)) todo.emplace_back(part);
  std::reverse(todo.begin(), todo.end());  // a stack: next component at the back
  int links = 0;
  while (!todo.empty()) {
    std::string part = std::move(todo.back());
    todo.pop_back();
    if (part == "..") {
      if (!done.empty()) done.pop_back();
      continue;
    }
    done.push_back(part);
    const FileVersion* v = current(join(done));
    if (v == nullptr || v->type != EntryType::kSymlink) continue;
    if (++links > kMaxLinks) return util::unexpected(util::format("symlink loop resolving '/{}'", path));
    done.pop_back();
    if (v->link.starts_with("/")) done.clear();
    auto target = components(v->link);
    for (auto it = target.rbegin(); it != target.rend(); ++it) todo.emplace_back(*it);
  }
  return join(done);
}

}  // namespace plimsoll::image
