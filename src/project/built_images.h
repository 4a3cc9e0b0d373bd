// The images a project builds itself (Project::built_images), and the one question rules ask of
// them. Compose services are noted here; bake, scripts, Makefiles and workflows by stated_contexts.
#pragma once

#include <string>
#include <string_view>

#include "dockerfile/image_ref.h"
#include "project/project.h"

namespace plimsoll::project {

// Adds `reference` to the built images when it is a plain, valid image name: one with a
// variable or an expression (`$TAG`, `${{ … }}`) is left out.
void note_built_image(Project& project, std::string_view reference, std::string origin);

// Notes the `image:` of every compose service that has a `build:`: `docker compose build`
// produces that image locally.
void note_compose_built_images(Project& project);

// True when the project builds the image `ref` names: same full repository (so `nginx` is
// `docker.io/library/nginx`) and same tag, `latest` standing for none. A built image is not
// pulled from a registry, so its tag does not move under the project.
bool builds_image(const Project& project, const dockerfile::ImageRef& ref);

}  // namespace plimsoll::project
