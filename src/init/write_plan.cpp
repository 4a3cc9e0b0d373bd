// rename(2) within one directory is atomic on POSIX filesystems; the temporary name carries
// the process id so concurrent runs do not collide.
#include "init/write_plan.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include "util/file_io.h"
#include "util/format.h"

namespace plimsoll::init {

namespace fs = std::filesystem;

namespace {

std::string append_missing(const std::string& existing, const std::string& wanted) {
  std::set<std::string> have;
  std::istringstream in(existing);
  for (std::string line; std::getline(in, line);) have.insert(line);
  std::string missing;
  std::istringstream want(wanted);
  for (std::string line; std::getline(want, line);) {
    if (!have.contains(line)) missing += line + "\n";
  }
  if (missing.empty()) return existing;
  std::string out = existing;
  if (!out.empty() && out.back() != '\n') out += '\n';
  if (!out.empty()) out += '\n';
  return out + missing;
}

}  // namespace

std::vector<PlannedWrite> plan_writes(const fs::path& root, const std::vector<GeneratedFile>& files) {
  std::vector<PlannedWrite> plan;
  for (const auto& f : files) {
    PlannedWrite w;
    w.path = f.path;
    w.content = f.content;
    std::error_code ec;
    fs::path target = root / f.path;
    if (fs::exists(target, ec)) {
      auto text = util::read_file(target.string());
      w.existing = text ? *text : std::string{};
      if (f.append) {
        w.content = append_missing(w.existing, f.content);
        w.state = w.content == w.existing ? PlannedWrite::State::kUnchanged : PlannedWrite::State::kAppend;
      } else {
        w.state = w.existing == w.content && text ? PlannedWrite::State::kUnchanged : PlannedWrite::State::kConflict;
      }
    }
    plan.push_back(std::move(w));
  }
  return plan;
}

util::Result<bool> write_atomically(const fs::path& path, std::string_view content) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  if (ec) return util::unexpected(util::format("{}: cannot create the directory: {}", path.parent_path().string(), ec.message()));
  fs::path temporary = path;
  temporary += util::format(".plimsoll-{}.tmp", ::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      fs::remove(temporary, ec);
      return util::unexpected(util::format("{}: cannot write: {}", temporary.string(), std::strerror(errno)));
    }
  }
  // Keep the permissions of a file being replaced (a Makefile may be executable for nobody,
  // but a script could be).
  if (fs::exists(path, ec)) fs::permissions(temporary, fs::status(path, ec).permissions(), ec);
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    int err = errno;
    fs::remove(temporary, ec);
    return util::unexpected(util::format("{}: cannot replace: {}", path.string(), std::strerror(err)));
  }
  return true;
}

}  // namespace plimsoll::init
