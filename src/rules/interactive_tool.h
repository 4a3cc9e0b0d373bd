// Whether an image's startup command opens a prompt for a person (`bash`, `pwsh -NoLogo`,
// `python` with no script): such an image is a tool run with `docker run -it`, not a service, and
// a healthcheck has nothing to probe. DF054 (the Dockerfile) and IM003 (the built image) agree.
#pragma once

#include <string>
#include <vector>

namespace plimsoll::rules {

// `argv`: ENTRYPOINT's words then CMD's, as the container starts them.
bool starts_a_prompt(const std::vector<std::string>& argv);

}  // namespace plimsoll::rules
