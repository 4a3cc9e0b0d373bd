#include "project/git_status.h"

#include <git2.h>

#include <filesystem>
#include <mutex>
#include <system_error>

namespace plimsoll::project {
namespace fs = std::filesystem;

struct GitStatus::Repo {
  git_repository* handle = nullptr;
  git_index* index = nullptr;
};

namespace {

void init_once() {
  static std::once_flag once;
  std::call_once(once, [] { git_libgit2_init(); });
}

std::string absolute_normal(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return p.generic_string();
}

}  // namespace

std::unique_ptr<GitStatus> GitStatus::open(const std::string& path) {
  init_once();
  std::string start = absolute_normal(path);
  git_repository* handle = nullptr;
  if (git_repository_open_ext(&handle, start.c_str(), 0, nullptr) != 0 || handle == nullptr) return nullptr;
  const char* workdir = git_repository_workdir(handle);
  if (workdir == nullptr) {  // bare: nothing is checked out
    git_repository_free(handle);
    return nullptr;
  }
  auto* repo = new Repo{handle, nullptr};
  if (git_repository_index(&repo->index, handle) != 0) repo->index = nullptr;
  std::string dir = absolute_normal(workdir);
  if (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  return std::unique_ptr<GitStatus>(new GitStatus(repo, dir));
}

GitStatus::~GitStatus() {
  if (repo_->index != nullptr) git_index_free(repo_->index);
  git_repository_free(repo_->handle);
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
  return git_index_get_bypath(repo_->index, rel.c_str(), 0) != nullptr;
}

bool GitStatus::is_ignored(const std::string& path) const {
  std::string rel = relative(path);
  if (rel.empty()) return false;
  int ignored = 0;
  if (git_ignore_path_is_ignored(&ignored, repo_->handle, rel.c_str()) != 0) return false;
  return ignored == 1;
}

}  // namespace plimsoll::project
