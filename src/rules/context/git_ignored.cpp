#include "rules/context/git_ignored.h"

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

bool excluded_by(const util::Filesystem& files, const std::string& dir, const std::string& relative) {
  std::string file = util::join_path(dir, ".gitignore");
  if (!files.is_regular_file(file)) return false;
  auto text = files.read(file);
  if (!text || text->size() > kMaxGitignoreBytes) return false;
  std::vector<std::string> patterns;
  for (std::string_view line : util::split_lines(*text)) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    line = util::trim_ascii_space(line);
    if (line.empty() || line.starts_with('#')) continue;
    patterns.push_back(as_pattern(line));
  }
  if (patterns.empty()) return false;
  dockerignore::Matcher matcher(patterns, true);
  return matcher.matches_or_parent_matches(relative).excluded;
}

}  // namespace

bool git_ignores(const util::Filesystem& files, const std::string& root, const std::string& path) {
  std::string base = util::normal_path(root.empty() ? "." : root);
  std::string target = util::normal_path(path);
  if (!util::is_inside(target, base) || target == base) return false;
  // From the root down: each directory's .gitignore, with the path relative to that directory.
  std::string dir = base;
  for (int depth = 0; depth < kMaxDepth; ++depth) {
    std::string relative = dir == "." ? target : target.substr(dir.size() + 1);
    if (excluded_by(files, dir, relative)) return true;
    std::size_t slash = relative.find('/');
    if (slash == std::string::npos) return false;
    dir = util::join_path(dir, relative.substr(0, slash));
  }
  return false;
}

bool git_ignores_contents(const util::Filesystem& files, const std::string& root, const std::string& path) {
  return git_ignores(files, root, util::join_path(path, "any-entry"));
}

}  // namespace plimsoll::rules
