#include "image/layout_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "util/format.h"

namespace plimsoll::image {
namespace {

// Closes a descriptor at scope exit.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::string kind_of(const struct stat& st) {
  if (S_ISDIR(st.st_mode)) return "a directory";
  if (S_ISFIFO(st.st_mode)) return "a FIFO";
  if (S_ISCHR(st.st_mode)) return "a character device";
  if (S_ISBLK(st.st_mode)) return "a block device";
  if (S_ISSOCK(st.st_mode)) return "a socket";
  return "not a regular file";
}

// What a non-regular entry is, for the message: a symlink names its target (never followed).
std::string describe(int dir, const std::string& name, const struct stat& st) {
  if (!S_ISLNK(st.st_mode)) return kind_of(st);
  std::vector<char> target(4096);
  ssize_t n = ::readlinkat(dir, name.c_str(), target.data(), target.size());
  if (n < 0) return "a symlink";
  return "a symlink to " + std::string(target.data(), static_cast<std::size_t>(n));
}

}  // namespace

LayoutFile::~LayoutFile() {
  if (fd_ >= 0) ::close(fd_);
}

int LayoutFile::release() {
  int fd = fd_;
  fd_ = -1;
  return fd;
}

util::Result<LayoutFile> open_layout_file(const std::string& layout, const std::string& relative) {
  Fd dir{::open(layout.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (dir.fd < 0) return util::unexpected(util::format("{}: {}", layout, std::strerror(errno)));
  std::size_t start = 0;
  for (;;) {
    std::size_t slash = relative.find('/', start);
    std::string name = relative.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    bool last = slash == std::string::npos;
    std::string so_far = relative.substr(0, slash);  // names the component that is wrong
    struct stat st{};
    if (::fstatat(dir.fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
      if (errno == ENOENT) return util::unexpected(util::format("{} is missing", so_far));
      return util::unexpected(util::format("{}: {}", so_far, std::strerror(errno)));
    }
    bool fits = last ? S_ISREG(st.st_mode) : S_ISDIR(st.st_mode);
    if (!fits) {
      return util::unexpected(util::format("{} is {}; the layout's {} must be {} inside it", so_far,
                                           describe(dir.fd, name, st), last ? "files" : "directories",
                                           last ? "regular files" : "real directories"));
    }
    // O_NOFOLLOW and O_NONBLOCK: whatever replaced the entry since fstatat is neither followed
    // nor waited on; fstat below then sees it is not what was checked.
    int flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | (last ? 0 : O_DIRECTORY);
    Fd next{::openat(dir.fd, name.c_str(), flags)};
    if (next.fd < 0) return util::unexpected(util::format("{}: {}", so_far, std::strerror(errno)));
    struct stat opened{};
    if (::fstat(next.fd, &opened) != 0 || opened.st_dev != st.st_dev || opened.st_ino != st.st_ino) {
      return util::unexpected(util::format("{} changed while it was opened", so_far));
    }
    if (last) {
      int fd = next.fd;
      next.fd = -1;
      return LayoutFile(fd, static_cast<uint64_t>(opened.st_size));
    }
    std::swap(dir.fd, next.fd);
    start = slash + 1;
  }
}

util::Result<std::string> read_layout_file(LayoutFile file, const std::string& name, std::size_t max_bytes) {
  if (file.size() > max_bytes) {
    return util::unexpected(util::format("{} is {} bytes, over the {} byte limit", name, file.size(), max_bytes));
  }
  Fd fd{file.release()};
  std::string out;
  std::string buffer(1 << 16, '\0');
  for (;;) {
    ssize_t n = ::read(fd.fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return util::unexpected(util::format("{}: {}", name, std::strerror(errno)));
    if (n == 0) return out;
    if (out.size() + static_cast<std::size_t>(n) > max_bytes) {
      return util::unexpected(util::format("{} is over the {} byte limit", name, max_bytes));
    }
    out.append(buffer.data(), static_cast<std::size_t>(n));
  }
}

util::Result<std::string> read_layout_file(const std::string& layout, const std::string& relative,
                                           std::size_t max_bytes) {
  auto file = open_layout_file(layout, relative);
  if (!file) return util::unexpected(file.error());
  return read_layout_file(std::move(*file), relative, max_bytes);
}

}  // namespace plimsoll::image
