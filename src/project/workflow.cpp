#include "project/workflow.h"

#include "project/build_calls.h"
#include "util/path.h"
#include "util/text.h"
#include "util/yaml.h"

namespace plimsoll::project {
namespace {

constexpr std::size_t kMaxWorkflowBytes = std::size_t{1} << 20;

bool is_expression(std::string_view s) { return s.find("${{") != std::string_view::npos; }

// `defaults.run.working-directory` of a workflow or a job; "" when absent, nullopt when an expression.
std::optional<std::string> default_directory(const util::YamlNode* node) {
  if (node == nullptr || !node->is_map()) return std::string();
  const util::YamlNode* run = node->find("defaults") ? node->find("defaults")->find("run") : nullptr;
  const util::YamlNode* dir = run ? run->find("working-directory") : nullptr;
  if (dir == nullptr || !dir->is_scalar()) return std::string();
  if (is_expression(dir->scalar)) return std::nullopt;
  return dir->scalar;
}

// The action's `tags` input: a YAML list, or one string split at newlines and commas. A name
// with an expression (`${{ … }}`) or a variable is left out, never guessed.
std::vector<std::string> action_tags(const util::YamlNode* tags) {
  std::vector<std::string> out;
  if (tags == nullptr) return out;
  auto add = [&out](std::string_view name) {
    name = util::trim_ascii_space(name);
    if (!name.empty() && name.find('$') == std::string_view::npos) out.emplace_back(name);
  };
  if (tags->is_sequence()) {
    for (const auto& item : tags->items) {
      if (item.is_scalar()) add(item.scalar);
    }
  } else if (tags->is_scalar()) {
    std::string_view text = tags->scalar;
    for (std::size_t start = 0; start <= text.size();) {
      std::size_t end = text.find_first_of(",\n", start);
      if (end == std::string_view::npos) end = text.size();
      add(text.substr(start, end - start));
      start = end + 1;
    }
  }
  return out;
}

// The names of the action's `build-contexts` input: `NAME=VALUE` lines. A name with an
// expression is left out.
std::vector<std::string> action_contexts(const util::YamlNode* contexts) {
  std::vector<std::string> out;
  if (contexts == nullptr || !contexts->is_scalar()) return out;
  for (std::string_view line : util::split_lines(contexts->scalar)) {
    if (std::string_view name = named_context_name(line); !name.empty()) out.emplace_back(name);
  }
  return out;
}

void read_step(const util::YamlNode& step, const std::string& job_dir, std::vector<WorkflowBuild>& out) {
  if (!step.is_map()) return;
  const util::YamlNode* uses = step.find("uses");
  // Depot's action takes docker's inputs with docker's defaults.
  if (uses != nullptr && uses->is_scalar() &&
      (uses->scalar.starts_with("docker/build-push-action@") || uses->scalar.starts_with("depot/build-push-action@"))) {
    const util::YamlNode* with = step.find("with");
    const util::YamlNode* context = with ? with->find("context") : nullptr;
    const util::YamlNode* file = with ? with->find("file") : nullptr;
    std::string dir = ".";
    if (context != nullptr && context->is_scalar() && !context->scalar.empty()) {
      const std::string& c = context->scalar;
      if (is_expression(c) || c.find("://") != std::string::npos || c.starts_with('/')) return;
      // `{{defaultContext}}` is the checked-out commit: the repository root, as without one.
      if (!c.starts_with("{{defaultContext}}")) dir = c;
    }
    std::string dockerfile = util::join_path(dir, "Dockerfile");
    if (file != nullptr && file->is_scalar() && !file->scalar.empty()) {
      if (is_expression(file->scalar) || file->scalar.starts_with('/')) return;
      dockerfile = file->scalar;  // the action reads `file` from the workspace, not the context
    }
    out.push_back({util::normal_path(dir), util::normal_path(dockerfile), uses->line, action_tags(with ? with->find("tags") : nullptr),
                   action_contexts(with ? with->find("build-contexts") : nullptr)});
    return;
  }
  const util::YamlNode* run = step.find("run");
  if (run == nullptr || !run->is_scalar()) return;
  std::string dir = job_dir;
  if (const util::YamlNode* wd = step.find("working-directory"); wd != nullptr && wd->is_scalar()) {
    if (is_expression(wd->scalar) || wd->scalar.starts_with('/')) return;
    dir = util::join_path(job_dir, wd->scalar);
  }
  // A block scalar (`run: |`) starts on the line after its key.
  uint32_t first = run->line + (run->scalar.find('\n') != std::string::npos && !run->plain ? 1 : 0);
  for (const BuildCall& call : read_build_calls(run->scalar, first)) {
    if (call.from_script_dir) continue;  // `$0` of a workflow step is no script of the repository
    std::string context = util::join_path(dir, call.context);
    std::string dockerfile = call.dockerfile.empty() ? util::join_path(context, "Dockerfile") : util::join_path(dir, call.dockerfile);
    out.push_back({context, dockerfile, call.line, call.tags, call.named_contexts});
  }
}

}  // namespace

std::vector<WorkflowBuild> read_workflow_builds(std::string_view text) {
  std::vector<WorkflowBuild> out;
  if (text.size() > kMaxWorkflowBytes) return out;
  if (text.find("build") == std::string_view::npos && text.find("bud") == std::string_view::npos) return out;
  util::YamlLimits limits;
  limits.max_nodes = 100'000;
  limits.max_depth = 64;
  auto doc = util::parse_yaml(text, limits);
  if (!doc || !doc->is_map()) return out;
  auto top_dir = default_directory(&*doc);
  if (!top_dir) return out;
  const util::YamlNode* jobs = doc->find("jobs");
  if (jobs == nullptr || !jobs->is_map()) return out;
  for (const auto& job : jobs->entries) {
    auto job_dir = default_directory(&job.value);
    if (!job_dir) continue;
    std::string dir = util::join_path(*top_dir, *job_dir);
    const util::YamlNode* steps = job.value.is_map() ? job.value.find("steps") : nullptr;
    if (steps == nullptr || !steps->is_sequence()) continue;
    for (const auto& step : steps->items) read_step(step, dir, out);
  }
  return out;
}

}  // namespace plimsoll::project
