#include "rules/context/git_ignored.h"

#include <memory>
#include <vector>

#include "dockerignore/matcher.h"
#include "util/path.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr std::size_t kMaxGitignoreBytes = std::size_t{1} << 20;
constexpr int kMaxDepth = 32;

// A `.gitignore` line as the dockerignore matcher reads patterns: git anchors a pattern to its
// file's directory only when it holds a `/` before its end; otherwise it matches at any depth.
std::string as_pattern(std::string_view line) {
  bool negated = line.starts_with('!');
  if (negated) line.remove_prefix(1);
  std::string_view body = line;
  while (body.ends_with('/')) body.remove_suffix(1);
  std::string out;
  if (body.starts_with('/')) {
    out = std::string(body.substr(1));
  } else if (body.find('/') == std::string_view::npos) {
    out = "**/" + std::string(body);
  } else {
    out = std::string(body);
  }
  return negated ? "!" + out : out;
}

}  // namespace

GitIgnoreFiles::GitIgnoreFiles(const util::Filesystem& files, const std::string& root)
    : files_(files), base_(util::normal_path(root.empty() ? "." : root)) {}

GitIgnoreFiles::~GitIgnoreFiles() = default;

const dockerignore::Matcher* GitIgnoreFiles::matcher_in(const std::string& dir) {
  if (auto known = matchers_.find(dir); known != matchers_.end()) return known->second.get();
  std::unique_ptr<dockerignore::Matcher>& slot = matchers_[dir];
  std::string file = util::join_path(dir, ".gitignore");
  if (!files_.is_regular_file(file)) return nullptr;
  auto text = files_.read(file);
  if (!text || text->size() > kMaxGitignoreBytes) return nullptr;
  std::vector<std::string> patterns;
  for (std::string_view line : util::split_lines(*text)) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    line = util::trim_ascii_space(line);
    if (line.empty() || line.starts_with('#')) continue;
    patterns.push_back(as_pattern(line));
  }
  if (!patterns.empty()) slot = std::make_unique<dockerignore::Matcher>(patterns, true);
  return slot.get();
}

bool GitIgnoreFiles::ignores(const std::string& path) {
  std::string target = util::normal_path(path);
  if (!util::is_inside(target, base_) || target == base_) return false;
  // From the root down: each directory's .gitignore, with the path relative to that directory.
  std::string dir = base_;
  for (int depth = 0; depth < kMaxDepth; ++depth) {
    std::string relative = dir == "." ? target : target.substr(dir.size() + 1);
    const dockerignore::Matcher* matcher = matcher_in(dir);
    if (matcher != nullptr && matcher->matches_or_parent_matches(relative).excluded) return true;
    std::size_t slash = relative.find('/');
    if (slash == std::string::npos) return false;
    dir = util::join_path(dir, relative.substr(0, slash));
  }
  return false;
}

bool GitIgnoreFiles::ignores_contents(const std::string& path) { return ignores(util::join_path(path, "any-entry")); }

bool git_ignores(const util::Filesystem& files, const std::string& root, const std::string& path) {
  return GitIgnoreFiles(files, root).ignores(path);
}

bool git_ignores_contents(const util::Filesystem& files, const std::string& root, const std::string& path) {
  return GitIgnoreFiles(files, root).ignores_contents(path);
}

}  // namespace plimsoll::rules
