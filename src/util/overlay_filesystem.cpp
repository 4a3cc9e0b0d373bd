// Overlay paths are kept sorted, so lookups below a directory scan only that directory's range
// of them; the disk is only asked what the overlay does not answer.
#include <algorithm>
#include <atomic>

#include "util/filesystem.h"
#include "util/path.h"

namespace plimsoll::util {
namespace {
std::atomic<std::size_t> copied_count{0};
}  // namespace

OverlayFilesystem::OverlayFilesystem(std::shared_ptr<const Filesystem> base,
                                     const std::map<std::string, std::string, std::less<>>& texts,
                                     std::shared_ptr<const SharedTexts> shared)
    : base_(std::move(base)), shared_(std::move(shared)) {
  for (const auto& [path, text] : texts) texts_[absolute_path(path)] = text;
  copied_count.fetch_add(texts.size(), std::memory_order_relaxed);
}

std::size_t OverlayFilesystem::texts_copied() { return copied_count.load(std::memory_order_relaxed); }

namespace {

template <typename Map>
bool any_below(const Map& map, const std::string& prefix) {
  auto it = map.lower_bound(prefix);
  return it != map.end() && it->first.starts_with(prefix);
}

const std::string& text_in(const std::string& text) { return text; }
const std::string& text_in(const std::shared_ptr<const std::string>& text) { return *text; }

// Adds the entries of `dir` (its `prefix`) that `map` holds to `entries`: a file's unsaved text
// replaces what is on disk; a name already listed stays.
template <typename Map>
void add_entries(const Map& map, const std::string& prefix, std::vector<DirEntry>& entries) {
  for (auto it = map.lower_bound(prefix); it != map.end() && it->first.starts_with(prefix); ++it) {
    std::string_view rest = std::string_view(it->first).substr(prefix.size());
    std::size_t slash = rest.find('/');
    DirEntry entry{std::string(rest.substr(0, slash)), slash != std::string_view::npos, false,
                   slash == std::string_view::npos ? text_in(it->second).size() : 0};
    auto same = std::find_if(entries.begin(), entries.end(), [&](const DirEntry& e) { return e.name == entry.name; });
    if (same == entries.end()) {
      entries.push_back(std::move(entry));
    } else if (!entry.is_dir) {
      *same = std::move(entry);  // the unsaved text replaces what is on disk
    }
  }
}

}  // namespace

const std::string* OverlayFilesystem::text_of(std::string_view path) const {
  if (empty()) return nullptr;
  std::string key = absolute_path(path);
  if (auto it = texts_.find(key); it != texts_.end()) return &it->second;
  if (shared_) {
    if (auto it = shared_->find(key); it != shared_->end() && it->second) return it->second.get();
  }
  return nullptr;
}

bool OverlayFilesystem::holds_below(const std::string& dir) const {
  std::string prefix = dir == "/" ? dir : dir + "/";
  return any_below(texts_, prefix) || (shared_ && any_below(*shared_, prefix));
}

bool OverlayFilesystem::exists(std::string_view path) const {
  return text_of(path) != nullptr || (!empty() && holds_below(absolute_path(path))) || base_->exists(path);
}

bool OverlayFilesystem::is_regular_file(std::string_view path) const {
  return text_of(path) != nullptr || base_->is_regular_file(path);
}

bool OverlayFilesystem::is_directory(std::string_view path) const {
  return (!empty() && holds_below(absolute_path(path))) || base_->is_directory(path);
}

// A text handed in is the caller's own, wherever its path lies.
bool OverlayFilesystem::admits(std::string_view path) const { return text_of(path) != nullptr || base_->admits(path); }

Result<std::string> OverlayFilesystem::read(std::string_view path) const {
  if (const std::string* text = text_of(path)) return *text;
  return base_->read(path);
}

Result<std::vector<DirEntry>> OverlayFilesystem::list(std::string_view dir) const {
  auto listed = base_->list(dir);
  std::string where = absolute_path(dir);
  if (empty() || !holds_below(where)) return listed;
  // A directory that exists only in the overlay (a new file's) lists what the overlay holds.
  std::vector<DirEntry> entries = listed ? std::move(*listed) : std::vector<DirEntry>{};
  std::string prefix = where == "/" ? where : where + "/";
  // The shared texts first, so that texts_ (which shadow them) are added last and win.
  if (shared_) add_entries(*shared_, prefix, entries);
  add_entries(texts_, prefix, entries);
  std::sort(entries.begin(), entries.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return entries;
}

}  // namespace plimsoll::util
