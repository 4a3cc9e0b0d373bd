// Build-time tool: parses YAML data files and writes a C++ source holding each file's tree in
// the stored form of util/yaml_tree_codec.h, with a lookup function by relative path. A file
// that does not parse fails the build, with its position.
//
//   plimsoll_compile_yaml OUTPUT ROOT NAMESPACE FUNCTION FILE...
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "util/yaml.h"
#include "util/yaml_tree_codec.h"

namespace {

// A string literal: printable bytes as they are, the rest as three-digit octal escapes, which
// cannot run into the character after them as hex escapes would.
std::string literal(const std::string& bytes) {
  std::string out = "\"";
  std::size_t line_start = 0;
  for (unsigned char c : bytes) {
    if (out.size() - line_start > 96) {
      out += "\"\n    \"";
      line_start = out.size();
    }
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f && c != '?') {
      out += static_cast<char>(c);
    } else {
      char escape[5];
      std::snprintf(escape, sizeof escape, "\\%03o", c);
      out += escape;
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s OUTPUT ROOT NAMESPACE FUNCTION FILE...\n", argv[0]);
    return 2;
  }
  const std::string output = argv[1];
  const std::string root = argv[2];
  std::ostringstream source;
  source << "// Generated from data/ at build time by plimsoll_compile_yaml. Do not edit.\n"
         << "#include <string_view>\n\nnamespace " << argv[3] << " {\n\n"
         << "std::string_view " << argv[4] << "(std::string_view path) {\n";
  for (int i = 5; i < argc; ++i) {
    const std::string relative = argv[i];
    std::ifstream in(root + "/" + relative, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) {
      std::fprintf(stderr, "%s: cannot read\n", relative.c_str());
      return 1;
    }
    auto tree = plimsoll::util::parse_yaml(text.str());
    if (!tree) {
      std::fprintf(stderr, "%s:%s\n", relative.c_str(), tree.error().message.c_str());
      return 1;
    }
    std::string bytes = plimsoll::util::encode_yaml_tree(*tree);
    source << "  if (path == \"" << relative << "\") {\n"
           << "    static constexpr char kTree[] =\n    " << literal(bytes) << ";\n"
           << "    return {kTree, sizeof kTree - 1};\n  }\n";
  }
  source << "  return {};\n}\n\n}  // namespace " << argv[3] << "\n";

  // Written only when different, so an unchanged tree does not recompile its users.
  std::ifstream previous(output, std::ios::binary);
  std::stringstream old;
  old << previous.rdbuf();
  if (previous && old.str() == source.str()) return 0;
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << source.str();
  out.close();
  if (!out) {
    std::fprintf(stderr, "%s: cannot write\n", output.c_str());
    return 1;
  }
  return 0;
}
