// A small logic-less template language for data/templates: `{{name}}` inserts a value,
// `{{#name}}…{{/name}}` keeps its body when the value is set, `{{^name}}…{{/name}}` when not.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "util/result.h"

namespace plimsoll::init {

using TemplateValues = std::map<std::string, std::string>;

// Renders `text`. A value is "set" when it is non-empty. A tag alone on its line removes the
// line, so sections do not leave blank lines. Unknown names, unclosed or mismatched sections
// are errors naming `origin` and the line, since templates are the project's own data.
util::Result<std::string> render_template(std::string_view text, const TemplateValues& values, std::string_view origin);

}  // namespace plimsoll::init
