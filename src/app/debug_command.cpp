#include <iostream>

#include "app/commands.h"
#include "core/source_file.h"
#include "dockerfile/dump.h"
#include "dockerfile/parser.h"
#include "util/file_io.h"
#include "util/printable.h"

namespace plimsoll::app {

int run_debug_ast(const std::string& path) {
  auto text = util::read_file(path);
  if (!text) {
    std::cerr << "plimsoll: " << util::printable(text.error().message) << "\n";
    return 2;
  }
  core::SourceFile source(path, std::move(*text));
  dockerfile::Dockerfile file = dockerfile::parse(source.text());
  if (!file.ok()) {
    for (const auto& d : file.diagnostics) {
      if (d.severity != core::Severity::kError) continue;
      auto at = source.begin_of(d.span);
      std::cerr << util::printable(path) << ":" << at.line << ":" << at.column << ": " << util::printable(d.message)
                << "\n";
    }
    return 1;
  }
  // The dump quotes the file: shown through util::printable like every report.
  std::cout << util::printable(dockerfile::dump_ast(file), {.keep_tab = true, .keep_newline = true});
  return 0;
}

}  // namespace plimsoll::app
