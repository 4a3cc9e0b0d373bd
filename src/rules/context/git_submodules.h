// The git submodules a repository declares in its `.gitmodules`, and whether each is checked
// out: a fresh clone leaves a submodule's directory empty until `git submodule update --init`,
// so a COPY from it says nothing about the build that has it.
#pragma once

#include <string>
#include <vector>

#include "util/filesystem.h"

namespace plimsoll::rules {

class GitSubmodules {
 public:
  // `workdir`: the repository's work tree (the directory holding `.gitmodules`).
  GitSubmodules(const util::Filesystem& files, const std::string& workdir);

  // The path (relative to the work tree, as `.gitmodules` writes it) of the submodule that
  // contains `path` when that submodule is not checked out (its directory is missing or empty);
  // "" otherwise.
  std::string unpopulated_submodule_of(const std::string& path) const;

 private:
  struct Submodule {
    std::string path;      // as written
    std::string absolute;  // lexically normal
    bool populated = false;
  };
  std::vector<Submodule> submodules_;
};

// The `path = …` values of a `.gitmodules` text (git's config format), in order.
std::vector<std::string> submodule_paths(std::string_view gitmodules);

}  // namespace plimsoll::rules
