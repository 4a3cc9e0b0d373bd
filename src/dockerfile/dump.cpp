#include "dockerfile/dump.h"

#include "dockerfile/go_quote.h"
#include "util/text.h"

namespace plimsoll::dockerfile {
namespace {

std::string dump_instruction(const Instruction& in) {
  std::string out = util::to_lower_ascii(in.keyword);
  if (!in.flags.empty()) {
    out += " [";
    for (std::size_t i = 0; i < in.flags.size(); ++i) {
      if (i) out += ' ';
      out += go_quote(in.flags[i].text);
    }
    out += ']';
  }
  if (in.onbuild) {
    out += " (" + dump_instruction(*in.onbuild) + ")";
    return out;
  }
  for (const auto& arg : in.args) {
    out += ' ';
    out += go_quote(arg.value);
  }
  return std::string(util::trim_ascii_space(out));
}

}  // namespace

std::string dump_ast(const Dockerfile& file) {
  std::string out;
  for (const auto& in : file.instructions) {
    out += '(';
    out += dump_instruction(in);
    out += ")\n";
  }
  return out;
}

}  // namespace plimsoll::dockerfile
