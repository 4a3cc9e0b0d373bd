// What a project rule may ask about the checked project, and where its findings go. Findings
// name the file they land in; one ProjectContext per project, used by one thread.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/source_file.h"
#include "project/project.h"
#include "rules/reported.h"
#include "rules/rule.h"
#include "rules/settings.h"
#include "util/yaml.h"

namespace plimsoll::rules {

// Settings for one file of the project (per-path overrides apply).
using SettingsFor = std::function<const RuleSettings&(std::string_view path)>;

class ProjectContext {
 public:
  ProjectContext(const project::Project& project, SettingsFor settings_for)
      : project_(project), settings_for_(std::move(settings_for)) {}

  const project::Project& project() const { return project_; }
  const RuleSettings& settings(std::string_view path) const { return settings_for_(path); }
  // The project-wide settings (those of the project's root), for rule options.
  const RuleSettings& settings() const { return settings_for_(project_.root); }

  // `severity` grades this one finding differently from the rule's default (a rule with two
  // grades of the same fault); the session applies configuration afterwards.
  void report(const RuleInfo& rule, const std::shared_ptr<const core::SourceFile>& source, core::Span span,
              std::string message, std::optional<core::Fix> fix = {}, std::optional<core::Severity> severity = {});
  // A finding on a compose node: the file the node came from, at the node's mark.
  void report_node(const RuleInfo& rule, const project::ComposeStack& stack, const util::YamlNode& node,
                   std::string message, std::optional<core::Fix> fix = {},
                   std::optional<core::Severity> severity = {});
  // A finding on a whole file (line 1), for what is missing rather than wrong somewhere.
  void report_file(const RuleInfo& rule, const std::shared_ptr<const core::SourceFile>& source, std::string message);

  std::vector<Reported>& reported() { return reported_; }

  // Per-project working data computed once and shared by the rules that need it (the build
  // contexts and their file lists). `key` is the address of the helper's own static.
  template <typename T>
  T& memo(const void* key) {
    auto& slot = memos_[key];
    if (!slot) slot = std::make_shared<T>();
    return *static_cast<T*>(slot.get());
  }

 private:
  const project::Project& project_;
  SettingsFor settings_for_;
  std::vector<Reported> reported_;
  std::map<const void*, std::shared_ptr<void>> memos_;
};

}  // namespace plimsoll::rules
