// Python: the manager from lock files, the version, the framework and start command by the
// precedence of research/generators.md §6.2, and native build needs.
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <sstream>

#include "init/bases.h"
#include "init/command_words.h"
#include "init/detection.h"
#include "init/python_entry.h"
#include "init/python_sources.h"
#include "util/format.h"

namespace plimsoll::init {

namespace {

// The Python module that binds `app`, among the usual places: the root, app/, and src/ with the
// src layout's package directories (`uv init --package` writes src/<pkg>/).
std::optional<PythonEntry> app_module(const ProjectDir& dir) {
  std::vector<std::string> places = {"main.py", "app.py", "app/main.py", "app/__init__.py", "src/main.py", "src/app.py"};
  for (const auto& pkg : dir.subdirectories("src")) {
    if (!is_identifier(pkg)) continue;
    for (const char* leaf : {"/main.py", "/app.py", "/__init__.py"}) places.push_back("src/" + pkg + leaf);
  }
  for (const auto& path : places) {
    auto text = dir.read(path);
    if (!text || !binds_name(*text, "app")) continue;
    PythonEntry e = entry_for_file(path);
    if (e.module.empty()) continue;
    e.attr = "app";
    return e;
  }
  return std::nullopt;
}

util::Result<std::string> choose_stack(const ProjectDir& dir, const DetectChoices& choices, Detection& d) {
  std::vector<std::string> locks;
  for (const char* lock : {"uv.lock", "pdm.lock", "poetry.lock", "Pipfile.lock"}) {
    if (dir.exists(lock)) locks.emplace_back(lock);
  }
  auto lock_of = [](const std::string& stack) -> std::string {
    return stack == "uv" ? "uv.lock" : stack == "pdm" ? "pdm.lock" : stack == "poetry" ? "poetry.lock" : stack == "pipenv" ? "Pipfile.lock" : "requirements.txt";
  };
  std::string stack = choices.stack;
  if (!stack.empty()) {
    if (!dir.exists(lock_of(stack)))
      return util::unexpected(util::format("--stack {} needs {}, which is not in {}", stack, lock_of(stack), dir.root().string()));
    d.reasons.push_back(util::format("stack: {} from --stack ({} present)", stack, lock_of(stack)));
  } else if (locks.size() > 1) {
    std::string list;
    for (const auto& l : locks) list += (list.empty() ? "" : ", ") + l;
    return util::unexpected(util::format("{}: several Python lock files: {}; keep one, or choose with --stack uv|pdm|poetry|pipenv",
                                         dir.root().string(), list));
  } else if (locks.size() == 1) {
    stack = locks.front() == "uv.lock" ? "uv" : locks.front() == "pdm.lock" ? "pdm" : locks.front() == "poetry.lock" ? "poetry" : "pipenv";
    d.reasons.push_back(util::format("stack: {} because {} is present", stack, locks.front()));
  } else if (dir.exists("Pipfile")) {
    return util::unexpected(util::format("{}: Pipfile without Pipfile.lock; run `pipenv lock` first", dir.root().string()));
  } else if (dir.exists("requirements.txt")) {
    stack = "pip";
    d.reasons.push_back("stack: pip because requirements.txt is the only dependency file");
    // Only worth saying when something is not pinned; then say which.
    if (auto loose = unpinned_requirements(dir); !loose.empty()) {
      std::string list;
      for (std::size_t i = 0; i < loose.size() && i < 5; ++i) list += (i == 0 ? "" : ", ") + loose[i];
      if (loose.size() > 5) list += util::format(" and {} more", loose.size() - 5);
      d.notes.push_back(util::format("requirements.txt should pin every package with == (or use --require-hashes) for reproducible builds; "
                                     "not pinned: {}", shown(list)));
    }
  } else {
    return util::unexpected(util::format(
        "{}: pyproject.toml without a lock file; run `uv lock`, `poetry lock` or `pdm lock` first (a frozen install needs one)",
        dir.root().string()));
  }
  if (stack != "pip" && dir.exists("requirements.txt"))
    d.notes.push_back(util::format("requirements.txt is ignored: {} is the lock file that installs", lock_of(stack)));
  return stack;
}

void choose_version(const ProjectDir& dir, const PythonSources& s, Detection& d) {
  if (auto text = dir.read(".python-version"); text && !major_minor(*text).empty()) {
    d.language_version = major_minor(*text);
    d.version_requirements.push_back({d.language_version, VersionGrammar::kSeries, ".python-version"});
    d.reasons.push_back(util::format("python: {} from .python-version", d.language_version));
  } else if (!major_minor(s.requires_python).empty()) {
    // A range: choose_base takes the newest recorded release inside it.
    d.language_version = major_minor(s.requires_python);
    d.version_requirements.push_back({s.requires_python, VersionGrammar::kPep440, s.requires_python_from});
    d.reasons.push_back(util::format("python: {} \"{}\"", s.requires_python_from, s.requires_python));
  } else if (auto runtime = dir.read("runtime.txt"); runtime && !major_minor(*runtime).empty()) {
    d.language_version = major_minor(*runtime);
    d.version_requirements.push_back({d.language_version, VersionGrammar::kSeries, "runtime.txt"});
    d.reasons.push_back(util::format("python: {} from runtime.txt", d.language_version));
  } else {
    d.language_version = Bases::get().default_version("python");
    d.reasons.push_back(util::format("python: {}, the default (no .python-version, requires-python or runtime.txt)", d.language_version));
  }
}

// The Procfile's web: process as the words sh would run, with $PORT the chosen port (the
// platforms that read Procfiles set it). A command that needs more of a shell is refused:
// exec form would run something else.
util::Result<std::vector<std::string>> procfile_web(const ProjectDir& dir, int port) {
  auto text = dir.read("Procfile");
  if (!text) return std::vector<std::string>{};
  std::istringstream lines(*text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (line.rfind("web:", 0) != 0) continue;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto words = shell_words(std::string_view(line).substr(4), {{"PORT", std::to_string(port)}});
    if (!words)
      return util::unexpected(util::format("{}/Procfile:{}: the web command: {}; init writes exec form, so put the command in a script "
                                           "and name that, or choose the module with --entry",
                                           dir.root().string(), number, words.error().message));
    return words;
  }
  return std::vector<std::string>{};
}

util::Status choose_command(const ProjectDir& dir, const DetectChoices& choices, const PythonSources& s, Detection& d);

}  // namespace

util::Result<Detection> detect_python(const ProjectDir& dir, const DetectChoices& choices) {
  Detection d;
  d.ecosystem = "python";
  auto stack = choose_stack(dir, choices, d);
  if (!stack) return util::unexpected(stack.error().message);
  d.stack = *stack;
  auto sources = read_python_sources(dir, d.stack);
  if (!sources) return util::unexpected(sources.error().message);
  d.name = image_name(sources->project_name.empty() ? dir.name() : sources->project_name);
  choose_version(dir, *sources, d);
  if (auto chosen = choose_command(dir, choices, *sources, d); !chosen) return util::unexpected(chosen.error());
  bool pytest = depends_on(*sources, "pytest") || sources->dev_dependencies.contains("pytest");
  d.test_command = pytest ? std::vector<std::string>{"python", "-m", "pytest", "-p", "no:cacheprovider"}
                                           : std::vector<std::string>{"python", "-m", "unittest", "discover"};
  // Source builds of PostgreSQL and MySQL drivers link against the client library.
  if ((depends_on(*sources, "psycopg") && !depends_on(*sources, "psycopg[binary]") && !depends_on(*sources, "psycopg-binary")) || depends_on(*sources, "psycopg2")) {
    d.build_packages.push_back("libpq-dev");
    d.runtime_packages.push_back("libpq5");
    d.reasons.push_back("native: psycopg builds against libpq (libpq-dev in the builder, libpq5 at run time)");
  }
  if (depends_on(*sources, "mysqlclient")) {
    d.build_packages.push_back("default-libmysqlclient-dev");
    d.runtime_packages.push_back("libmariadb3");
    d.reasons.push_back("native: mysqlclient builds against the MariaDB client library");
  }
  if (!d.build_packages.empty()) d.build_packages.insert(d.build_packages.begin(), {"gcc", "libc6-dev"});
  return d;
}

namespace {

util::Status choose_command(const ProjectDir& dir, const DetectChoices& choices, const PythonSources& s, Detection& d) {
  d.port = choices.port > 0 ? choices.port : 8000;
  std::string port = std::to_string(d.port);
  std::string bind = "0.0.0.0:" + port;
  bool entry_is_script = std::any_of(s.scripts.begin(), s.scripts.end(), [&](const auto& p) { return p.first == choices.entry; });
  // --entry names a project script or a module; anything else it names must exist.
  std::optional<PythonEntry> chosen;
  if (!choices.entry.empty() && !entry_is_script) {
    auto resolved = resolve_python_entry(dir, choices.entry);
    if (!resolved) return util::unexpected(resolved.error());
    chosen = *resolved;
  }
  // The Procfile speaks for the project unless --entry chose otherwise.
  auto web = choices.entry.empty() ? procfile_web(dir, d.port) : util::Result<std::vector<std::string>>(std::vector<std::string>{});
  if (!web) return util::unexpected(web.error());
  if (!web->empty()) {
    d.command = *web;
    d.reasons.push_back("command: the Procfile's web process");
  } else if (entry_is_script || (!chosen && !s.scripts.empty() &&
                                 (s.scripts.size() == 1 || std::any_of(s.scripts.begin(), s.scripts.end(), [](const auto& p) { return p.first == "start"; })))) {
    std::string script = s.scripts.front().first;
    for (const auto& [name, target] : s.scripts) {
      if (name == "start" || name == choices.entry) script = name;
    }
    if (entry_is_script) script = choices.entry;
    // An entry-point name becomes a command in the image: only what packaging allows for one.
    if (!is_plain_name(script))
      return util::unexpected(util::format("{}/pyproject.toml: the script name \"{}\" is not a console-script name (letters, digits, '.', '-', '_')",
                                           dir.root().string(), shown(script)));
    d.command = {script};
    d.entry = script;
    d.reasons.push_back(util::format("command: the project script '{}' from {}", script, entry_is_script ? "--entry" : "pyproject.toml"));
  } else if (dir.exists("manage.py") && depends_on(s, "django")) {
    d.framework = "django";
    // ASGI when the project serves it (channels or an ASGI server among the dependencies).
    bool asgi = (depends_on(s, "channels") || depends_on(s, "uvicorn") || depends_on(s, "daphne")) && !dir.find("asgi.py").empty();
    std::vector<std::string> wsgi = dir.find(asgi ? "asgi.py" : "wsgi.py");
    if (wsgi.size() > 1 && !chosen) {
      std::string list;
      for (const auto& w : wsgi) list += (list.empty() ? "" : ", ") + w;
      return util::unexpected(util::format("{}: several Django {} modules: {}; choose one with --entry", dir.root().string(),
                                           asgi ? "ASGI" : "WSGI", list));
    }
    if (!chosen && !wsgi.empty()) chosen = entry_for_file(wsgi.front());
    if (!chosen || chosen->module.empty())
      return util::unexpected(util::format("{}: Django project without an importable {}; name it with --entry", dir.root().string(),
                                           asgi ? "asgi.py" : "wsgi.py"));
    std::string target = chosen->module + ":" + (chosen->attr.empty() ? "application" : chosen->attr);
    d.entry = target;
    d.python_path = chosen->python_path;
    d.dev_command = {"python", "manage.py", "runserver", "0.0.0.0:" + port};
    if (asgi) {
      d.command = {"uvicorn", target, "--host", "0.0.0.0", "--port", port};
      d.reasons.push_back(util::format("command: Django ASGI (asgi.py with channels or an ASGI server), uvicorn serving {}", chosen->module));
      if (!depends_on(s, "uvicorn")) d.notes.push_back("add uvicorn to the dependencies: the production command runs it");
    } else {
      d.command = {"gunicorn", "--bind", bind, target};
      d.reasons.push_back(util::format("command: Django (manage.py and the django dependency), gunicorn serving {}", chosen->module));
      if (!depends_on(s, "gunicorn")) d.notes.push_back("add gunicorn to the dependencies: the production command runs it");
    }
  } else {
    std::vector<std::string> frameworks;
    for (const char* f : {"fastapi", "starlette", "quart", "flask"}) {
      if (depends_on(s, f)) frameworks.emplace_back(f);
    }
    if (frameworks.size() > 1 && !chosen) {
      std::string list;
      for (const auto& f : frameworks) list += (list.empty() ? "" : ", ") + f;
      return util::unexpected(util::format("{}: several web frameworks in the dependencies: {}; choose the module with --entry",
                                           dir.root().string(), list));
    }
    if (!chosen && !frameworks.empty()) chosen = app_module(dir);
    if (!frameworks.empty() && chosen && !chosen->module.empty()) {
      d.framework = frameworks.front();
      std::string target = chosen->module + ":" + (chosen->attr.empty() ? "app" : chosen->attr);
      d.entry = target;
      d.python_path = chosen->python_path;
      if (d.framework == "flask") {
        d.command = {"gunicorn", "--bind", bind, target};
        d.dev_command = {"flask", "--app", target, "run", "--debug", "--host", "0.0.0.0", "--port", port};
        if (!depends_on(s, "gunicorn")) d.notes.push_back("add gunicorn to the dependencies: Flask's own server is not for production");
      } else if (d.framework == "quart" && depends_on(s, "hypercorn")) {
        d.command = {"hypercorn", "--bind", bind, target};
      } else {
        d.command = {"uvicorn", target, "--host", "0.0.0.0", "--port", port};
        d.dev_command = {"uvicorn", target, "--reload", "--host", "0.0.0.0", "--port", port};
        if (!depends_on(s, "uvicorn") && !depends_on(s, "fastapi[standard]")) d.notes.push_back("add uvicorn to the dependencies: the start command runs it");
      }
      d.reasons.push_back(util::format("command: {} application `{}` in {}{}", d.framework, target.substr(target.find(':') + 1), chosen->file,
                                       choices.entry.empty() ? "" : " from --entry"));
      if (!d.python_path.empty())
        d.reasons.push_back(util::format("import path: {}/ (the src layout), so {} imports as {}", d.python_path, chosen->file, chosen->module));
    } else {
      // No framework: the file runs as a script, from the project root where the image has it.
      std::string script = chosen ? chosen->file : dir.exists("main.py") ? "main.py" : dir.exists("app.py") ? "app.py" : "";
      if (script.empty())
        return util::unexpected(util::format("{}: no start command found (no Procfile, project script, framework app, main.py or app.py); "
                                             "name the module with --entry", dir.root().string()));
      d.entry = script;
      d.command = {"python", script};
      d.reasons.push_back(util::format("command: python {} (no framework detected)", script));
    }
  }
  if (d.dev_command.empty()) d.dev_command = d.command;
  d.reasons.push_back(util::format("port: {}{}", d.port, choices.port > 0 ? " from --port" : " (the framework's default)"));
  return util::ok();
}

}  // namespace

}  // namespace plimsoll::init
