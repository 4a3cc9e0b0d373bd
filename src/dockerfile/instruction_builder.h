// Turns one logical line into an Instruction: keyword, builder flags, and arguments parsed
// the way BuildKit's dispatch table parses each keyword (JSON or shell form, key=value pairs,
// word lists, HEALTHCHECK, ONBUILD). Problems are appended to the diagnostics list.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "dockerfile/ast.h"
#include "dockerfile/logical_line.h"

namespace plimsoll::dockerfile {

class InstructionBuilder {
 public:
  InstructionBuilder(const LogicalLine& line, char escape, std::vector<core::Diagnostic>& diagnostics)
      : line_(line), escape_(escape), diagnostics_(diagnostics) {}

  // `text` is a view into line.text(). Returns false when BuildKit would reject the line.
  bool build(std::string_view text, Instruction& out);

 private:
  bool dispatch(std::string_view args, Instruction& out);
  // Exec form: true when `args` is a JSON string array (arguments added), false when it is a
  // JSON array with other elements (an error), nullopt when it is not JSON at all.
  std::optional<bool> exec_form(std::string_view args, Instruction& out);
  bool json_or_string(std::string_view args, Instruction& out);
  bool json_or_list(std::string_view args, Instruction& out);
  void whitespace_list(std::string_view args, Instruction& out);
  bool name_values(std::string_view args, Instruction& out);
  void words(std::string_view args, Instruction& out);
  bool healthcheck(std::string_view args, Instruction& out);
  void add_arg(Instruction& out, std::string value, std::string_view source);
  void error(std::string_view at, std::string message);

  const LogicalLine& line_;
  char escape_;
  std::vector<core::Diagnostic>& diagnostics_;
  int depth_ = 0;
};

}  // namespace plimsoll::dockerfile
