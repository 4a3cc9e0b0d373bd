// TOML through init's own reader; requirement lines by PEP 508's name rule, no resolution.
#include "init/python_sources.h"

#include <cctype>
#include <sstream>

#include "init/toml.h"
#include "util/format.h"

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

// A requirement line as pip reads it: comments gone (a '#' at the start or after whitespace),
// continuation lines joined. Each comes with the number of its first line.
std::vector<std::pair<int, std::string>> logical_lines(const std::string& text) {
  std::vector<std::pair<int, std::string>> out;
  std::istringstream lines(text);
  std::string line, joined;
  int number = 0, first = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line.resize(i);
        break;
      }
    }
    if (joined.empty()) first = number;
    if (!line.empty() && line.back() == '\\') {
      line.pop_back();
      joined += line + " ";
      continue;
    }
    joined += line;
    out.emplace_back(first, joined);
    joined.clear();
  }
  if (!joined.empty()) out.emplace_back(first, joined);
  return out;
}

// Whether a requirement (markers already removed) names exactly one version.
bool pins_one_version(const std::string& requirement) {
  if (requirement.find("--hash") != std::string::npos) return true;
  std::size_t at = requirement.find("==");
  if (at == std::string::npos) return false;
  // "==1.*" matches many versions; "===" is arbitrary equality, one version too.
  std::string version = requirement.substr(at + 2);
  if (!version.empty() && version[0] == '=') version.erase(0, 1);
  std::size_t end = version.find_first_of(" ,\t");
  version = version.substr(0, end);
  return !version.empty() && version.find('*') == std::string::npos &&
         requirement.find_first_of("<>~!", 0) == std::string::npos;
}

void collect_unpinned(const ProjectDir& dir, const std::string& path, std::set<std::string>& visited, std::vector<std::string>& out) {
  if (visited.size() >= 16 || !visited.insert(path).second) return;
  auto text = dir.read(path);
  if (!text) return;
  std::string base = path.find('/') == std::string::npos ? "" : path.substr(0, path.rfind('/') + 1);
  for (auto [number, line] : logical_lines(*text)) {
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    line = line.substr(start);
    if (line[0] == '-') {
      // -r/-c (and their long forms) bring in another file, relative to this one.
      std::istringstream words(line);
      std::string option, target;
      words >> option;
      if (option.rfind("--requirement=", 0) == 0 || option.rfind("--constraint=", 0) == 0) {
        target = option.substr(option.find('=') + 1);
      } else if (option == "-r" || option == "-c" || option == "--requirement" || option == "--constraint") {
        words >> target;
      } else if ((option.rfind("-r", 0) == 0 || option.rfind("-c", 0) == 0) && option.size() > 2) {
        target = option.substr(2);
      }
      // Only plain relative paths inside the project; URLs and absolute paths are not read.
      if (!target.empty() && target.find("://") == std::string::npos && target[0] != '/')
        collect_unpinned(dir, base + target, visited, out);
      continue;
    }
    std::string requirement = line.substr(0, line.find(';'));  // environment markers
    // A local path or URL installs what is there, not a version from an index.
    if (requirement[0] == '.' || requirement[0] == '/' || requirement.find("://") != std::string::npos) continue;
    if (pins_one_version(requirement)) continue;
    std::string name = requirement_name(requirement);
    if (!name.empty()) out.push_back(util::format("{}:{} {}", path, number, name));
  }
}

}  // namespace

std::vector<std::string> unpinned_requirements(const ProjectDir& dir, const std::string& path) {
  std::vector<std::string> out;
  std::set<std::string> visited;
  collect_unpinned(dir, path, visited, out);
  return out;
}

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
