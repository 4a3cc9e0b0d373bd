#include "image/packages.h"

#include <algorithm>
#include <string_view>

#include "image/json.h"

namespace plimsoll::image {
namespace {

// `Key: value` stanzas separated by blank lines (dpkg status, METADATA headers).
template <typename F>
void stanzas(std::string_view text, char separator, F&& on_stanza) {
  std::map<std::string, std::string> fields;
  auto flush = [&] {
    if (!fields.empty()) on_stanza(fields);
    fields.clear();
  };
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      flush();
      continue;
    }
    if (line.front() == ' ' || line.front() == '\t') continue;  // continuation
    std::size_t sep = line.find(separator);
    if (sep == std::string_view::npos) continue;
    std::string_view value = line.substr(sep + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    fields.emplace(std::string(line.substr(0, sep)), std::string(value));
  }
  flush();
}

bool node_package(const std::string& path) {
  std::size_t at = path.rfind("node_modules/");
  if (at == std::string::npos || !path.ends_with("/package.json")) return false;
  std::string_view rest = std::string_view(path).substr(at + 13);
  rest.remove_suffix(13);
  auto slashes = std::count(rest.begin(), rest.end(), '/');
  return rest.starts_with("@") ? slashes == 1 : slashes == 0;
}

}  // namespace

bool is_package_record(const std::string& path) {
  return path == "var/lib/dpkg/status" || path.starts_with("var/lib/dpkg/status.d/") ||
         path == "lib/apk/db/installed" || path.ends_with(".dist-info/METADATA") || node_package(path);
}

std::vector<Package> collect_packages(const Image& image) {
  std::vector<Package> out;
  for (const auto& entry : image.contents) {
    // Named references, not a structured binding: lambdas below capture them (clang 14, which
    // builds the fuzzers, cannot capture a binding).
    const std::string& path = entry.first;
    const std::string& text = entry.second;
    if (!is_package_record(path)) continue;
    if (path.ends_with("METADATA")) {
      stanzas(text.substr(0, text.find("\n\n")), ':', [&](const auto& f) {
        if (f.count("Name") && f.count("Version")) out.push_back({"pypi", f.at("Name"), f.at("Version"), path});
      });
    } else if (path.ends_with("package.json")) {
      auto [name, version] = package_json_identity(text);
      if (!name.empty()) out.push_back({"npm", name, version, path});
    } else if (path == "lib/apk/db/installed") {
      stanzas(text, ':', [&](const auto& f) {
        if (f.count("P") && f.count("V")) out.push_back({"apk", f.at("P"), f.at("V"), path});
      });
    } else {
      stanzas(text, ':', [&](const auto& f) {
        auto status = f.find("Status");
        bool installed = status == f.end() || status->second.ends_with(" installed");
        if (installed && f.count("Package") && f.count("Version")) {
          out.push_back({"deb", f.at("Package"), f.at("Version"), path});
        }
      });
    }
  }
  std::sort(out.begin(), out.end(), [](const Package& a, const Package& b) {
    return std::tie(a.type, a.name, a.version, a.path) < std::tie(b.type, b.name, b.version, b.path);
  });
  return out;
}

}  // namespace plimsoll::image
