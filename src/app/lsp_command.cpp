// `plimsoll lsp`: the language server on stdin and stdout (logs, if any, go to stderr).
#include <iostream>

#include "app/commands.h"
#include "lsp/server.h"

namespace plimsoll::app {

int run_lsp() {
  std::ios::sync_with_stdio(false);
  return lsp::serve(std::cin, std::cout, kToolVersion);
}

}  // namespace plimsoll::app
