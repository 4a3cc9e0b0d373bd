// `plimsoll lsp`: the language server on stdin and stdout (logs, if any, go to stderr).
#include <iostream>

#include "app/commands.h"
#include "lsp/server.h"

namespace plimsoll::app {

int run_lsp(const LspOptions& options) {
  std::ios::sync_with_stdio(false);
  lsp::Limits limits;
  limits.max_body = options.max_message_bytes;
  limits.json.max_depth = options.max_json_depth;
  return lsp::serve(std::cin, std::cout, kToolVersion, limits);
}

}  // namespace plimsoll::app
