// TOML through init's own reader; requirement lines by PEP 508's name rule, no resolution.
#include "init/python_sources.h"

#include <cctype>
#include <sstream>

#include "init/toml.h"

namespace plimsoll::init {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The distribution name of a PEP 508 requirement ("psycopg[binary]>=3" → "psycopg[binary]"),
// normalised: lower case, '_' and '.' as '-'. Extras are kept so psycopg[binary] is told apart.
std::string requirement_name(const std::string& requirement) {
  std::string name;
  for (char c : requirement) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '[' || c == ']' || c == ',') {
      name += c == '_' || c == '.' ? '-' : c;
    } else if (c != ' ' || !name.empty()) {
      if (c != ' ') break;
    }
  }
  return lower(name);
}

void add_table_keys(const TomlValue* table, std::set<std::string>& out) {
  if (table == nullptr || !table->is_table()) return;
  for (const auto& [key, value] : table->entries) {
    std::string name = lower(key);
    const TomlValue* extras = value.is_table() ? value.at("extras") : nullptr;
    if (extras != nullptr) {
      for (const auto& e : extras->items) name += "[" + e.text + "]";
    }
    out.insert(name);
  }
}

void add_requirements(const std::string& text, std::set<std::string>& out) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#' || line[start] == '-') continue;
    std::string name = requirement_name(line.substr(start));
    if (!name.empty()) out.insert(name);
  }
}

}  // namespace

util::Result<PythonSources> read_python_sources(const ProjectDir& dir, const std::string& stack) {
  PythonSources s;
  if (auto text = dir.read("pyproject.toml")) {
    auto doc = parse_toml(*text);
    if (!doc) return util::unexpected("pyproject.toml: " + doc.error().message);
    s.project_name = doc->string_at("project.name");
    if (s.project_name.empty()) s.project_name = doc->string_at("tool.poetry.name");
    s.requires_python = doc->string_at("project.requires-python");
    s.requires_python_from = "requires-python";
    if (s.requires_python.empty()) {
      s.requires_python = doc->string_at("tool.poetry.dependencies.python");
      s.requires_python_from = "Poetry's python";
    }
    if (const TomlValue* deps = doc->at("project.dependencies")) {
      for (const auto& d : deps->items) s.dependencies.insert(requirement_name(d.text));
    }
    add_table_keys(doc->at("tool.poetry.dependencies"), s.dependencies);
    for (const char* key : {"dependency-groups", "tool.pdm.dev-dependencies", "project.optional-dependencies"}) {
      if (const TomlValue* groups = doc->at(key); groups != nullptr && groups->is_table()) {
        for (const auto& [group, list] : groups->entries) {
          for (const auto& d : list.items) s.dev_dependencies.insert(requirement_name(d.text));
        }
      }
    }
    if (const TomlValue* groups = doc->at("tool.poetry.group"); groups != nullptr && groups->is_table()) {
      for (const auto& [group, table] : groups->entries) add_table_keys(table.at("dependencies"), s.dev_dependencies);
    }
    for (const char* key : {"project.scripts", "tool.poetry.scripts"}) {
      if (const TomlValue* scripts = doc->at(key); scripts != nullptr && scripts->is_table()) {
        for (const auto& [name, target] : scripts->entries) s.scripts.emplace_back(name, target.text);
      }
    }
  }
  if (auto text = dir.read("Pipfile")) {
    auto doc = parse_toml(*text);
    if (!doc) return util::unexpected("Pipfile: " + doc.error().message);
    add_table_keys(doc->at("packages"), s.dependencies);
    add_table_keys(doc->at("dev-packages"), s.dev_dependencies);
    if (s.requires_python.empty()) {
      s.requires_python = doc->string_at("requires.python_version");
      s.requires_python_from = "the Pipfile's python_version";
    }
  }
  if (stack == "pip") {
    if (auto text = dir.read("requirements.txt")) add_requirements(*text, s.dependencies);
  }
  s.dependencies.erase("python");  // Poetry lists the interpreter among dependencies
  return s;
}

bool depends_on(const PythonSources& s, const std::string& name) {
  for (const auto& dep : s.dependencies) {
    if (dep == name || dep.rfind(name + "[", 0) == 0) return true;
  }
  return false;
}

}  // namespace plimsoll::init
