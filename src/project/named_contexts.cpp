#include "project/named_contexts.h"

#include "util/format.h"
#include "util/path.h"
#include "util/text.h"

namespace plimsoll::project {

void note_named_context(Project& project, std::string_view dockerfile, std::string_view name, const std::string& origin) {
  name = util::trim_ascii_space(name);
  if (name.empty() || name.find('$') != std::string_view::npos) return;
  project.named_contexts.push_back({util::normal_path(dockerfile), util::to_lower_ascii(name), origin});
}

void note_compose_named_contexts(Project& project) {
  for (const auto& stack : project.stacks) {
    for (const auto& service : stack.services) {
      const auto& build = service.build;
      if (!build || build->remote || build->inline_dockerfile || build->additional_contexts.empty()) continue;
      const util::YamlNode& node = build->node != nullptr ? *build->node : *service.node;
      const std::string& file = stack.document_of(node).path;
      std::string dockerfile = util::join_path(util::join_path(util::parent_dir(file), build->context), build->dockerfile);
      std::string origin = node.line > 0 ? util::format("{}:{}", file, node.line) : file;
      for (const std::string& name : build->additional_contexts) note_named_context(project, dockerfile, name, origin);
    }
  }
}

bool supplies_named_context(const Project& project, std::string_view dockerfile, std::string_view name) {
  if (project.named_contexts.empty()) return false;
  std::string wanted = util::to_lower_ascii(name);
  std::string path;  // absolute, computed once there is a name to compare it for
  for (const NamedContext& named : project.named_contexts) {
    if (named.name != wanted) continue;
    if (path.empty()) path = util::absolute_path(dockerfile);
    if (util::absolute_path(named.dockerfile) == path) return true;
  }
  return false;
}

}  // namespace plimsoll::project
