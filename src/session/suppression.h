// Inline ignore comments, one grammar for every kind of file. `# plimsoll ignore=DF004,base-image-unpinned`
// (spaces around '=' and a trailing `# note` allowed) silences those rules on the item below it;
// `# plimsoll global ignore=…` on the whole file. hadolint's `# hadolint [global] ignore=DL…` and
// BuildKit's `# check=skip=…` (directive or comment) are honoured through
// data/knowledge/ignore_aliases.yaml. The item is the next instruction of a Dockerfile (all its
// lines), or the next line that is neither blank nor a comment in any other file.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/source_file.h"
#include "dockerfile/ast.h"

namespace plimsoll::session {

class Suppressions {
 public:
  // A Dockerfile: its parsed comments (lines of heredoc bodies are not comments) and directives.
  static Suppressions for_dockerfile(const dockerfile::Dockerfile& file);
  // Any other file: a comment is a line whose first non-blank character is '#'. `family` picks
  // between rules that share a name ("compose" for DC008 over DF054).
  static Suppressions for_text(const core::SourceFile& source, std::string_view family);

  bool empty() const { return file_wide_.empty() && scoped_.empty(); }
  // Logarithmic in the number of pragmas: items never overlap and are kept in file order.
  bool suppresses(const core::Finding& finding) const;
  // Pragmas looked at by suppresses() so far (tests show it does not scan them all).
  std::size_t probes() const { return probes_; }

 private:
  struct Scoped {
    core::Span span;  // the item the comment stands above
    std::set<std::string> ids;
  };
  void add(std::set<std::string>& into, const std::string& token) const;
  // One comment's text (after '#'); `item` is the span of what it stands above (empty: none).
  void add_comment(const std::string& comment, core::Span item, bool has_item);

  std::string_view family_;
  std::set<std::string> file_wide_;
  std::vector<Scoped> scoped_;  // in file order of their items
  mutable std::size_t probes_ = 0;
};

// The rule tokens of one comment (text after '#'); `global` tells whether it is file-wide.
// Returns false when the comment is not an ignore pragma.
bool parse_ignore_comment(const std::string& comment, std::vector<std::string>& ids, bool& global);

}  // namespace plimsoll::session
