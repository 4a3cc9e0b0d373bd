// Which base image a detected project gets: the newest recorded digest-pinned release that
// satisfies every version requirement the project states, else the plain tag with a note.
#pragma once

#include "init/detection.h"

namespace plimsoll::init {

// Sets d.base_image and d.language_version (the recorded key, or the release the fallback tag
// names), with a reason line; a requirement that does not parse, or that nothing recorded
// satisfies, becomes a note that says what the user can do about it.
void choose_base(Detection& d);

}  // namespace plimsoll::init
