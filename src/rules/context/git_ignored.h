// Whether a path of the project is one git ignores (`.gitignore` files from the project root
// down to the path's directory): a build output, made before the image is built, whose absence
// from a checkout says nothing about whether the build fails.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "util/filesystem.h"

namespace plimsoll::dockerignore {
class Matcher;
}

namespace plimsoll::rules {

// `path` is a project path (joined with `root`). An approximation that only ever lowers
// certainty: a pattern of any of those files that excludes the path counts, even when a deeper
// file or a later `!` would re-include it.
bool git_ignores(const util::Filesystem& files, const std::string& root, const std::string& path);

// True when git ignores whatever lies directly below the directory `path` (`build/*`): a
// checkout then has nothing there, so the directory is a build output as much as an ignored
// `build/` is. Judged on a name no pattern singles out, so `build/*.exe` alone does not count.
bool git_ignores_contents(const util::Filesystem& files, const std::string& root, const std::string& path);

// The same questions of one project, each `.gitignore` read and parsed the first time a path
// below its directory is asked about (DI005 asks for every missing source). Not thread-safe.
class GitIgnoreFiles {
 public:
  GitIgnoreFiles(const util::Filesystem& files, const std::string& root);
  ~GitIgnoreFiles();
  GitIgnoreFiles(const GitIgnoreFiles&) = delete;
  GitIgnoreFiles& operator=(const GitIgnoreFiles&) = delete;

  bool ignores(const std::string& path);           // as git_ignores
  bool ignores_contents(const std::string& path);  // as git_ignores_contents

 private:
  const dockerignore::Matcher* matcher_in(const std::string& dir);  // null: no patterns there

  const util::Filesystem& files_;
  std::string base_;
  std::map<std::string, std::unique_ptr<dockerignore::Matcher>> matchers_;
};

}  // namespace plimsoll::rules
