// Inline ignore comments. `# plimsoll ignore=DF004,base-image-unpinned` silences those rules on
// the next instruction; `# plimsoll global ignore=…` on the whole file. hadolint's
// `# hadolint [global] ignore=DL…` and BuildKit's `# check=skip=…` (directive or comment) are
// honoured through data/knowledge/ignore_aliases.yaml.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/finding.h"
#include "dockerfile/ast.h"

namespace plimsoll::rules {

class Suppressions {
 public:
  explicit Suppressions(const dockerfile::Dockerfile& file);

  bool suppresses(const core::Finding& finding) const;
  const std::set<std::string>& file_wide() const { return file_wide_; }

 private:
  struct Scoped {
    core::Span span;  // the instruction the comment stands above
    std::set<std::string> ids;
  };
  void add(std::set<std::string>& into, const std::string& token);

  std::set<std::string> file_wide_;
  std::vector<Scoped> scoped_;
};

// The rule tokens of one comment (text after '#'); `global` tells whether it is file-wide.
// Returns false when the comment is not an ignore pragma.
bool parse_ignore_comment(const std::string& comment, std::vector<std::string>& ids, bool& global);

}  // namespace plimsoll::rules
