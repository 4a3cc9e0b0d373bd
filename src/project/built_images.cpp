#include "project/built_images.h"

#include "util/format.h"

namespace plimsoll::project {
namespace {

// The full repository and the tag, `latest` standing for none: `nginx` and
// `docker.io/library/nginx:latest` are one key.
std::string key_of(const dockerfile::ImageRef& ref) {
  return ref.full_repository() + ":" + (ref.tag.empty() ? std::string("latest") : ref.tag);
}

}  // namespace

void note_built_image(Project& project, std::string_view reference, std::string origin) {
  if (reference.find('$') != std::string_view::npos) return;
  dockerfile::ImageRef image = dockerfile::parse_image_ref(reference);
  if (!image.valid) return;
  project.built_image_keys.insert(key_of(image));
  project.built_images.push_back({std::move(image), std::move(origin)});
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
  // Asked for every stage of every Dockerfile: a lookup, not a scan of every built image.
  return ref.valid && project.built_image_keys.contains(key_of(ref));
}

}  // namespace plimsoll::project
