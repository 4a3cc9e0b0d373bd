#include "dockerignore/context_files.h"

#include <filesystem>
#include <system_error>

namespace plimsoll::dockerignore {

bool regular_file_exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

std::optional<IgnoreFileChoice> choose_ignore_file(std::string_view context_dir,
                                                   std::string_view dockerfile_path,
                                                   const FileExists& exists) {
  if (!dockerfile_path.empty()) {
    std::string specific = std::string(dockerfile_path) + ".dockerignore";
    if (exists(specific)) return IgnoreFileChoice{specific, true};
  }
  std::string shared(context_dir.empty() ? "." : context_dir);
  if (shared.back() != '/') shared += '/';
  shared += ".dockerignore";
  if (exists(shared)) return IgnoreFileChoice{shared, false};
  return std::nullopt;
}

namespace {

class Walker {
 public:
  Walker(const ContextTree& tree, const Matcher& matcher, const WalkOptions& options)
      : tree_(tree), matcher_(matcher), options_(options) {}

  WalkResult run() {
    visit("", MatchInfo{});
    return std::move(result_);
  }

 private:
  bool stopped() const { return result_.truncated || result_.error != PatternError::kNone; }

  void visit(const std::string& dir, const MatchInfo& info) {
    auto listed = tree_.list(dir);
    if (!listed) {
      result_.unreadable.push_back(dir);
      return;
    }
    for (const TreeEntry& entry : *listed) {
      if (stopped()) return;
      if (result_.entries_seen == options_.max_entries) {
        result_.truncated = true;
        return;
      }
      ++result_.entries_seen;
      std::string path = dir.empty() ? entry.name : dir + "/" + entry.name;
      const bool descend = entry.is_dir && !entry.is_symlink;
      MatchInfo child;
      MatchResult r = matcher_.match_child(path, info, descend ? &child : nullptr);
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

  const ContextTree& tree_;
  const Matcher& matcher_;
  const WalkOptions& options_;
  WalkResult result_;
};

}  // namespace

WalkResult walk_context(const ContextTree& tree, const Matcher& matcher,
                        const WalkOptions& options) {
  return Walker(tree, matcher, options).run();
}

}  // namespace plimsoll::dockerignore
