// `plimsoll debug compose`: each compose stack of the project as `docker compose config` prints
// it. The stacks are loaded by the same code as a check's (session::load), so the model shown is
// the one the compose rules judge; compose/printed_model.h adds compose's normalisation.
#include <cstdlib>
#include <iostream>

#include "app/checked_inputs.h"
#include "app/commands.h"
#include "compose/print_yaml.h"
#include "compose/printed_model.h"
#include "compose/schema_check.h"
#include "util/confinement.h"
#include "util/file_io.h"
#include "util/format.h"
#include "util/path.h"
#include "util/printable.h"

namespace plimsoll::app {
namespace {

std::optional<std::string> process_variable(std::string_view name) {
  const char* value = std::getenv(std::string(name).c_str());
  return value == nullptr ? std::nullopt : std::optional<std::string>(value);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out.empty() ? "none" : out;
}

// Compose's precedence: COMPOSE_PROJECT_NAME (process, then env files), the `name:` of the
// files, the project directory's name.
std::string project_name(const project::ComposeStack& stack) {
  std::optional<std::string> chosen = process_variable("COMPOSE_PROJECT_NAME");
  if (!chosen) {
    if (auto it = stack.variables.find("COMPOSE_PROJECT_NAME"); it != stack.variables.end()) chosen = it->second;
  }
  if (!chosen || chosen->empty()) {
    const util::YamlNode* name = stack.merged.find("name");
    if (name != nullptr && name->is_scalar() && !name->scalar.empty()) chosen = name->scalar;
  }
  if (!chosen || chosen->empty()) {
    std::string directory = util::absolute_path(stack.project_dir);
    while (directory.size() > 1 && directory.back() == '/') directory.pop_back();
    chosen = std::string(util::basename(directory));
  }
  return compose::normalized_project_name(*chosen);
}

std::vector<std::string> active_profiles(const DebugComposeOptions& options) {
  if (!options.profiles.empty()) return options.profiles;
  std::vector<std::string> out;
  std::string listed = process_variable("COMPOSE_PROFILES").value_or("");
  for (std::size_t start = 0; start <= listed.size();) {
    std::size_t comma = std::min(listed.find(',', start), listed.size());
    if (comma > start) out.push_back(listed.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

// What stops compose before it prints anything: YAML and interpolation errors of each file,
// then the schema's verdict on the merged model.
std::vector<std::string> load_errors(const project::ComposeStack& stack) {
  std::vector<std::string> out;
  for (const auto& doc : stack.documents) {
    for (const auto& d : doc.diagnostics) {
      if (d.severity != core::Severity::kError) continue;
      auto at = doc.source->begin_of(d.span);
      out.push_back(util::format("{}:{}:{}: {}", doc.path, at.line, at.column, d.message));
    }
  }
  if (!out.empty() || stack.merged.kind != util::YamlNode::Kind::kMap) return out;
  for (const auto& violation : compose::check_schema(stack.merged)) {
    const auto& doc = stack.documents[violation.origin < stack.documents.size() ? violation.origin : 0];
    out.push_back(util::format("validating {}:{}:{}: {}", doc.path, violation.line, violation.column, violation.message));
  }
  return out;
}

// How a stack's model is printed: its project name and directories, where variables and env
// files come from (the process first, as in compose; nothing outside the project), the profiles.
compose::PrintContext print_context(const project::ComposeStack& stack, const project::Project& project,
                                    const DebugComposeOptions& options) {
  compose::PrintContext context;
  context.project_name = project_name(stack);
  std::string project_dir = util::absolute_path(stack.project_dir);
  context.base_dir = [&stack, project_dir](const util::YamlNode& node) {
    if (node.origin < stack.own_documents || node.origin >= stack.documents.size()) return project_dir;
    return util::absolute_path(util::parent_dir(stack.documents[node.origin].path));
  };
  context.variables = [&stack](std::string_view name) -> std::optional<std::string> {
    if (auto value = process_variable(name)) return value;
    auto it = stack.variables.find(name);
    return it == stack.variables.end() ? std::nullopt : std::optional<std::string>(it->second);
  };
  const util::Filesystem& files = project.files();
  context.read_file = [&files](const std::string& path) -> util::Result<std::string> {
    if (!files.admits(path)) return util::unexpected(path + ": outside the project root; not read");
    if (!files.exists(path)) return util::unexpected("stat " + path + ": no such file or directory");  // compose's words
    return files.read(path);
  };
  context.profiles = active_profiles(options);
  context.home = process_variable("HOME").value_or("/");
  context.json = options.format == "json";
  return context;
}

}  // namespace

int run_debug_compose(const DebugComposeOptions& options) {
  CheckOptions check;
  std::string root = !options.path.empty() ? options.path
                     : !options.files.empty() ? util::parent_dir(options.files.front())
                                              : std::string(".");
  check.paths = {root.empty() ? std::string(".") : root};
  check.env_files = options.env_files;
  for (const auto& file : options.files) {
    if (auto text = util::read_file(file); !text) {
      std::cerr << "plimsoll: -f " << util::printable(text.error().message) << "\n";
      return 2;
    }
  }
  auto inputs = load_checked_inputs(check);
  if (!inputs) return 2;
  session::Request request = session_request(*inputs, check);
  if (!options.files.empty()) {
    request.compose_stack = options.files;
    request.compose_files.insert(request.compose_files.end(), options.files.begin(), options.files.end());
    std::vector<std::string> named = options.env_files;
    named.insert(named.end(), options.files.begin(), options.files.end());
    request.confinement = std::make_shared<util::Confinement>(std::vector<std::string>{util::project_root_of(root)}, named);
  }
  request.process_environment = process_variable;
  project::Project project = session::load(request);
  for (const auto& notice : project.notices) std::cerr << "plimsoll: notice: " << util::printable(notice) << "\n";
  for (const auto& error : project.errors) std::cerr << "plimsoll: " << util::printable(error) << "\n";
  if (project.stacks.empty()) {
    std::cerr << "plimsoll: no compose file found under " << util::printable(root) << "\n";
    return 2;
  }

  int status = 0;
  bool first = true;
  for (const auto& stack : project.stacks) {
    std::vector<std::string> files;
    for (std::size_t i = 0; i < stack.own_documents; ++i) files.push_back(stack.documents[i].path);
    std::string described = util::format("compose files: {}; env files: {}; from: {}", joined(files),
                                         joined(stack.env_files), stack.source);
    std::cerr << "plimsoll: " << util::printable(described) << "\n";
    std::vector<std::string> errors = load_errors(stack);
    compose::PrintedModel printed;
    if (errors.empty()) {
      compose::PrintContext context = print_context(stack, project, options);
      printed = compose::printed_model(stack.merged, context);
      errors = std::move(printed.errors);
    }
    if (!errors.empty()) {
      for (const auto& error : errors) std::cerr << "plimsoll: " << util::printable(error) << "\n";
      status = 2;
      continue;
    }
    if (options.format == "json") {
      std::cout << printed.model.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    } else {
      if (!first) std::cout << "---\n";
      std::cout << "# " << util::printable(described) << "\n" << compose::print_yaml(printed.model);
    }
    first = false;
  }
  return status;
}

}  // namespace plimsoll::app
