// The files of data/templates, compiled into the binary (cmake/EmbedData.cmake).
// Views point into static storage and never dangle.
#pragma once

#include <string_view>

namespace plimsoll::init {

// The template `name` (a file name under data/templates/), or an empty view when unknown.
std::string_view template_text(std::string_view name);

}  // namespace plimsoll::init
