#include "dockerignore/context_files.h"

#include "util/path.h"

namespace plimsoll::dockerignore {

std::optional<IgnoreFileChoice> choose_ignore_file(std::string_view context_dir,
                                                   std::string_view dockerfile_path,
                                                   const util::Filesystem& files) {
  if (!dockerfile_path.empty()) {
    std::string specific = std::string(dockerfile_path) + ".dockerignore";
    if (files.is_regular_file(specific)) return IgnoreFileChoice{specific, true};
  }
  std::string shared(context_dir.empty() ? "." : context_dir);
  if (shared.back() != '/') shared += '/';
  shared += ".dockerignore";
  if (files.is_regular_file(shared)) return IgnoreFileChoice{shared, false};
  return std::nullopt;
}

namespace {

class Walker {
 public:
  Walker(const util::Filesystem& files, std::string_view root, const Matcher& matcher, const WalkOptions& options)
      : files_(files), root_(root), matcher_(matcher), options_(options) {}

  WalkResult run() {
    visit("", MatchInfo{});
    return std::move(result_);
  }

 private:
  bool stopped() const { return result_.truncated || result_.error != PatternError::kNone; }

  void visit(const std::string& dir, const MatchInfo& info) {
    auto listed = files_.list(dir.empty() ? root_ : util::join_path(root_, dir));
    if (!listed) {
      result_.unreadable.push_back(dir);
      return;
    }
    for (const util::DirEntry& entry : *listed) {
      if (stopped()) return;
      if (result_.entries_seen == options_.max_entries || result_.pattern_work > options_.max_pattern_work) {
        result_.truncated = true;
        return;
      }
      ++result_.entries_seen;
      std::string path = dir.empty() ? entry.name : dir + "/" + entry.name;
      const bool descend = entry.is_dir && !entry.is_symlink;
      MatchInfo child;
      MatchResult r = matcher_.match_child(path, info, descend ? &child : nullptr, &result_.pattern_work);
      if (r.error != PatternError::kNone) {
        result_.error = r.error;
        return;
      }
      if (!descend) {
        if (!r.excluded) result_.files.push_back(std::move(path));
        continue;
      }
      if (r.excluded && !matcher_.may_reinclude_below(path, child)) {
        ++result_.directories_skipped;
        continue;
      }
      visit(path, child);
    }
  }

  const util::Filesystem& files_;
  std::string root_;
  const Matcher& matcher_;
  const WalkOptions& options_;
  WalkResult result_;
};

}  // namespace

WalkResult walk_context(const util::Filesystem& files, std::string_view root, const Matcher& matcher,
                        const WalkOptions& options) {
  return Walker(files, root.empty() ? std::string_view(".") : root, matcher, options).run();
}

}  // namespace plimsoll::dockerignore
