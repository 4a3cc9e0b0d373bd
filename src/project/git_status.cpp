#include "project/git_status.h"

#include <git2.h>

#include <filesystem>
#include <system_error>

#include "util/shared_library.h"

namespace plimsoll::project {
namespace fs = std::filesystem;

namespace {

// The libgit2 functions plimsoll calls, with libgit2's own names and types.
#define PLIMSOLL_LIBGIT2_FUNCTIONS(X)                                                                    \
  X(git_libgit2_init) X(git_repository_open_ext) X(git_repository_workdir) X(git_repository_index) \
  X(git_repository_free) X(git_index_free) X(git_index_get_bypath) X(git_ignore_path_is_ignored)    \
  X(git_error_last)

PLIMSOLL_LIBRARY_FUNCTIONS(Libgit2, PLIMSOLL_LIBGIT2_FUNCTIONS, PLIMSOLL_LIBGIT2_SONAME)

// libgit2 loaded (util/shared_library.h: it is opened on first use, not at start) and
// initialised once; null when it cannot be loaded, and then no repository is consulted.
const Libgit2* libgit2() {
  static const Libgit2* const loaded = [] {
    const Libgit2* functions = Libgit2::loaded();
    if (functions != nullptr) functions->git_libgit2_init();
    return functions;
  }();
  return loaded;
}

std::string absolute_normal(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return p.generic_string();
}

}  // namespace

struct GitStatus::Repo {
  const Libgit2* git = nullptr;  // a repository exists only once libgit2 has loaded
  git_repository* handle = nullptr;
  git_index* index = nullptr;
};

std::unique_ptr<GitStatus> GitStatus::open(const std::string& path, std::string* error) {
  const Libgit2* git = libgit2();
  if (git == nullptr) return nullptr;
  std::string start = absolute_normal(path);
  auto fail = [&](std::string_view what) {
    if (error == nullptr) return;
    const git_error* last = git->git_error_last();
    std::string reason = last != nullptr && last->message != nullptr ? last->message : "unknown libgit2 error";
    *error = start + ": " + std::string(what) + ": " + reason +
             "; whether files are committed to git cannot be told (env files are not checked for it)";
  };
  git_repository* handle = nullptr;
  int opened = git->git_repository_open_ext(&handle, start.c_str(), 0, nullptr);
  if (opened == GIT_ENOTFOUND) return nullptr;  // not in a repository: nothing to report
  if (opened != 0 || handle == nullptr) {
    fail("the git repository cannot be opened");
    return nullptr;
  }
  const char* workdir = git->git_repository_workdir(handle);
  if (workdir == nullptr) {  // bare: nothing is checked out
    git->git_repository_free(handle);
    return nullptr;
  }
  auto* repo = new Repo{git, handle, nullptr};
  if (git->git_repository_index(&repo->index, handle) != 0) {
    repo->index = nullptr;
    fail("the git index cannot be read");
  }
  std::string dir = absolute_normal(workdir);
  if (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  return std::unique_ptr<GitStatus>(new GitStatus(repo, dir));
}

GitStatus::~GitStatus() {
  if (repo_->index != nullptr) repo_->git->git_index_free(repo_->index);
  repo_->git->git_repository_free(repo_->handle);
  delete repo_;
}

std::string GitStatus::relative(const std::string& path) const {
  std::string full = absolute_normal(path);
  if (full.size() <= workdir_.size() || full.compare(0, workdir_.size(), workdir_) != 0 || full[workdir_.size()] != '/') {
    return {};
  }
  return full.substr(workdir_.size() + 1);
}

bool GitStatus::is_tracked(const std::string& path) const {
  std::string rel = relative(path);
  if (rel.empty() || repo_->index == nullptr) return false;
  return repo_->git->git_index_get_bypath(repo_->index, rel.c_str(), 0) != nullptr;
}

bool GitStatus::is_ignored(const std::string& path) const {
  std::string rel = relative(path);
  if (rel.empty()) return false;
  int ignored = 0;
  if (repo_->git->git_ignore_path_is_ignored(&ignored, repo_->handle, rel.c_str()) != 0) return false;
  return ignored == 1;
}

}  // namespace plimsoll::project
