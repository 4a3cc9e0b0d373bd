// What common official images need to run hardened (data/knowledge/hardened_images.yaml): the
// capabilities to keep after dropping all, the tmpfs mounts a read-only root needs, the volumes
// their data must live on. Thread-safe; loaded on first use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::knowledge {

struct HardenedImage {
  std::vector<std::string> names;    // repositories without registry or `library/`
  std::vector<std::string> cap_add;  // upper case, without `CAP_`
  bool read_only = false;            // runs with a read-only root filesystem at all
  std::vector<std::string> tmpfs;    // compose `tmpfs:` items, `/path:options`
  std::vector<std::string> volumes;  // directories that hold its data
  bool no_new_privileges = false;
  std::vector<std::string> start_writes;  // a mount here makes the entrypoint write outside volumes
};

// The entry for an image reference as compose writes it (`postgres:16`,
// `docker.io/library/redis:7@sha256:…`, `nginxinc/nginx-unprivileged`), or null.
const HardenedImage* hardened_image(std::string_view reference);

// `reference` without registry, `library/`, tag and digest: the key the table is matched by.
std::string image_repository(std::string_view reference);

const std::vector<HardenedImage>& hardened_images();

}  // namespace plimsoll::knowledge
