// The image's own /etc/passwd and /etc/group, and what a config `User` resolves to through
// them, as the runtime resolves it when the container starts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "image/model.h"

namespace plimsoll::image {

struct RuntimeUser {
  std::string spec;  // the config's User as written
  std::optional<int64_t> uid;
  std::optional<int64_t> gid;
  std::string unknown;  // the user or group name the image does not define, if any
  bool root() const { return uid && *uid == 0; }
};

RuntimeUser resolve_user(const Image& image);

}  // namespace plimsoll::image
