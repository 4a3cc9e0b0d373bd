// Overlay paths are few (open buffers, files being fixed), so lookups below a directory scan
// them; the disk is only asked what the overlay does not answer.
#include <algorithm>

#include "util/filesystem.h"
#include "util/path.h"

namespace plimsoll::util {

OverlayFilesystem::OverlayFilesystem(std::shared_ptr<const Filesystem> base,
                                     const std::map<std::string, std::string, std::less<>>& texts)
    : base_(std::move(base)) {
  for (const auto& [path, text] : texts) texts_[absolute_path(path)] = text;
}

const std::string* OverlayFilesystem::text_of(std::string_view path) const {
  if (texts_.empty()) return nullptr;
  auto it = texts_.find(absolute_path(path));
  return it == texts_.end() ? nullptr : &it->second;
}

bool OverlayFilesystem::holds_below(const std::string& dir) const {
  std::string prefix = dir == "/" ? dir : dir + "/";
  auto it = texts_.lower_bound(prefix);
  return it != texts_.end() && it->first.starts_with(prefix);
}

bool OverlayFilesystem::exists(std::string_view path) const {
  return text_of(path) != nullptr || (!texts_.empty() && holds_below(absolute_path(path))) || base_->exists(path);
}

bool OverlayFilesystem::is_regular_file(std::string_view path) const {
  return text_of(path) != nullptr || base_->is_regular_file(path);
}

bool OverlayFilesystem::is_directory(std::string_view path) const {
  return (!texts_.empty() && holds_below(absolute_path(path))) || base_->is_directory(path);
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
  if (texts_.empty() || !holds_below(where)) return listed;
  // A directory that exists only in the overlay (a new file's) lists what the overlay holds.
  std::vector<DirEntry> entries = listed ? std::move(*listed) : std::vector<DirEntry>{};
  std::string prefix = where == "/" ? where : where + "/";
  for (auto it = texts_.lower_bound(prefix); it != texts_.end() && it->first.starts_with(prefix); ++it) {
    std::string_view rest = std::string_view(it->first).substr(prefix.size());
    std::size_t slash = rest.find('/');
    DirEntry entry{std::string(rest.substr(0, slash)), slash != std::string_view::npos, false,
                   slash == std::string_view::npos ? it->second.size() : 0};
    auto same = std::find_if(entries.begin(), entries.end(), [&](const DirEntry& e) { return e.name == entry.name; });
    if (same == entries.end()) {
      entries.push_back(std::move(entry));
    } else if (!entry.is_dir) {
      *same = std::move(entry);  // the unsaved text replaces what is on disk
    }
  }
  std::sort(entries.begin(), entries.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return entries;
}

}  // namespace plimsoll::util
