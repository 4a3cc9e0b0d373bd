#include "util/filesystem.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "util/file_io.h"

namespace plimsoll::util {
namespace fs = std::filesystem;

namespace {

fs::path as_path(std::string_view path) { return path.empty() ? fs::path(".") : fs::path(path); }

class Disk final : public Filesystem {
 public:
  bool exists(std::string_view path) const override {
    std::error_code ec;
    return fs::exists(as_path(path), ec);
  }
  bool is_regular_file(std::string_view path) const override {
    std::error_code ec;
    return fs::is_regular_file(as_path(path), ec);
  }
  bool is_directory(std::string_view path) const override {
    std::error_code ec;
    return fs::is_directory(as_path(path), ec);
  }
  Result<std::string> read(std::string_view path) const override { return read_file(std::string(path)); }

  Result<std::vector<DirEntry>> list(std::string_view dir) const override {
    fs::path where = as_path(dir);
    std::error_code ec;
    fs::directory_iterator it(where, fs::directory_options::none, ec);
    if (ec) return unexpected(where.string() + ": " + ec.message());
    std::vector<DirEntry> out;
    for (fs::directory_iterator end; it != end; it.increment(ec)) {
      if (ec) return unexpected(where.string() + ": " + ec.message());
      DirEntry entry;
      entry.name = it->path().filename().string();
      // symlink_status never follows the link, so a link to a directory is not descended into.
      fs::file_status status = it->symlink_status(ec);
      if (ec) return unexpected(it->path().string() + ": " + ec.message());
      entry.is_symlink = fs::is_symlink(status);
      entry.is_dir = fs::is_directory(status);
      if (fs::is_regular_file(status)) {
        std::uintmax_t size = it->file_size(ec);
        entry.size = ec ? 0 : size;
        ec.clear();
      }
      out.push_back(std::move(entry));
    }
    if (ec) return unexpected(where.string() + ": " + ec.message());
    std::sort(out.begin(), out.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
    return out;
  }
};

}  // namespace

std::shared_ptr<const Filesystem> shared_disk() {
  static const std::shared_ptr<const Filesystem> instance = std::make_shared<Disk>();
  return instance;
}

const Filesystem& disk() { return *shared_disk(); }

}  // namespace plimsoll::util
