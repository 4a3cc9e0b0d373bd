#include "util/path.h"

#include <filesystem>
#include <system_error>

namespace plimsoll::util {
namespace fs = std::filesystem;

std::string_view basename(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view extension(std::string_view path) {
  std::string_view name = basename(path);
  std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || name == "..") return {};
  return name.substr(dot);
}

std::string_view stem(std::string_view path) {
  std::string_view name = basename(path);
  return name.substr(0, name.size() - extension(name).size());
}

namespace {

// True when lexical normalisation would leave `path` as it is: no empty, `.` or `..` segment
// and no trailing slash. Most paths are already normal, and fs::path's normalisation
// allocates a path object per segment.
bool already_normal(std::string_view path) {
  if (path.empty() || path.back() == '/') return false;
  std::size_t start = path.front() == '/' ? 1 : 0;
  if (start == 1 && path.size() > 1 && path[1] == '/') return false;  // `//` has a meaning of its own
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view segment = path.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return path == "/";
    start = end + 1;
  }
  return true;
}

}  // namespace

std::string normal_path(std::string_view path) {
  if (already_normal(path)) return std::string(path);
  std::string out = fs::path(path).lexically_normal().generic_string();
  if (out.size() > 1 && out.back() == '/') out.pop_back();
  return out.empty() ? "." : out;
}

std::string parent_dir(std::string_view path) {
  std::string normal = normal_path(path);
  std::size_t slash = normal.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : normal.substr(0, slash);
}

std::string join_path(std::string_view dir, std::string_view relative) {
  if (relative.starts_with('/')) return normal_path(relative);
  if (dir.empty() || dir == ".") return normal_path(relative);
  return normal_path(std::string(dir) + "/" + std::string(relative));
}

std::string absolute_path(std::string_view path) {
  std::error_code ec;
  return normal_path(fs::absolute(fs::path(path), ec).generic_string());
}

bool is_inside(std::string_view path, std::string_view dir) {
  std::string p = normal_path(path);
  std::string d = normal_path(dir);
  if (d == ".") return !p.starts_with('/') && p != ".." && !p.starts_with("../");
  if (p == d) return true;
  if (d == "/") return p.starts_with('/');
  return p.size() > d.size() && p.starts_with(d) && p[d.size()] == '/';
}

bool has_directory(std::string_view path, std::string_view name) {
  if (name.empty()) return false;
  for (std::size_t at = path.find(name); at != std::string_view::npos; at = path.find(name, at + 1)) {
    bool starts = at == 0 || path[at - 1] == '/';
    bool ends = at + name.size() < path.size() && path[at + name.size()] == '/';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace plimsoll::util
