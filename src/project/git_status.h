// Whether files are tracked by or ignored in the git repository around them: the only door to
// libgit2. Opened once per project; answers are false when there is no repository.
#pragma once

#include <memory>
#include <string>

namespace plimsoll::project {

class GitStatus {
 public:
  // The repository that contains `path` (a file or directory), searching upward; nullptr when
  // there is none or it cannot be read. When one is there but cannot be read (a corrupt config,
  // an unreadable index), `error` (if given) says so as "<path>: reason", libgit2's words
  // included; without libgit2 or without a repository it stays empty.
  static std::unique_ptr<GitStatus> open(const std::string& path, std::string* error = nullptr);
  ~GitStatus();
  GitStatus(const GitStatus&) = delete;
  GitStatus& operator=(const GitStatus&) = delete;

  bool is_tracked(const std::string& path) const;  // in the index (committed or staged)
  bool is_ignored(const std::string& path) const;  // matched by .gitignore, info/exclude or core.excludesFile
  const std::string& workdir() const { return workdir_; }

 private:
  struct Repo;
  GitStatus(Repo* repo, std::string workdir) : repo_(repo), workdir_(std::move(workdir)) {}
  std::string relative(const std::string& path) const;  // to the work tree, slash-separated; empty if outside
  Repo* repo_;
  std::string workdir_;
};

}  // namespace plimsoll::project
