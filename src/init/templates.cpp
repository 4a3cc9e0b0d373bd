// The embedded files are keyed by their path from the source root.
#include "init/templates.h"

#include <string>

namespace plimsoll::init {

std::string_view embedded_template(std::string_view path);  // generated at build time

std::string_view template_text(std::string_view name) { return embedded_template("data/templates/" + std::string(name)); }

}  // namespace plimsoll::init
