// A Python start module as servers import it ("pkg.main:app"), found from what the user typed
// (--entry) or from the usual places, and checked against the project's files.
#pragma once

#include <string>

#include "init/project_dir.h"
#include "util/result.h"

namespace plimsoll::init {

struct PythonEntry {
  std::string file;         // the module's file, relative: "src/pkg/main.py"
  std::string module;       // dotted, importable from python_path: "pkg.main"; empty when the
                            // file's path is not a module path ("my-app/run.py")
  std::string attr;         // the application object ("app"); empty when none was named
  std::string python_path;  // "src" when the module imports from src/ (the src layout), else ""
};

// `file` ("src/pkg/main.py", "app/__init__.py") as the module it is. No file is read.
PythonEntry entry_for_file(const std::string& file);

// --entry in any of its forms: "module:attr", "module", "path/to/file.py[:attr]", "pkg/" (its
// __init__.py). The module must exist (as a file or a package, also under src/) and a named
// attribute must be bound in it. Errors say what was looked for.
util::Result<PythonEntry> resolve_python_entry(const ProjectDir& dir, const std::string& text);

// Whether Python source `text` binds `name`: an assignment (also annotated or chained), a def,
// a class, or an import of it; a star import counts too, since what it binds cannot be seen.
// Line-based, one pass, no parsing of expressions.
bool binds_name(const std::string& text, const std::string& name);

// Whether `text` is a Python identifier (ASCII).
bool is_identifier(const std::string& text);

}  // namespace plimsoll::init
