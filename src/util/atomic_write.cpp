// rename(2) within one directory is atomic on POSIX filesystems. The data is synced before the
// rename, so a crash cannot leave the new name holding a part of the text.
#include "util/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "util/format.h"
#include "util/path.h"

namespace plimsoll::util {
namespace {

int real_fsync(int fd) { return ::fsync(fd); }
int real_rename(const char* from, const char* to) { return ::rename(from, to); }

// The file that will really be replaced: through symlinks to what they name, since renaming
// over a link would replace the link itself. A missing file is its own target.
Result<std::string> target_of(const std::string& path) {
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (resolved != nullptr) {
    std::string target = resolved;
    std::free(resolved);
    return target;
  }
  if (errno != ENOENT) return unexpected(format("{}: {}", path, std::strerror(errno)));
  struct stat link {};
  if (::lstat(path.c_str(), &link) == 0) return unexpected(format("{}: a symlink to a missing file", path));
  return path;
}

// A fresh name beside `target`, opened exclusively so concurrent writers never share one; the
// mode is what the new file gets when there is no original to copy it from.
int open_temporary(const std::string& target, std::string& name) {
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 100; ++attempt) {
    name = format("{}.plimsoll-{}-{}.tmp", target, ::getpid(), counter.fetch_add(1));
    int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

// Makes the rename itself durable; the new text is already in place, so a failure here is
// not reported (it only matters for a crash in the next moments).
void sync_directory(const std::string& target, int (*sync)(int)) {
  int dir = ::open(parent_dir(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return;
  (void)sync(dir);
  ::close(dir);
}

}  // namespace

Status write_atomically(const std::string& path, std::string_view text, const AtomicWriteOptions& options) {
  AtomicWriteCalls calls{real_fsync, real_rename};
  if (options.calls != nullptr) {
    if (options.calls->fsync != nullptr) calls.fsync = options.calls->fsync;
    if (options.calls->rename != nullptr) calls.rename = options.calls->rename;
  }
  if (options.create_directories) {
    std::string dir = parent_dir(path);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return unexpected(format("{}: cannot create the directory: {}", dir, ec.message()));
  }
  auto target = target_of(path);
  if (!target) return unexpected(target.error().message);
  struct stat original {};
  bool replacing = ::stat(target->c_str(), &original) == 0;
  if (replacing && S_ISDIR(original.st_mode)) return unexpected(format("{}: is a directory", path));

  std::string name;
  int fd = open_temporary(*target, name);
  if (fd < 0) return unexpected(format("{}: cannot create a temporary file beside it: {}", path, std::strerror(errno)));
  auto fail = [&](const char* what) {
    Status failure = unexpected(format("{}: {}: {}", path, what, std::strerror(errno)));
    ::close(fd);
    ::unlink(name.c_str());
    return failure;
  };
  for (std::size_t written = 0; written < text.size();) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed");
    }
    written += static_cast<std::size_t>(n);
  }
  if (replacing && ::fchmod(fd, original.st_mode & 07777) != 0) return fail("cannot set permissions");
  if (calls.fsync(fd) != 0) return fail("sync failed");
  if (::close(fd) != 0) {
    Status failure = unexpected(format("{}: close failed: {}", path, std::strerror(errno)));
    ::unlink(name.c_str());
    return failure;
  }
  if (calls.rename(name.c_str(), target->c_str()) != 0) {
    Status failure = unexpected(format("{}: rename failed: {}", path, std::strerror(errno)));
    ::unlink(name.c_str());
    return failure;
  }
  sync_directory(*target, calls.fsync);
  return ok();
}

}  // namespace plimsoll::util
