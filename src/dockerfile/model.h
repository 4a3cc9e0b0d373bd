// The meaning of a parsed Dockerfile: stages with their resolved base images, BuildKit's ARG
// scoping, the stage graph, and each stage's effective runtime state including what it
// inherits through `FROM <stage>`. Pointers refer into the Dockerfile, which must outlive it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"

#include "dockerfile/ast.h"
#include "dockerfile/image_ref.h"
#include "dockerfile/shell_lexer.h"

namespace plimsoll::dockerfile {

enum class BaseKind { kImage, kStage, kScratch };

struct StageEdge {
  int from_stage = -1;               // the stage depended on (-1 for an external image)
  std::string image;                 // external image for COPY --from=<image>
  const Instruction* via = nullptr;  // FROM, COPY --from or RUN --mount=from=
};

struct ExposedPort {
  std::string text;            // the expanded word, e.g. "8080/tcp" or "3000-3005"
  uint32_t first = 0;          // 0 when the word is not a valid port or range
  uint32_t last = 0;
  std::string protocol = "tcp";
  const Instruction* via = nullptr;
  bool valid() const { return first != 0; }
};

struct Stage {
  int index = 0;
  std::string name;  // lower-cased `AS` name, empty when unnamed
  const Instruction* from = nullptr;
  std::string base_written;  // FROM's image argument as written
  std::string base;          // after expanding global ARG defaults
  bool base_resolved = true; // false when a variable in the base had no value
  BaseKind base_kind = BaseKind::kImage;
  int parent = -1;            // stage index for FROM <stage>
  ImageRef image;             // for kImage
  std::vector<const Instruction*> instructions;  // after FROM, in order
  std::vector<StageEdge> uses;                   // COPY --from and RUN --mount=from

  // Effective state at the end of the stage, inherited through FROM <stage> where unset.
  const Instruction* user = nullptr;
  std::string user_value;  // expanded; empty when no USER anywhere in the chain
  const Instruction* healthcheck = nullptr;
  const Instruction* cmd = nullptr;
  const Instruction* entrypoint = nullptr;
  const Instruction* workdir_instruction = nullptr;
  std::string workdir = "/";  // absolute: relative WORKDIRs are joined to the inherited one
  const Instruction* shell_instruction = nullptr;
  std::vector<std::string> shell{"/bin/sh", "-c"};
  std::vector<const Instruction*> shell_changes;  // this stage's own JSON-form SHELLs, in order
  std::vector<ExposedPort> exposed;
  MapEnvironment env;  // ARG and ENV values in effect at the end (ENV wins)

  // The external image at the root of the FROM chain (nullptr for scratch or unresolved).
  const ImageRef* root_image = nullptr;
};

struct Model {
  std::vector<Stage> stages;
  std::vector<const Instruction*> global_args;
  MapEnvironment global_env;  // global ARG defaults plus BuildKit's built-in platform ARGs
  std::unordered_map<std::string, int> stage_names;  // lower-cased name → first stage with it
  // Instructions whose words hit an expansion limit (shell_lexer.h); DF074 reports them.
  std::vector<core::Diagnostic> diagnostics;

  const Stage* final_stage() const { return stages.empty() ? nullptr : &stages.back(); }
  const Stage* find_stage(std::string_view name) const;
  // Stages whose filesystem ends up in the final image: the final stage and its FROM parents.
  std::vector<int> final_chain() const;
  // Index of the stage an instruction belongs to, or -1 (global ARGs).
  int stage_of(const Instruction* instruction) const;
};

Model build_model(const Dockerfile& file);

// Expands `text` with `env` using the file's escape character; unset variables expand empty.
Expansion expand(std::string_view text, const Environment& env, char escape);

}  // namespace plimsoll::dockerfile
