// Everything a rule may ask about the Dockerfile being checked, and where findings go.
// One FileContext per file and thread; RUN scripts are parsed once, on first request.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/source_file.h"
#include "dockerfile/ast.h"
#include "dockerfile/model.h"
#include "rules/rule.h"
#include "sh/script.h"

namespace plimsoll::rules {

class FileContext {
 public:
  FileContext(const core::SourceFile& source, const dockerfile::Dockerfile& file, const dockerfile::Model& model)
      : source_(source), file_(file), model_(model) {}

  const core::SourceFile& source() const { return source_; }
  const dockerfile::Dockerfile& file() const { return file_; }
  const dockerfile::Model& model() const { return model_; }
  // The stage the dispatcher is visiting (-1 before the first FROM).
  int stage_index() const { return stage_index_; }
  void set_stage_index(int index) { stage_index_ = index; }

  // The commands a RUN executes: its shell-form text (or the script of `RUN <<EOF`) parsed as
  // sh, or its exec-form argv as one command. Spans point into the Dockerfile.
  const sh::Script& script(const dockerfile::Instruction& run);

  void report(const RuleInfo& rule, core::Span span, std::string message, std::optional<core::Fix> fix = {},
              std::optional<core::Severity> severity = {});
  std::vector<core::Finding>& findings() { return findings_; }

 private:
  const core::SourceFile& source_;
  const dockerfile::Dockerfile& file_;
  const dockerfile::Model& model_;
  int stage_index_ = -1;
  std::map<const dockerfile::Instruction*, sh::Script> scripts_;
  std::vector<core::Finding> findings_;
};

}  // namespace plimsoll::rules
