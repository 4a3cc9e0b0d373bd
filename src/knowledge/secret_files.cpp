#include "knowledge/secret_files.h"

#include <fnmatch.h>

#include <string>
#include <vector>

#include "knowledge/load.h"
#include "util/path.h"

namespace plimsoll::knowledge {
namespace {

struct SecretFiles {
  std::vector<std::string> names;
  std::vector<std::string> paths;
  std::vector<std::string> allow;
};

const SecretFiles& table() {
  static const SecretFiles instance = [] {
    util::YamlNode doc = load_embedded_yaml("data/knowledge/secret_files.yaml");
    return SecretFiles{scalar_list(doc.find("names")), scalar_list(doc.find("paths")), scalar_list(doc.find("allow"))};
  }();
  return instance;
}

bool any_match(const std::vector<std::string>& globs, const std::string& text, int flags) {
  for (const auto& g : globs) {
    if (::fnmatch(g.c_str(), text.c_str(), flags) == 0) return true;
  }
  return false;
}

}  // namespace

bool is_secret_file(std::string_view path) {
  std::string full(path);
  while (full.size() > 1 && full.back() == '/') full.pop_back();
  if (full.rfind("./", 0) == 0) full.erase(0, 2);
  std::string name(util::basename(full));
  const SecretFiles& t = table();
  if (any_match(t.allow, name, 0)) return false;
  return any_match(t.names, name, 0) || any_match(t.paths, full, 0);
}

}  // namespace plimsoll::knowledge
