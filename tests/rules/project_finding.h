// A finding of a project case, with the file it landed in: what the project-case harness, the
// doc-example test and the snapshots pass between them.
#pragma once

#include <memory>
#include <string>

#include "core/finding.h"
#include "core/source_file.h"

namespace plimsoll::rules::testing_cases {

struct ProjectFinding {
  std::string path;  // as the file was found (or referenced)
  std::shared_ptr<const core::SourceFile> source;
  core::Finding finding;
};

}  // namespace plimsoll::rules::testing_cases
