// Everything a rule may ask about the Dockerfile being checked, and where findings go.
// One FileContext per file and thread; RUN scripts are parsed once, on first request.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/source_file.h"
#include "dockerfile/ast.h"
#include "dockerfile/installer.h"
#include "dockerfile/model.h"
#include "project/project.h"
#include "rules/reported.h"
#include "rules/rule.h"
#include "rules/settings.h"
#include "sh/script.h"

namespace plimsoll::rules {

class FileContext {
 public:
  FileContext(const core::SourceFile& source, const dockerfile::Dockerfile& file, const dockerfile::Model& model,
              const RuleSettings& settings = RuleSettings::defaults())
      : source_(source), file_(file), model_(model), settings_(settings) {}

  const core::SourceFile& source() const { return source_; }
  const dockerfile::Dockerfile& file() const { return file_; }
  const dockerfile::Model& model() const { return model_; }
  // The project the file was loaded in (its compose stacks, other Dockerfiles), or null when the
  // file is checked on its own. For facts only the project knows, such as which images it builds.
  const project::Project* project() const { return project_; }
  void set_project(const project::Project* project) { project_ = project; }
  // Configured rule options (with the rules' declared defaults) and production targets.
  const RuleSettings& settings() const { return settings_; }
  // Stages whose filesystem and runtime state ship: the last stage, every stage named as a
  // production target, and the stages they are built FROM. Sorted by index. None for a
  // development environment's image (`.devcontainer/`, `.gitpod.Dockerfile`), which is never deployed.
  const std::vector<int>& shipped_stages();
  // The stages that are themselves shipped targets (the last one and named production targets).
  const std::vector<int>& shipped_targets();
  bool is_shipped(int stage_index);
  // The stage the dispatcher is visiting (-1 before the first FROM).
  int stage_index() const { return stage_index_; }
  void set_stage_index(int index) { stage_index_ = index; }

  // The commands a RUN executes: its shell-form text (or the script of `RUN <<EOF`) parsed as
  // sh, or its exec-form argv as one command. Spans point into the Dockerfile.
  const sh::Script& script(const dockerfile::Instruction& run);

  // A command of one of this file's scripts read as a package manager or build command with its
  // grammar (options and their values, requirement files, packages and their pins); null when
  // it is neither. Read once per command, whichever rule asks first.
  const dockerfile::InstallerCommand* installer(const sh::Command& command);

  // Per-file working data a rule computes once and reuses on later calls (rules themselves
  // are stateless and shared). `key` is the rule's own address, e.g. &kInfo.
  template <typename T>
  T& memo(const void* key) {
    auto& slot = memos_[key];
    if (!slot) slot = std::make_shared<T>();
    return *static_cast<T*>(slot.get());
  }

  // `severity` grades this one finding differently from the rule's default; the session applies
  // configuration afterwards.
  void report(const RuleInfo& rule, core::Span span, std::string message, std::optional<core::Fix> fix = {},
              std::optional<core::Severity> severity = {});
  std::vector<Reported>& reported() { return reported_; }

 private:
  const core::SourceFile& source_;
  const dockerfile::Dockerfile& file_;
  const dockerfile::Model& model_;
  const RuleSettings& settings_;
  const project::Project* project_ = nullptr;
  int stage_index_ = -1;
  std::optional<std::vector<int>> shipped_stages_;
  std::optional<std::vector<int>> shipped_targets_;
  std::map<const dockerfile::Instruction*, sh::Script> scripts_;
  std::map<const sh::Command*, std::optional<dockerfile::InstallerCommand>> installers_;
  std::map<const void*, std::shared_ptr<void>> memos_;
  std::vector<Reported> reported_;
};

}  // namespace plimsoll::rules
