// Text quoted whole from the files a command read (a diff, a generated file), for stdout: shown
// through util::printable on a terminal, byte for byte when piped (a patch must apply).
#pragma once

#include <unistd.h>

#include <string>
#include <string_view>

#include "util/printable.h"

namespace plimsoll::app {

inline std::string for_stdout(std::string_view block) {
  if (::isatty(STDOUT_FILENO) == 0) return std::string(block);
  return util::printable(block, {.keep_tab = true, .keep_newline = true});
}

}  // namespace plimsoll::app
