// Fuzzes the Dockerfile parser, the AST dump and every rule on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/source_file.h"
#include "dockerfile/dump.h"
#include "dockerfile/parser.h"
#include "rules/engine.h"
#include "rules/registry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  plimsoll::dockerfile::Dockerfile file = plimsoll::dockerfile::parse(text);
  (void)plimsoll::dockerfile::dump_ast(file);
  plimsoll::core::SourceFile source("fuzz", std::move(text));
  (void)plimsoll::rules::check_dockerfile(source, plimsoll::rules::all_rules());
  return 0;
}
