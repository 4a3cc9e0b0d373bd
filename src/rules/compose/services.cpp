#include "rules/compose/services.h"

#include "util/path.h"
#include "util/text.h"

namespace plimsoll::rules {

void for_each_service(const project::Project& project, const std::function<void(const ServiceView&)>& fn) {
  for (const auto& stack : project.stacks) {
    for (const compose::Service& service : stack.services) {
      fn(ServiceView{stack, service, service.name, *service.key, *service.node});
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
  const auto& build = service.typed.build;
  if (!build || build->remote || build->inline_dockerfile) return nullptr;
  std::string dir = util::parent_dir(service.stack.document_of(service.node).path);
  const project::LoadedDockerfile* loaded =
      project.dockerfile(util::join_path(util::join_path(dir, build->context), build->dockerfile));
  if (loaded == nullptr) return nullptr;
  if (!build->target.empty()) return loaded->model.find_stage(build->target);
  return loaded->model.final_stage();
}

bool is_one_shot(const ServiceView& service) {
  const util::YamlNode* restart = service.node.find("restart");
  if (restart != nullptr && restart->is_scalar() && util::iequals_ascii(restart->scalar, "no")) return true;
  const util::YamlNode* profiles = service.node.find("profiles");
  return profiles != nullptr && profiles->is_sequence() && !profiles->items.empty();
}

}  // namespace plimsoll::rules
