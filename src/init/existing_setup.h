// The container setup a project already has (a Dockerfile, a compose file compose itself would
// pick up, a .dockerignore) that `plimsoll init` did not write: init then stops before writing
// a second, parallel one, unless told to.
#pragma once

#include <string>
#include <vector>

#include "init/project_dir.h"

namespace plimsoll::init {

// Relative paths, sorted, of the container files in the project root: Dockerfile,
// Containerfile, Dockerfile.* and *.Dockerfile, compose's default file names (compose.yaml,
// compose.yml, docker-compose.yaml, docker-compose.yml and their .override variants),
// .dockerignore and .containerignore. A file whose first lines say init generated it is not
// counted: running init again updates its own files.
std::vector<std::string> existing_container_setup(const ProjectDir& dir);

}  // namespace plimsoll::init
