#include "rules/compose/services.h"

#include "util/text.h"

namespace plimsoll::rules {

void for_each_service(const project::Project& project, const std::function<void(const ServiceView&)>& fn) {
  for (const auto& stack : project.stacks) {
    const util::YamlNode* services = stack.merged.find("services");
    if (services == nullptr || !services->is_map()) continue;
    for (const auto& entry : services->entries) {
      if (!entry.value.is_map() || !entry.key.is_scalar()) continue;
      fn(ServiceView{stack, entry.key.scalar, entry.key, entry.value});
    }
  }
}

bool is_true(const util::YamlNode* node) {
  return node != nullptr && node->is_scalar() && util::iequals_ascii(node->scalar, "true");
}

std::vector<const util::YamlNode*> items_of(const util::YamlNode* node) {
  std::vector<const util::YamlNode*> out;
  if (node == nullptr) return out;
  if (node->is_scalar()) out.push_back(node);
  for (const auto& item : node->items) out.push_back(&item);
  return out;
}

const dockerfile::Stage* built_final_stage(const project::Project& project, const ServiceView& service) {
  const util::YamlNode* build = service.node.find("build");
  if (build == nullptr) return nullptr;
  std::string context = ".";
  std::string dockerfile = "Dockerfile";
  std::string target;
  if (build->is_scalar()) {
    context = build->scalar;
  } else if (build->is_map()) {
    if (const auto* c = build->find("context"); c != nullptr && c->is_scalar()) context = c->scalar;
    if (const auto* d = build->find("dockerfile"); d != nullptr && d->is_scalar()) dockerfile = d->scalar;
    if (const auto* t = build->find("target"); t != nullptr && t->is_scalar()) target = util::to_lower_ascii(t->scalar);
  }
  std::string dir = project::parent_dir(service.stack.document_of(service.node).path);
  const project::LoadedDockerfile* loaded = project.dockerfile(project::join_path(project::join_path(dir, context), dockerfile));
  if (loaded == nullptr) return nullptr;
  if (!target.empty()) return loaded->model.find_stage(target);
  return loaded->model.final_stage();
}

}  // namespace plimsoll::rules
