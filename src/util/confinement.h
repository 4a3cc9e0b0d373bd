// Which paths plimsoll may read: those that, symlinks resolved, lie inside a project root (or are
// files the user named on the command line), and a filesystem that refuses every other path.
// Immutable once built and safe to share between threads.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "util/filesystem.h"

namespace plimsoll::util {

// `path` absolute, with every symlink of its longest existing prefix resolved and the rest
// folded lexically; "" when it cannot be resolved (a loop, a component that cannot be read).
std::string resolved_path(std::string_view path);

// The directory holding `path` (a file or directory, as given) resolved, then the nearest
// directory at or above it that holds `.git` (a repository or a worktree); without one, the
// directory itself. Never climbs out of a git checkout, and never climbs at all outside one.
std::string project_root_of(std::string_view path);
// The nearest directory at or above `dir` (resolved) that holds `.git`; "" when there is none.
std::string enclosing_checkout(std::string_view dir);

// Directories are resolved once and remembered (a run reads a tree that does not change under
// it): resolving every component of every path again made a deep tree cost its depth squared.
class Confinement {
 public:
  // `roots`: directories (resolved here); `named`: files named explicitly by the user (an
  // `--env-file` of the CI), admitted wherever they are.
  explicit Confinement(const std::vector<std::string>& roots, const std::vector<std::string>& named = {});

  // True when `path`, resolved, is inside a root or is a named file.
  bool admits(std::string_view path) const;
  // The roots for messages: "/a" or "/a, /b".
  const std::string& described() const { return described_; }
  // "<path>: outside the project root <roots>; not read", the one wording of a refusal.
  std::string refusal(std::string_view path) const;
  // The lstat lookups made so far: for tests that the cost stays linear in the depth.
  std::size_t lookups() const;

 private:
  std::string resolve(std::string_view path) const;     // as resolved_path, with the cache
  std::string resolve_dir(const std::string& dir) const;  // absolute and lexically normal
  bool is_link(const std::string& path) const;            // one counted lstat

  std::vector<std::string> roots_;
  std::vector<std::string> named_;
  std::string described_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::string, std::less<>> dirs_;  // absolute normal → resolved
  mutable std::size_t lookups_ = 0;  // under mutex_
};

// `base` seen through a confinement: a path it does not admit does not exist, and reading or
// listing it fails with Confinement::refusal. Every read of the checked tree goes through one.
class ConfinedFilesystem final : public Filesystem {
 public:
  ConfinedFilesystem(std::shared_ptr<const Filesystem> base, std::shared_ptr<const Confinement> confinement);

  bool exists(std::string_view path) const override;
  bool is_regular_file(std::string_view path) const override;
  bool is_directory(std::string_view path) const override;
  Result<std::string> read(std::string_view path) const override;
  Result<std::vector<DirEntry>> list(std::string_view dir) const override;
  bool admits(std::string_view path) const override;
  const Confinement& confinement() const { return *confinement_; }

 private:
  std::shared_ptr<const Filesystem> base_;
  std::shared_ptr<const Confinement> confinement_;
};

}  // namespace plimsoll::util
