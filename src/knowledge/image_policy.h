// What may ship in a final image: build tools that belong in a builder stage
// (data/knowledge/build_tools.yaml) and base images small enough to ship
// (data/knowledge/minimal_bases.yaml). Thread-safe; loaded on first use.
#pragma once

#include <string_view>

namespace plimsoll::knowledge {

bool is_build_tool_package(std::string_view package);  // an OS package name: gcc, libpq-dev, ...
bool is_build_tool_program(std::string_view program);  // poetry, cargo, go, ...
// `repository` normalised (docker.io/library/python), `tag` may be empty.
bool is_minimal_base(std::string_view repository, std::string_view tag);
// A base known to be a whole distribution (ubuntu, official language images' full tags, Windows
// Server Core); false for minimal bases and for bases the data does not know.
bool is_full_distribution(std::string_view repository, std::string_view tag);

}  // namespace plimsoll::knowledge
