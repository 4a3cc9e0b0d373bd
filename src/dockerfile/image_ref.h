// Docker image references (`[registry/]path[:tag][@digest]`) normalised the way the docker
// CLI does: docker.io is the default registry and one-word Hub names live under library/.
#pragma once

#include <string>
#include <string_view>

namespace plimsoll::dockerfile {

struct ImageRef {
  std::string written;     // as given
  std::string registry;    // "docker.io", "gcr.io", "localhost:5000"
  std::string repository;  // path without registry: "library/python", "distroless/static"
  std::string tag;         // empty when absent
  std::string digest;      // "sha256:…", empty when absent
  bool valid = false;
  std::string error;       // why it is not valid

  // "docker.io/library/python": what knowledge tables match against.
  std::string full_repository() const { return registry + "/" + repository; }
};

ImageRef parse_image_ref(std::string_view text);

}  // namespace plimsoll::dockerfile
