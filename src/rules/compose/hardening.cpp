#include "rules/compose/hardening.h"

namespace plimsoll::rules {

const knowledge::HardenedImage* hardened_image_of(const ServiceView& service) {
  if (service.typed.build) return nullptr;
  const util::YamlNode* image = service.node.find("image");
  if (image == nullptr || !image->is_scalar()) return nullptr;
  return knowledge::hardened_image(image->scalar);
}

}  // namespace plimsoll::rules
