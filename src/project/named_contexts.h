// The named build contexts a project supplies to its Dockerfiles (Project::named_contexts), and
// the one question rules ask of them. Compose services are noted here; bake, scripts, Makefiles
// and workflows by stated_contexts.
#pragma once

#include <string>
#include <string_view>

#include "project/project.h"

namespace plimsoll::project {

// Adds `name` for the Dockerfile at `dockerfile` (as the project spells it); an empty name or
// one with a variable or an expression is left out.
void note_named_context(Project& project, std::string_view dockerfile, std::string_view name, const std::string& origin);

// Notes the `additional_contexts` names of every compose service that builds a local Dockerfile.
void note_compose_named_contexts(Project& project);

// True when some build of the Dockerfile at `dockerfile` supplies a named context called `name`
// (compared case-insensitively). Names supplied to other Dockerfiles do not count.
bool supplies_named_context(const Project& project, std::string_view dockerfile, std::string_view name);

}  // namespace plimsoll::project
