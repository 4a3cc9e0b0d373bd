#include "rules/compose/hardening.h"

#include <algorithm>

#include "rules/dockerfile/runtime.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

// The program a `command:` runs first, as a string (`sh -c '…'`) or a list.
std::string_view first_word(const util::YamlNode& command) {
  if (command.is_scalar()) {
    std::string_view text = command.scalar;
    std::size_t begin = text.find_first_not_of(" \t");
    if (begin == std::string_view::npos) return {};
    text.remove_prefix(begin);
    return text.substr(0, text.find_first_of(" \t"));
  }
  if (!command.items.empty() && command.items.front().is_scalar()) return command.items.front().scalar;
  return {};
}

bool mounts_below(const compose::Service& service, const std::vector<std::string>& paths) {
  return std::any_of(service.volumes.begin(), service.volumes.end(), [&](const compose::Mount& mount) {
    return std::any_of(paths.begin(), paths.end(), [&](const std::string& path) {
      return util::is_inside(mount.target, path);
    });
  });
}

}  // namespace

const knowledge::HardenedImage* hardened_image_of(const ServiceView& service) {
  if (service.typed.build) return nullptr;
  const util::YamlNode* image = service.node.find("image");
  if (image == nullptr || !image->is_scalar()) return nullptr;
  if (service.node.find("entrypoint") != nullptr) return nullptr;
  // A `command:` that runs a shell runs a script of the service's own, not the image's start
  // sequence the table describes (`sh -c "envsubst … > /etc/nginx/conf.d/… && nginx"`).
  if (const util::YamlNode* command = service.node.find("command"); command != nullptr && is_shell_program(first_word(*command))) {
    return nullptr;
  }
  const knowledge::HardenedImage* known = knowledge::hardened_image(image->scalar);
  if (known != nullptr && mounts_below(service.typed, known->start_writes)) return nullptr;
  return known;
}

}  // namespace plimsoll::rules
