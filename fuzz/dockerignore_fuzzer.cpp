// Fuzzes the .dockerignore reader and matcher: spans stay inside the input, the incremental
// walk agrees with the whole-path answer, and no pattern makes matching slow or crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dockerignore/go_path.h"
#include "dockerignore/ignore_file.h"
#include "dockerignore/matcher.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace plimsoll::dockerignore;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  IgnoreFile file = read_ignore_file(text);
  for (const auto& e : file.entries) {
    if (e.span.end > size || e.span.begin > e.span.end || e.line == 0) std::abort();
  }
  Matcher matcher(file.patterns());
  // Paths drawn from the patterns themselves hit the interesting branches.
  std::string paths[] = {"a", "a/b", "a/b/c.txt", ".foo", "dir/file", "x/y/z/w"};
  for (const auto& e : file.entries) {
    if (e.pattern.size() > 1 && e.pattern.size() < 64)
      paths[0] = e.pattern.substr(e.pattern[0] == '!');
  }
  for (const std::string& path : paths) {
    MatchResult whole = matcher.matches_or_parent_matches(path);
    (void)matcher.matches_legacy(path);
    MatchInfo info;
    MatchResult step;
    for (std::size_t at = 0;;) {
      std::size_t slash = path.find('/', at);
      MatchInfo next;
      step = matcher.match_child(path.substr(0, slash), info, &next);
      if (slash == std::string::npos) break;
      info = std::move(next);
      at = slash + 1;
    }
    // The walk only ever sees clean relative paths; others are asked of the whole-path API only.
    const bool walkable = !path.empty() && path[0] != '/' && clean_path(path) == path;
    if (walkable && whole.error == PatternError::kNone && step.error == PatternError::kNone &&
        !(whole == step)) {
      std::abort();
    }
  }
  return 0;
}
