// Fuzzes the Dockerfile parser, the typed instruction layer, the AST dump and every rule on
// arbitrary bytes. Typed spans must stay inside the text: rules slice the source with them.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/source_file.h"
#include "dockerfile/dump.h"
#include "dockerfile/parser.h"
#include "session/session.h"

namespace {

using plimsoll::core::Span;
using plimsoll::dockerfile::Instruction;

void check_span(Span span, std::size_t size) {
  if (span.begin > span.end || span.end > size) std::abort();
}

void check_typed(const Instruction& in, std::size_t size) {
  const auto& typed = in.typed;
  for (const auto& pair : typed.pairs()) {
    check_span(pair.key_span, size);
    check_span(pair.value_span, size);
  }
  for (const auto& decl : typed.args()) {
    check_span(decl.name_span, size);
    check_span(decl.default_span, size);
  }
  if (const auto* copy = typed.copy()) {
    for (const auto& source : copy->sources) check_span(source.span, size);
    for (const auto* flag : {&copy->from, &copy->chown, &copy->chmod, &copy->checksum}) {
      if (*flag) check_span((*flag)->span, size);
    }
  }
  if (const auto* run = typed.run()) {
    for (const auto& mount : run->mounts) {
      for (const auto* field : {&mount.target, &mount.source, &mount.from, &mount.id, &mount.type_field}) {
        if (*field) check_span((*field)->span, size);
      }
    }
  }
  if (const auto* check = typed.healthcheck()) {
    for (const auto& word : check->command) check_span(word.span, size);
  }
  if (in.onbuild) check_typed(*in.onbuild, size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  plimsoll::dockerfile::Dockerfile file = plimsoll::dockerfile::parse(text);
  for (const auto& in : file.instructions) {
    check_typed(in, text.size());
    // A trigger's heredoc indices point into its ONBUILD's list.
    const auto* copy = in.onbuild ? in.onbuild->typed.copy() : in.typed.copy();
    for (std::size_t i = 0; copy && i < copy->sources.size(); ++i) {
      if (copy->sources[i].heredoc && *copy->sources[i].heredoc >= in.heredocs.size()) std::abort();
    }
  }
  for (const auto& d : file.instruction_diagnostics) check_span(d.span, text.size());
  (void)plimsoll::dockerfile::dump_ast(file);
  (void)plimsoll::session::check_dockerfile_text("fuzz", std::move(text));
  return 0;
}
