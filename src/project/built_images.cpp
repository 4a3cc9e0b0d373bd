#include "project/built_images.h"

#include "util/format.h"

namespace plimsoll::project {
namespace {

std::string tag_of(const dockerfile::ImageRef& ref) { return ref.tag.empty() ? std::string("latest") : ref.tag; }

}  // namespace

void note_built_image(Project& project, std::string_view reference, std::string origin) {
  if (reference.find('$') != std::string_view::npos) return;
  dockerfile::ImageRef image = dockerfile::parse_image_ref(reference);
  if (image.valid) project.built_images.push_back({std::move(image), std::move(origin)});
}

void note_compose_built_images(Project& project) {
  for (const auto& stack : project.stacks) {
    for (const auto& service : stack.services) {
      if (!service.build || service.node == nullptr) continue;
      const util::YamlNode* image = service.node->find("image");
      if (image == nullptr || !image->is_scalar()) continue;
      std::string origin = image->origin < stack.documents.size()
                               ? util::format("{}:{}", stack.document_of(*image).path, image->line)
                               : util::format("service `{}`", service.name);
      note_built_image(project, image->scalar, std::move(origin));
    }
  }
}

bool builds_image(const Project& project, const dockerfile::ImageRef& ref) {
  if (!ref.valid) return false;
  for (const BuiltImage& built : project.built_images) {
    if (built.image.full_repository() == ref.full_repository() && tag_of(built.image) == tag_of(ref)) return true;
  }
  return false;
}

}  // namespace plimsoll::project
