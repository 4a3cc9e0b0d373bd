// Facts about well-known base images (data/knowledge/base_images.yaml): the user an image
// runs as by default, and accounts that exist in it. Thread-safe; loaded on first use.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::knowledge {

struct BaseImageFacts {
  std::optional<std::string> default_user;  // absent: the image runs as root
  std::vector<std::string> users;           // accounts known to exist
  bool windows = false;                     // a Windows image: no POSIX owners or modes
};

// `repository` is normalised (docker.io/library/python); `tag` may be empty.
BaseImageFacts base_image_facts(std::string_view repository, std::string_view tag);

// The programs (of those the table tracks: curl, wget, nc, python, node, …) the image ships;
// nullopt when the image is not known well enough to say.
std::optional<std::vector<std::string>> base_image_tools(std::string_view repository, std::string_view tag);
// The ports the image's own config EXPOSEs (inherited by images built on it); empty if unknown.
std::vector<std::string> base_image_exposed_ports(std::string_view repository, std::string_view tag);

}  // namespace plimsoll::knowledge
