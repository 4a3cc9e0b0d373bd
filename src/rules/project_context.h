// What a project rule may ask about the checked project, and where its findings go. Findings
// name the file they land in. One ProjectContext per rule call, used by one thread; the working
// data rules share (ProjectMemos) is shared by the contexts of one project, across threads.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
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

// Per-project working data computed once and shared by the rules that need it (the build
// contexts and their file lists), keyed by the address of the helper's own static. Slots are
// created under a lock; what a helper keeps in its slot guards its own filling (std::call_once).
class ProjectMemos {
 public:
  template <typename T>
  T& get(const void* key) {
    std::lock_guard lock(mutex_);
    auto& slot = slots_[key];
    if (!slot) slot = std::make_shared<T>();
    return *static_cast<T*>(slot.get());
  }

 private:
  std::mutex mutex_;
  std::map<const void*, std::shared_ptr<void>> slots_;
};

class ProjectContext {
 public:
  // `memos` is shared with the project's other contexts; null: this context keeps its own.
  ProjectContext(const project::Project& project, SettingsFor settings_for, std::shared_ptr<ProjectMemos> memos = {})
      : project_(project),
        settings_for_(std::move(settings_for)),
        memos_(memos ? std::move(memos) : std::make_shared<ProjectMemos>()) {}

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
  void report_file(const RuleInfo& rule, const std::shared_ptr<const core::SourceFile>& source, std::string message,
                   std::optional<core::Severity> severity = {});

  std::vector<Reported>& reported() { return reported_; }

  // See ProjectMemos: `key` is the address of the helper's own static.
  template <typename T>
  T& memo(const void* key) {
    return memos_->get<T>(key);
  }

 private:
  const project::Project& project_;
  SettingsFor settings_for_;
  std::vector<Reported> reported_;
  std::shared_ptr<ProjectMemos> memos_;
};

}  // namespace plimsoll::rules
