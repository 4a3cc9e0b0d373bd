// What the compose hardening fixes (DC004, DC005, DC006) know about a service's image: the
// entry of data/knowledge/hardened_images.yaml for an official image it runs as published, or
// nothing for an unknown image, one the service builds (whose needs are in its Dockerfile), a
// start sequence the service replaces (`entrypoint:`, a shell `command:`) or a mount that makes
// the image write elsewhere at start (the entry's `start_writes`).
#pragma once

#include "core/finding.h"
#include "knowledge/hardened_images.h"
#include "rules/compose/services.h"

namespace plimsoll::rules {

const knowledge::HardenedImage* hardened_image_of(const ServiceView& service);

// A hardening fix is safe only where the table says what the image needs.
inline core::Applicability hardening_safety(const knowledge::HardenedImage* image) {
  return image != nullptr ? core::Applicability::kSafe : core::Applicability::kUnsafe;
}

}  // namespace plimsoll::rules
