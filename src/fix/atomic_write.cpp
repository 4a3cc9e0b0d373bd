#include "fix/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "util/format.h"

namespace plimsoll::fix {

std::optional<std::string> write_atomically(const std::string& path, std::string_view text) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return util::format("{}: {}", path, std::strerror(errno));
  // Through a symlink to the file it names: renaming over the link would replace the link.
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (resolved == nullptr) return util::format("{}: {}", path, std::strerror(errno));
  std::string target = resolved;
  std::free(resolved);
  std::string pattern = target + ".plimsoll-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return util::format("{}: cannot create a temporary file beside it: {}", path, std::strerror(errno));
  auto fail = [&](const char* what) {
    std::string message = util::format("{}: {}: {}", path, what, std::strerror(errno));
    ::close(fd);
    ::unlink(name.data());
    return message;
  };
  std::size_t written = 0;
  while (written < text.size()) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed");
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, st.st_mode & 07777) != 0) return fail("cannot set permissions");
  if (::fsync(fd) != 0) return fail("sync failed");
  if (::close(fd) != 0) {
    ::unlink(name.data());
    return util::format("{}: close failed: {}", path, std::strerror(errno));
  }
  if (::rename(name.data(), target.c_str()) != 0) {
    std::string message = util::format("{}: rename failed: {}", path, std::strerror(errno));
    ::unlink(name.data());
    return message;
  }
  return std::nullopt;
}

}  // namespace plimsoll::fix
