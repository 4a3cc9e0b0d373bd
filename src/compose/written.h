// What a compose scalar looked like in its file, beside the interpolated value the loader
// keeps: rules about host paths and references need the text the author wrote.
#pragma once

#include <string>
#include <vector>

#include "compose/document.h"
#include "envfile/template.h"
#include "util/yaml.h"

namespace plimsoll::compose {

// A scalar as its file wrote it, interpolated again with `$HOME`/`${HOME}` read as `~` and
// `$PWD` as `.` (the loaded value has them empty when no env file sets them), other variables
// from `variables`. The loaded value when it has no `$`. `node.origin` indexes `documents`.
std::string as_written(const std::vector<ComposeDocument>& documents, const envfile::Lookup& variables,
                       const util::YamlNode& node);

// True when the scalar `node` was written as a `${VAR}` reference (its value came from
// interpolation, not from the file).
bool written_as_reference(const std::vector<ComposeDocument>& documents, const util::YamlNode& node);

}  // namespace plimsoll::compose
