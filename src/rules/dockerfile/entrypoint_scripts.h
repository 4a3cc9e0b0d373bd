// The shell script an image starts, read from the build context it was copied from: the COPY
// that put a file at the path ENTRYPOINT names, that file in the context (through the project's
// filesystem, size-bounded), and how the script ends (`exec "$@"` hands PID 1 to the CMD).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dockerfile/model.h"
#include "project/project.h"
#include "rules/context/build_contexts.h"
#include "sh/script.h"

namespace plimsoll::rules {

// The text of the file that the stages of `chain` (target first, as from_chain gives them)
// copied from the build context to `image_path` (absolute, or a bare name looked up in the
// usual PATH directories); nullopt when no COPY put it there, it cannot be read, or it is larger
// than a script.
std::optional<std::string> copied_script(const project::Project& project, const BuildContext& build,
                                         const std::vector<const dockerfile::Stage*>& chain, std::string_view image_path);

struct ScriptEnd {
  enum class Kind {
    kStaysPid1,    // the last command is no `exec`: the shell stays PID 1
    kExecArgs,     // `exec "$@"` (also through gosu/su-exec): the CMD becomes PID 1
    kExecProgram,  // `exec PROGRAM …`: that program becomes PID 1
    kRunsInit,     // the script starts tini/dumb-init itself
  };
  Kind kind = Kind::kStaysPid1;
  std::string program;  // for kExecProgram: the program's basename
};

ScriptEnd script_end(const sh::Script& script);

}  // namespace plimsoll::rules
