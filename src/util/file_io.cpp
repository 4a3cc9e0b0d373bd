#include "util/file_io.h"

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/format.h"

namespace plimsoll::util {

namespace {

// Closes the descriptor on every path out of read_file.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

Result<std::string> failure(const std::string& path, std::string_view reason) {
  return unexpected(format("{}: {}", path, reason));
}

}  // namespace

std::string not_regular_reason(unsigned mode) {
  if (S_ISREG(mode)) return {};
  if (S_ISDIR(mode)) return "is a directory";
  if (S_ISFIFO(mode)) return "is a FIFO, not a regular file; not read";
  if (S_ISSOCK(mode)) return "is a socket, not a regular file; not read";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a regular file; not read";
  return "is not a regular file; not read";
}

Result<std::string> read_file(const std::string& path, std::size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. It changes
  // nothing for the regular files that are read below.
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
  if (fd.get() < 0) return failure(path, std::strerror(errno));
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) return failure(path, std::strerror(errno));
  if (std::string why = not_regular_reason(st.st_mode); !why.empty()) return failure(path, why);
  // /proc and /sys files are "regular" of size 0 and produce whatever the kernel has to say
  // (a process's environment, its memory): never plimsoll's input.
  struct statfs where {};
  if (::fstatfs(fd.get(), &where) == 0 && (where.f_type == PROC_SUPER_MAGIC || where.f_type == SYSFS_MAGIC)) {
    return failure(path, "is a /proc or /sys pseudo-file; not read");
  }
  if (static_cast<std::size_t>(st.st_size) > max_bytes) {
    return failure(path, format("file is larger than {} bytes", max_bytes));
  }
  std::string data;
  data.reserve(static_cast<std::size_t>(st.st_size));
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      return failure(path, std::strerror(errno));
    }
    if (n == 0) break;
    data.append(buffer, static_cast<std::size_t>(n));
    if (data.size() > max_bytes) return failure(path, format("file is larger than {} bytes", max_bytes));
  }
  return data;
}

}  // namespace plimsoll::util
