#include "util/remembering_filesystem.h"

namespace plimsoll::util {

template <typename Ask>
bool RememberingFilesystem::remembered(std::string_view path, signed char Kind::*slot, Ask ask) const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = kinds_.find(path); it != kinds_.end() && it->second.*slot >= 0) return it->second.*slot == 1;
  }
  // Asked without the lock: two threads may both ask, and both get the same answer.
  bool answer = ask();
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = kinds_.find(path);
  if (it == kinds_.end()) it = kinds_.emplace(std::string(path), Kind{}).first;
  it->second.*slot = answer ? 1 : 0;
  return answer;
}

bool RememberingFilesystem::exists(std::string_view path) const {
  return remembered(path, &Kind::exists, [&] { return base_->exists(path); });
}

bool RememberingFilesystem::is_regular_file(std::string_view path) const {
  return remembered(path, &Kind::regular, [&] { return base_->is_regular_file(path); });
}

bool RememberingFilesystem::is_directory(std::string_view path) const {
  return remembered(path, &Kind::directory, [&] { return base_->is_directory(path); });
}

bool RememberingFilesystem::admits(std::string_view path) const {
  return remembered(path, &Kind::admitted, [&] { return base_->admits(path); });
}

Result<std::vector<DirEntry>> RememberingFilesystem::list(std::string_view dir) const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = listings_.find(dir); it != listings_.end()) return it->second;
  }
  auto entries = base_->list(dir);
  std::lock_guard<std::mutex> lock(mutex_);
  listings_.emplace(std::string(dir), entries);
  return entries;
}

}  // namespace plimsoll::util
