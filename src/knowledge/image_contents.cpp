#include "knowledge/image_contents.h"

#include <fnmatch.h>

#include <string>
#include <vector>

#include "knowledge/load.h"

namespace plimsoll::knowledge {
namespace {

struct ImageContents {
  std::vector<std::string> bin_dirs, build_tools, shells, package_managers, caches, certificates;
};

const ImageContents& table() {
  static const ImageContents instance = [] {
    util::YamlNode doc = load_embedded_yaml("data/knowledge/image_contents.yaml");
    return ImageContents{scalar_list(doc.find("bin_dirs")), scalar_list(doc.find("build_tools")),
                         scalar_list(doc.find("shells")), scalar_list(doc.find("package_managers")),
                         scalar_list(doc.find("caches")), scalar_list(doc.find("public_certificates"))};
  }();
  return instance;
}

bool any_match(const std::vector<std::string>& globs, const std::string& text) {
  for (const auto& g : globs) {
    if (::fnmatch(g.c_str(), text.c_str(), 0) == 0) return true;
  }
  return false;
}

}  // namespace

ImageProgram classify_image_program(std::string_view path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return ImageProgram::kNone;
  std::string dir(path.substr(0, slash));
  std::string name(path.substr(slash + 1));
  const ImageContents& t = table();
  bool in_bin = false;
  for (const auto& d : t.bin_dirs) in_bin = in_bin || d == dir;
  if (!in_bin) return ImageProgram::kNone;
  if (any_match(t.build_tools, name)) return ImageProgram::kBuildTool;
  if (any_match(t.shells, name)) return ImageProgram::kShell;
  if (any_match(t.package_managers, name)) return ImageProgram::kPackageManager;
  return ImageProgram::kNone;
}

bool is_package_cache(std::string_view path) { return any_match(table().caches, std::string(path)); }

bool is_public_certificate(std::string_view path) { return any_match(table().certificates, std::string(path)); }

}  // namespace plimsoll::knowledge
