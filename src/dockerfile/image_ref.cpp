#include "dockerfile/image_ref.h"

#include "util/text.h"

namespace plimsoll::dockerfile {
namespace {

bool valid_tag(std::string_view tag) {
  if (tag.empty() || tag.size() > 128) return false;
  auto word = [](char c) { return util::is_ascii_alpha(c) || util::is_ascii_digit(c) || c == '_'; };
  if (!word(tag[0])) return false;
  for (char c : tag.substr(1)) {
    if (!word(c) && c != '.' && c != '-') return false;
  }
  return true;
}

bool valid_path_component(std::string_view c) {
  // [a-z0-9]+ separated by '.', '_', '__' or runs of '-'.
  if (c.empty()) return false;
  auto alnum = [](char ch) { return (ch >= 'a' && ch <= 'z') || util::is_ascii_digit(ch); };
  if (!alnum(c.front()) || !alnum(c.back())) return false;
  for (std::size_t i = 0; i < c.size(); ++i) {
    char ch = c[i];
    if (alnum(ch) || ch == '-') continue;
    if (ch == '.' || ch == '_') {
      if (!alnum(c[i - 1])) {
        if (!(ch == '_' && c[i - 1] == '_' && i >= 2 && alnum(c[i - 2]))) return false;
      }
      continue;
    }
    return false;
  }
  return true;
}

bool valid_digest(std::string_view d) {
  std::size_t colon = d.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view algorithm = d.substr(0, colon);
  std::string_view hex = d.substr(colon + 1);
  for (char c : hex) {
    if (!util::is_ascii_digit(c) && !(c >= 'a' && c <= 'f')) return false;
  }
  if (algorithm == "sha256") return hex.size() == 64;
  if (algorithm == "sha512") return hex.size() == 128;
  return hex.size() >= 32;
}

}  // namespace

ImageRef parse_image_ref(std::string_view text) {
  ImageRef ref;
  ref.written = std::string(text);
  auto fail = [&](std::string why) {
    ref.valid = false;
    ref.error = std::move(why);
    return ref;
  };
  if (text.empty()) return fail("empty reference");
  std::string_view rest = text;
  if (std::size_t at = rest.find('@'); at != std::string_view::npos) {
    ref.digest = std::string(rest.substr(at + 1));
    rest = rest.substr(0, at);
    if (!valid_digest(ref.digest)) return fail("invalid digest \"" + ref.digest + "\"");
  }
  std::size_t last_slash = rest.rfind('/');
  std::size_t colon = rest.rfind(':');
  if (colon != std::string_view::npos && (last_slash == std::string_view::npos || colon > last_slash)) {
    ref.tag = std::string(rest.substr(colon + 1));
    rest = rest.substr(0, colon);
    if (!valid_tag(ref.tag)) return fail("invalid tag \"" + ref.tag + "\"");
  }
  std::size_t first_slash = rest.find('/');
  std::string_view path = rest;
  if (first_slash != std::string_view::npos) {
    std::string_view first = rest.substr(0, first_slash);
    if (first.find('.') != std::string_view::npos || first.find(':') != std::string_view::npos ||
        first == "localhost") {
      ref.registry = std::string(first);
      path = rest.substr(first_slash + 1);
    }
  }
  if (ref.registry.empty()) ref.registry = "docker.io";
  if (ref.registry == "index.docker.io") ref.registry = "docker.io";
  if (path.empty()) return fail("missing repository name");
  for (std::size_t start = 0; start <= path.size();) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view component = path.substr(start, end - start);
    if (!valid_path_component(component)) {
      for (char c : component) {
        if (c >= 'A' && c <= 'Z') return fail("repository name must be lowercase");
      }
      return fail("invalid repository name \"" + std::string(path) + "\"");
    }
    start = end + 1;
  }
  ref.repository = std::string(path);
  if (ref.registry == "docker.io" && ref.repository.find('/') == std::string::npos) {
    ref.repository = "library/" + ref.repository;
  }
  ref.valid = true;
  return ref;
}

}  // namespace plimsoll::dockerfile
