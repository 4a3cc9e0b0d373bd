// GitHub Actions workflows (.github/workflows/*.yml): the builds their steps run, from `run:`
// steps calling `docker build` and `docker/build-push-action` (or Depot's, which takes the same
// inputs) steps, relative to the repository, with the names they tag the image with.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::project {

struct WorkflowBuild {
  std::string context;     // relative to the repository root, normal
  std::string dockerfile;  // relative to the repository root, normal
  uint32_t line = 0;       // of the step's call or its `uses:`
  std::vector<std::string> tags;  // the names it gives the image; expressions left out
  std::vector<std::string> named_contexts;  // `build-contexts` / `--build-context` names; expressions left out
};

// Never fails: a document that is not YAML, or steps this reader cannot resolve (`${{ … }}`
// expressions in a path), give nothing. build-push-action without `context` builds the
// checked-out repository: its root; without `file`, `{context}/Dockerfile`. Its `tags` is a
// list, or a string of names separated by newlines or commas, as the action reads it; its
// `build-contexts`, `NAME=VALUE` lines.
std::vector<WorkflowBuild> read_workflow_builds(std::string_view text);

}  // namespace plimsoll::project
