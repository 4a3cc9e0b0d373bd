// How official images version their tags (data/knowledge/image_tags.yaml): which are
// distributions, which runtimes come in OS variants, and the release codenames. Thread-safe.
#pragma once

#include <string_view>

namespace plimsoll::knowledge {

// `name` is the repository path of an official image ("python", "opensuse/leap").
bool is_os_image(std::string_view name);
bool is_variant_image(std::string_view name);
// True when the tag names a release channel rather than a release (`latest`, `nightly`, `lts`,
// `edge`, `stable`, `main`, `master`, `lts-alpine`, `3-latest`): what it points at moves.
bool is_moving_tag(std::string_view tag);
// True when the tag names an OS release: `bookworm`, `alpine3.20`, `noble`, ...
bool tag_names_os_release(std::string_view tag);

}  // namespace plimsoll::knowledge
