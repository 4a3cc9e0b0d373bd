// Splits a Procfile command into the argv an exec-form CMD runs, the way sh would split it, and
// checks the names init copies from project files into generated files. Pure functions.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace plimsoll::init {

// `command` split as sh splits words: quotes removed, backslash escapes honoured, and each
// variable in `known` ($PORT, ${PORT}) replaced outside single quotes. Anything exec form
// cannot do without a shell (other variables, command substitution, globs, a leading tilde,
// operators, redirections, assignments) is an error saying which.
util::Result<std::vector<std::string>> shell_words(std::string_view command, const std::map<std::string, std::string>& known);

// Whether `name` is made only of letters, digits and `extra`, and does not start with '-'
// (which a command would read as an option): a value safe in a shell word, a Makefile
// recipe and a YAML scalar alike, so it needs no quoting anywhere.
bool is_plain_name(std::string_view name, std::string_view extra = "._-");

// `text` for a message: control characters and non-ASCII bytes as escapes, so a hostile
// name cannot rewrite the terminal or forge another line.
std::string shown(std::string_view text);

}  // namespace plimsoll::init
