// Fuzzes the Dockerfile parser, the AST dump and every rule on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/source_file.h"
#include "dockerfile/dump.h"
#include "dockerfile/parser.h"
#include "session/session.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  plimsoll::dockerfile::Dockerfile file = plimsoll::dockerfile::parse(text);
  (void)plimsoll::dockerfile::dump_ast(file);
  (void)plimsoll::session::check_dockerfile_text("fuzz", std::move(text));
  return 0;
}
