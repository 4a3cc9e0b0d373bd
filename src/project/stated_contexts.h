// Where a project states the context its Dockerfiles are built from, besides compose and the
// configuration: bake files, `docker build` calls of Makefiles, scripts and GitHub workflows.
// Discovery is cheap and bounded (a few well-known places, capped file counts and sizes).
#pragma once

#include "project/project.h"

namespace plimsoll::project {

// Fills `project.stated_contexts` for the Dockerfiles the project loaded. Reads through `files`
// (so a confined filesystem refuses what lies outside the project); unreadable files are skipped.
void find_stated_contexts(const util::Filesystem& files, Project& project);

}  // namespace plimsoll::project
