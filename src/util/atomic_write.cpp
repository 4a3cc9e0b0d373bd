// rename(2) within one directory is atomic on POSIX filesystems. Everything happens relative to
// one open directory descriptor, so a link swapped in for a directory between the checks and the
// rename cannot redirect the write; the data is synced before the rename, so a crash cannot
// leave the new name holding a part of the text.
#include "util/atomic_write.h"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

#include "util/format.h"
#include "util/path.h"

namespace plimsoll::util {
namespace {

int real_fsync(int fd) { return ::fsync(fd); }
int real_renameat(int dir, const char* from, const char* to) { return ::renameat(dir, from, dir, to); }

// Closes a descriptor when it goes out of scope.
struct Fd {
  int fd = -1;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::string reason(int error) { return std::strerror(error); }

// Why a directory component could not be opened without following links.
std::string not_a_directory(int dir, const std::string& name, const std::string& shown) {
  struct stat st {};
  if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
    return format("{}: is a symlink; plimsoll does not write through links", shown);
  return format("{}: not a directory", shown);
}

// The directory that will hold `path`, opened. Under `root`, each component is opened without
// following a link and, when asked, created where it is missing.
Result<int> open_parent(const std::string& path, const AtomicWriteOptions& options) {
  if (options.root.empty()) {
    std::string dir = parent_dir(path);
    if (options.create_directories) {
      std::error_code ec;
      std::filesystem::create_directories(dir, ec);
      if (ec) return unexpected(format("{}: cannot create the directory: {}", dir, ec.message()));
    }
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return unexpected(format("{}: {}", dir, reason(errno)));
    return fd;
  }
  std::string prefix = options.root.ends_with('/') ? options.root : options.root + "/";
  if (!path.starts_with(prefix)) return unexpected(format("{}: not under {}", path, options.root));
  std::vector<std::string> parts;
  std::string rest = path.substr(prefix.size());
  for (std::size_t start = 0, slash; (slash = rest.find('/', start)) != std::string::npos; start = slash + 1) {
    std::string part = rest.substr(start, slash - start);
    if (part == "..") return unexpected(format("{}: leaves {}", path, options.root));
    if (!part.empty() && part != ".") parts.push_back(part);
  }
  int fd = ::open(options.root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return unexpected(format("{}: {}", options.root, reason(errno)));
  std::string shown = options.root;
  for (const auto& part : parts) {
    Fd dir(fd);
    shown = join_path(shown, part);
    int next = ::openat(dir.fd, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (next < 0 && errno == ENOENT && options.create_directories) {
      if (::mkdirat(dir.fd, part.c_str(), 0777) != 0 && errno != EEXIST)
        return unexpected(format("{}: cannot create the directory: {}", shown, reason(errno)));
      next = ::openat(dir.fd, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    }
    if (next < 0) {
      if (errno == ELOOP || errno == ENOTDIR) return unexpected(not_a_directory(dir.fd, part, shown));
      return unexpected(format("{}: {}", shown, reason(errno)));
    }
    fd = next;
  }
  return fd;
}

// A fresh, unguessable name beside the target, created exclusively and never through a link:
// a name planted in advance (a symlink, a file) makes the attempt fail, never redirects it.
int open_temporary(int dir, std::string_view leaf, mode_t mode, std::string& name) {
  for (int attempt = 0; attempt < 16; ++attempt) {
    unsigned char bytes[12];
    if (::getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes)) return -1;
    std::string tag;
    for (unsigned char b : bytes) tag += format("{:02x}", b);
    name = format(".{}.plimsoll-{}.tmp", leaf.substr(0, 100), tag);
    int fd = ::openat(dir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

bool write_all(int fd, std::string_view text) {
  for (std::size_t written = 0; written < text.size();) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  return true;
}

// Whether the file still holds `expected`: read again, never through a link. Reads at most one
// byte more than expected, so a file grown huge meanwhile costs nothing.
Status unchanged(int dir, const std::string& leaf, const std::string& path, const AtomicWriteOptions& options) {
  const char* edited = "changed on disk since plimsoll read it; not written (run again to include the edit)";
  int fd = ::openat(dir, leaf.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT && !options.expected) return ok();
    if (errno == ENOENT) return unexpected(format("{}: removed since plimsoll read it; not written", path));
    if (errno == ELOOP) return unexpected(format("{}: replaced by a symlink since plimsoll read it; not written", path));
    return unexpected(format("{}: cannot read it again: {}; not written", path, reason(errno)));
  }
  Fd file(fd);
  if (options.expect_absent) return unexpected(format("{}: created since plimsoll looked; not written", path));
  if (!options.expected) return ok();
  std::string now(options.expected->size() + 1, '\0');
  std::size_t have = 0;
  while (have < now.size()) {
    ssize_t n = ::read(fd, now.data() + have, now.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return unexpected(format("{}: cannot read it again: {}; not written", path, reason(errno)));
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
  }
  now.resize(have);
  if (now != *options.expected) return unexpected(format("{}: {}", path, edited));
  return ok();
}

// A device or FIFO the user named as an output: written where it is.
Status write_in_place(int dir, const std::string& leaf, const std::string& path, std::string_view text) {
  int fd = ::openat(dir, leaf.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return unexpected(format("{}: {}", path, reason(errno)));
  Fd out(fd);
  if (!write_all(fd, text)) return unexpected(format("{}: write failed: {}", path, reason(errno)));
  out.fd = -1;
  if (::close(fd) != 0) return unexpected(format("{}: write failed: {}", path, reason(errno)));
  return ok();
}

// What stops `path` (found by lstat as `st`) from being replaced: a link, a directory, a
// special file, a file the caller may not write. Empty when nothing does.
std::string refusal(int dir, const std::string& leaf, const struct stat& st, const AtomicWriteOptions& options) {
  if (S_ISLNK(st.st_mode)) return "is a symlink; plimsoll does not write through links";
  if (S_ISDIR(st.st_mode)) return "is a directory";
  if (!S_ISREG(st.st_mode)) return "not a regular file";
  if (options.expect_absent) return "created since plimsoll looked; not written";
  // The directory's permission would let the rename replace a file its owner made read-only.
  if (::faccessat(dir, leaf.c_str(), W_OK, AT_EACCESS) != 0) return format("not writable: {}", reason(errno));
  return {};
}

}  // namespace

Status write_atomically(const std::string& path, std::string_view text, const AtomicWriteOptions& options) {
  AtomicWriteCalls calls{real_fsync, real_renameat, nullptr};
  if (options.calls != nullptr) {
    if (options.calls->fsync != nullptr) calls.fsync = options.calls->fsync;
    if (options.calls->renameat != nullptr) calls.renameat = options.calls->renameat;
    calls.before_replace = options.calls->before_replace;
  }
  std::string leaf(basename(path));
  if (leaf.empty() || leaf == "." || leaf == "..") return unexpected(format("{}: not a file name", path));
  auto opened = open_parent(path, options);
  if (!opened) return unexpected(opened.error());
  Fd dir(*opened);

  struct stat original {};
  bool replacing = ::fstatat(dir.fd, leaf.c_str(), &original, AT_SYMLINK_NOFOLLOW) == 0;
  if (!replacing && errno != ENOENT) return unexpected(format("{}: {}", path, reason(errno)));
  if (replacing && options.allow_special && !S_ISREG(original.st_mode) && !S_ISDIR(original.st_mode) && !S_ISLNK(original.st_mode))
    return write_in_place(dir.fd, leaf, path, text);
  if (replacing) {
    if (std::string why = refusal(dir.fd, leaf, original, options); !why.empty()) return unexpected(format("{}: {}", path, why));
  } else if (options.expected) {
    return unexpected(format("{}: removed since plimsoll read it; not written", path));
  }

  std::string name;
  // Private until its mode is set: the text must not be readable by more people than the
  // original allowed, even for a moment.
  int fd = open_temporary(dir.fd, leaf, replacing ? 0600 : 0666, name);
  if (fd < 0) return unexpected(format("{}: cannot create a temporary file beside it: {}", path, reason(errno)));
  Fd temp(fd);
  auto fail = [&](const std::string& what) {
    Status failure = unexpected(format("{}: {}; not written", path, what));
    ::unlinkat(dir.fd, name.c_str(), 0);
    return failure;
  };
  if (!write_all(fd, text)) return fail(format("write failed: {}", reason(errno)));
  if (replacing) {
    struct stat made {};
    if (::fstat(fd, &made) != 0) return fail(format("cannot stat the temporary file: {}", reason(errno)));
    // chown first: it clears set-id bits, which the chmod after it restores.
    if ((made.st_uid != original.st_uid || made.st_gid != original.st_gid) && ::fchown(fd, original.st_uid, original.st_gid) != 0)
      return fail(format("cannot keep its owner: {}", reason(errno)));
    if (::fchmod(fd, original.st_mode & 07777) != 0) return fail(format("cannot set permissions: {}", reason(errno)));
  }
  if (calls.fsync(fd) != 0) return fail(format("sync failed: {}", reason(errno)));
  temp.fd = -1;
  if (::close(fd) != 0) return fail(format("close failed: {}", reason(errno)));
  if (calls.before_replace != nullptr) calls.before_replace();
  if (auto same = unchanged(dir.fd, leaf, path, options); !same) {
    ::unlinkat(dir.fd, name.c_str(), 0);
    return same;
  }
  if (calls.renameat(dir.fd, name.c_str(), leaf.c_str()) != 0) return fail(format("rename failed: {}", reason(errno)));
  // Makes the rename itself durable; the new text is already in place, so a failure here is
  // not reported (it only matters for a crash in the next moments).
  (void)calls.fsync(dir.fd);
  return ok();
}

}  // namespace plimsoll::util
