// Module and file forms of a Python entry, resolved against the project's own files (never
// through a symlink, never outside the root).
#include "init/python_entry.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string_view>
#include <vector>

#include "init/command_words.h"
#include "util/format.h"

namespace plimsoll::init {

namespace {

std::string trim(const std::string& s) {
  std::size_t a = s.find_first_not_of(" \t()*\\");
  if (a == std::string::npos) return {};
  std::size_t b = s.find_last_not_of(" \t()*\\,");
  return s.substr(a, b - a + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) out.push_back(part);
  return out;
}

// The name an import item binds: "a.b as c" → c, "a.b" → a (for `import`), "x" → x.
std::string bound_by_import_item(const std::string& item, bool plain_import) {
  std::string t = trim(item);
  std::size_t as = t.find(" as ");
  if (as != std::string::npos) return trim(t.substr(as + 4));
  return plain_import ? t.substr(0, t.find('.')) : t;
}

// The targets of an assignment line: every part before the last lone '=' (not ==, <=, >=, !=),
// each without its annotation, tuples split.
bool assigns(const std::string& line, const std::string& name) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '=') continue;
    char prev = i > 0 ? line[i - 1] : ' ';
    if (i + 1 < line.size() && line[i + 1] == '=') {  // ==
      ++i;
      continue;
    }
    if (std::string_view("=<>!+-*/%&|^@").find(prev) != std::string_view::npos) continue;  // <=, !=, +=, …
    parts.push_back(line.substr(start, i - start));
    start = i + 1;
  }
  for (const auto& target : parts) {
    std::string t = target.substr(0, target.find(':'));  // annotation, or the walrus' colon
    for (const auto& piece : split(t, ',')) {
      std::string p = piece.substr(piece.find_last_of('(') == std::string::npos ? 0 : piece.find_last_of('(') + 1);  // `if (app := …)`
      p = trim(p);
      if (p == name) return true;
    }
  }
  return false;
}

}  // namespace

bool is_identifier(const std::string& text) {
  if (text.empty() || std::isdigit(static_cast<unsigned char>(text.front()))) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

bool binds_name(const std::string& text, const std::string& name) {
  std::istringstream lines(text);
  std::string line;
  bool in_import = false;  // inside `from x import (` … `)`
  while (std::getline(lines, line)) {
    std::string t = line.substr(std::min(line.size(), line.find_first_not_of(" \t")));
    if (in_import) {
      std::string items = t.substr(0, t.find('#'));
      for (const auto& item : split(items.substr(0, items.find(')')), ',')) {
        if (bound_by_import_item(item, false) == name) return true;
      }
      in_import = items.find(')') == std::string::npos;
      continue;
    }
    if (t.empty() || t[0] == '#') continue;
    std::istringstream words(t);
    std::string first, second;
    words >> first >> second;
    if (first == "async") {
      first = second;
      words >> second;
    }
    if (first == "def" || first == "class") {
      std::size_t end = second.find_first_of("(:");
      if (second.substr(0, end) == name) return true;
      continue;
    }
    if (first == "import") {
      for (const auto& item : split(t.substr(7), ',')) {
        if (bound_by_import_item(item, true) == name) return true;
      }
      continue;
    }
    if (first == "from") {
      std::size_t at = t.find(" import ");
      if (at == std::string::npos) continue;
      std::string items = t.substr(at + 8);
      items = items.substr(0, items.find('#'));
      if (trim(items) == "" && items.find('*') != std::string::npos) return true;
      if (items.find('(') != std::string::npos && items.find(')') == std::string::npos) in_import = true;
      for (const auto& item : split(items.substr(0, items.find(')')), ',')) {
        if (bound_by_import_item(item, false) == name) return true;
      }
      continue;
    }
    if (assigns(t, name)) return true;
  }
  return false;
}

PythonEntry entry_for_file(const std::string& file) {
  PythonEntry e;
  e.file = file;
  std::string path = file.ends_with(".py") ? file.substr(0, file.size() - 3) : file;
  if (path.ends_with("/__init__")) path.resize(path.size() - 9);
  if (path.rfind("src/", 0) == 0) {
    e.python_path = "src";
    path = path.substr(4);
  }
  auto segments = split(path, '/');
  if (!segments.empty() && std::all_of(segments.begin(), segments.end(), is_identifier)) {
    std::replace(path.begin(), path.end(), '/', '.');
    e.module = path;
  }
  return e;
}

util::Result<PythonEntry> resolve_python_entry(const ProjectDir& dir, const std::string& text) {
  // The value lands in exec-form arrays, compose files and the Makefile: only plain characters.
  if (!is_plain_name(text, "._-/:"))
    return util::unexpected(util::format("--entry \"{}\": not a Python module, file or module:attribute "
                                         "(letters, digits, '.', '-', '_', '/', ':')", shown(text)));
  std::size_t colon = text.find(':');
  std::string target = text.substr(0, colon);
  std::string attr = colon == std::string::npos ? "" : text.substr(colon + 1);
  if (colon != std::string::npos && !is_identifier(attr))
    return util::unexpected(util::format("--entry \"{}\": \"{}\" after the ':' is not a Python name", shown(text), shown(attr)));

  std::vector<std::string> looked;
  PythonEntry e;
  if (target.ends_with(".py") || target.find('/') != std::string::npos) {
    std::string path = target.rfind("./", 0) == 0 ? target.substr(2) : target;
    while (!path.empty() && path.back() == '/') path.pop_back();
    auto parts = split(path, '/');
    if (path.empty() || std::any_of(parts.begin(), parts.end(), [](const std::string& p) { return p == ".." || p == "." || p.empty(); }))
      return util::unexpected(util::format("--entry \"{}\": a file inside the project, as a relative path", shown(text)));
    looked.push_back(path.ends_with(".py") ? path : path + "/__init__.py");
    if (!path.ends_with(".py")) looked.push_back(path + ".py");
  } else {
    auto segments = split(target, '.');
    if (segments.empty() || !std::all_of(segments.begin(), segments.end(), is_identifier))
      return util::unexpected(util::format("--entry \"{}\": \"{}\" is not a module name", shown(text), shown(target)));
    std::string rel = target;
    std::replace(rel.begin(), rel.end(), '.', '/');
    looked = {rel + ".py", rel + "/__init__.py", "src/" + rel + ".py", "src/" + rel + "/__init__.py"};
  }
  auto found = std::find_if(looked.begin(), looked.end(), [&](const std::string& f) { return dir.read(f).has_value(); });
  if (found == looked.end()) {
    std::string list;
    for (const auto& l : looked) list += (list.empty() ? "" : ", ") + l;
    return util::unexpected(util::format("--entry \"{}\": no such module in {} (looked for {})", shown(text), dir.root().string(), list));
  }
  e = entry_for_file(*found);
  // A module typed as a dotted name imports under that name; from src/ only when it lives there.
  if (target.find('/') == std::string::npos && !target.ends_with(".py")) {
    e.module = target;
    e.python_path = found->rfind("src/", 0) == 0 ? "src" : "";
  }
  e.attr = attr;
  if (!attr.empty()) {
    auto source = dir.read(e.file);
    if (!source || !binds_name(*source, attr))
      return util::unexpected(util::format("--entry \"{}\": {} does not define `{}` (no assignment, def, class or import of it)", shown(text),
                                           e.file, attr));
  }
  return e;
}

}  // namespace plimsoll::init
