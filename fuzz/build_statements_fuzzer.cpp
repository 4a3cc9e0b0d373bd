// Fuzzes the readers of where a project states its build contexts: bake files (HCL and JSON,
// evaluated together), `docker build` calls in shell text and Makefiles, GitHub workflows.
// Each reads files a stranger may write; none may throw, hang or grow without bound.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "project/bake.h"
#include "project/build_calls.h"
#include "project/makefile.h"
#include "project/workflow.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace plimsoll::project;
  std::vector<BakeDocument> documents = {read_bake_hcl(text), read_bake_json(text)};
  for (const BakeTarget& target : resolve_bake(documents)) (void)target.dockerfile.size();
  for (const BuildCall& call : read_build_calls(text, 3)) (void)call.context.size();
  for (const BuildCall& call : parse_makefile(text).build_calls) (void)call.line;
  for (const WorkflowBuild& build : read_workflow_builds(text)) (void)build.dockerfile.size();
  return 0;
}
