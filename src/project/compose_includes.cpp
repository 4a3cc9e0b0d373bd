#include "project/compose_includes.h"

#include "util/format.h"
#include "util/path.h"

namespace plimsoll::project {
namespace {

// A scalar or a list of scalars, as `path` and `env_file` may be written.
std::vector<std::string> scalars(const util::YamlNode* node) {
  std::vector<std::string> out;
  if (node == nullptr) return out;
  if (node->is_scalar()) {
    if (!node->scalar.empty()) out.push_back(node->scalar);
    return out;
  }
  for (const auto& item : node->items) {
    if (item.is_scalar() && !item.scalar.empty()) out.push_back(item.scalar);
  }
  return out;
}

bool is_remote(const std::string& path) {
  return path.find("://") != std::string::npos || path.starts_with("git@");
}

}  // namespace

std::vector<StackPlan> included_stacks(const compose::ComposeDocument& doc, const Exists& exists,
                                       std::vector<std::string>& skipped) {
  std::vector<StackPlan> plans;
  const util::YamlNode* include = doc.loaded ? doc.root.find("include") : nullptr;
  if (include == nullptr || !include->is_sequence()) return plans;
  std::string dir = util::parent_dir(doc.path);
  for (const auto& entry : include->items) {
    std::vector<std::string> paths = entry.is_scalar() ? scalars(&entry) : scalars(entry.find("path"));
    std::vector<std::string> env_files = entry.is_map() ? scalars(entry.find("env_file")) : std::vector<std::string>{};
    StackPlan plan;
    plan.source = util::format("{}:{} (include)", doc.path, entry.line);
    for (const auto& path : paths) {
      if (is_remote(path)) {
        skipped.push_back(util::format("{}:{}: includes the remote `{}`; not checked", doc.path, entry.line, path));
        continue;
      }
      plan.files.push_back(util::normal_path(util::join_path(dir, path)));
    }
    if (plan.files.empty()) continue;
    for (const auto& env : env_files) plan.env_files.push_back(util::normal_path(util::join_path(dir, env)));
    if (env_files.empty()) {
      std::string dot_env = util::join_path(util::parent_dir(plan.files.front()), ".env");
      if (exists(dot_env)) plan.env_files.push_back(dot_env);
    }
    plans.push_back(std::move(plan));
  }
  return plans;
}

}  // namespace plimsoll::project
