// The references a loaded project's files make to other files (a Makefile's `docker compose -f`
// and `--env-file`, a compose service's `env_file`, `build.context` and `build.dockerfile`, the
// configuration's `build-contexts`) that lead out of the project: one notice per reference,
// naming the file that makes it and the path it names. Nothing they name is read.
#pragma once

#include "project/project.h"

namespace plimsoll::project {

// Appends to `project.notices`, in file order, the references `files` does not admit.
void note_refused_references(const util::Filesystem& files, Project& project);

}  // namespace plimsoll::project
