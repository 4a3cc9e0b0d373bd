#include "project/stacks.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "project/file_kind.h"
#include "project/project.h"
#include "util/text.h"
#include "util/path.h"

namespace plimsoll::project {
namespace {

// compose's default file names, in the order it looks for them.
constexpr std::array<std::string_view, 4> kDefaultNames{"compose.yaml", "compose.yml", "docker-compose.yml",
                                                        "docker-compose.yaml"};

bool is_default_name(std::string_view name) {
  return std::find(kDefaultNames.begin(), kDefaultNames.end(), name) != kDefaultNames.end();
}

std::string override_for(const std::string& file) {
  std::string name = std::string(util::stem(file)) + ".override" + std::string(util::extension(file));
  return util::join_path(util::parent_dir(file), name);
}

// An env file beside the compose files, in `env/` beside them, or one level up (`compose/`
// and `env/` are siblings in the layout the standard describes).
int env_distance(const std::string& env_file, const std::string& compose_dir) {
  std::string dir = util::parent_dir(env_file);
  std::string up = util::parent_dir(compose_dir);
  if (dir == compose_dir) return 0;
  if (dir == util::join_path(compose_dir, "env")) return 1;
  if (dir == up) return 2;
  if (dir == util::join_path(up, "env")) return 3;
  return -1;
}

}  // namespace

bool is_override_file(std::string_view path) {
  std::string_view name = util::basename(path);
  return name.find(".override.") != std::string_view::npos;
}

std::string environment_name(std::string_view path) {
  std::string name(util::basename(path));
  for (std::string_view ext : {".yaml", ".yml"}) {
    if (name.ends_with(ext)) name.resize(name.size() - ext.size());
  }
  while (is_env_template_name(name)) name.resize(name.rfind('.'));
  for (std::string_view prefix : {"docker-compose", "compose", ".env"}) {
    if (name.starts_with(prefix)) {
      name.erase(0, prefix.size());
      break;
    }
  }
  if (name.ends_with(".env")) name.resize(name.size() - 4);
  for (std::string_view suffix : {".compose", "-compose"}) {
    if (name.ends_with(suffix)) name.resize(name.size() - suffix.size());
  }
  while (!name.empty() && (name[0] == '.' || name[0] == '-' || name[0] == '_')) name.erase(0, 1);
  return util::to_lower_ascii(name);
}

std::vector<StackPlan> plan_stacks(const std::vector<std::string>& compose_files,
                                   const std::vector<std::string>& env_files,
                                   const std::vector<MakefileCalls>& makefiles, const Exists& exists) {
  std::vector<StackPlan> plans;
  std::set<std::string> covered;
  std::set<std::pair<std::vector<std::string>, std::vector<std::string>>> seen;
  auto add = [&](StackPlan plan) {
    if (plan.files.empty() || !seen.insert({plan.files, plan.env_files}).second) return;
    for (const auto& f : plan.files) covered.insert(f);
    plans.push_back(std::move(plan));
  };

  // What the project's own commands run is the truth.
  for (const auto& makefile : makefiles) {
    std::string dir = util::parent_dir(makefile.path);
    for (const auto& call : makefile.calls) {
      StackPlan plan;
      for (const auto& f : call.files) plan.files.push_back(util::join_path(dir, f));
      if (plan.files.empty()) {
        for (std::string_view name : kDefaultNames) {
          std::string candidate = util::join_path(dir, name);
          if (!exists(candidate)) continue;
          plan.files.push_back(candidate);
          if (std::string o = override_for(candidate); exists(o)) plan.files.push_back(o);
          break;
        }
      }
      if (std::any_of(plan.files.begin(), plan.files.end(), [&](const std::string& f) { return !exists(f); })) continue;
      for (const auto& e : call.env_files) plan.env_files.push_back(util::join_path(dir, e));
      if (plan.env_files.empty() && !plan.files.empty()) {
        std::string dot_env = util::join_path(util::parent_dir(plan.files.front()), ".env");
        if (exists(dot_env)) plan.env_files.push_back(dot_env);
      }
      plan.source = makefile.path + ":" + std::to_string(call.line) + (call.target.empty() ? "" : " (" + call.target + ")");
      add(std::move(plan));
    }
  }

  // Every other compose file runs by compose's defaults, with the env file of its environment.
  // The env files' environments are worked out once, not once per compose file.
  std::vector<std::pair<const std::string*, std::string>> environments;
  for (const auto& env : env_files) {
    if (!is_env_template_name(util::basename(env))) environments.emplace_back(&env, environment_name(env));
  }
  for (const auto& file : compose_files) {
    if (covered.contains(file)) continue;
    std::string dir = util::parent_dir(file);
    if (is_override_file(file)) {
      std::string name(util::basename(file));
      std::string base = util::join_path(dir, name.substr(0, name.find(".override.")) + std::string(util::extension(name)));
      if (exists(base)) continue;  // merged with its base file below
    }
    StackPlan plan;
    plan.files.push_back(file);
    if (is_default_name(util::basename(file))) {
      if (std::string o = override_for(file); exists(o)) plan.files.push_back(o);
    }
    std::string environment = environment_name(file);
    int best = -1;
    std::string chosen;
    if (!environment.empty()) {
      for (const auto& [env, env_environment] : environments) {
        if (env_environment != environment) continue;
        int distance = env_distance(*env, dir);
        if (distance >= 0 && (best < 0 || distance < best)) {
          best = distance;
          chosen = *env;
        }
      }
    }
    if (!chosen.empty()) {
      plan.env_files.push_back(chosen);
    } else if (std::string dot_env = util::join_path(dir, ".env"); exists(dot_env)) {
      plan.env_files.push_back(dot_env);
    }
    plan.source = "default";
    add(std::move(plan));
  }
  return plans;
}

}  // namespace plimsoll::project
