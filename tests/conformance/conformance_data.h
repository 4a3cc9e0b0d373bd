// Access to the conformance data kept beside the project in ../shared/conformance.
// Tests read it in place; nothing of it is copied into the tree.
#pragma once

#include <string>
#include <vector>

namespace plimsoll::conformance {

std::string data_path(const std::string& relative);  // PLIMSOLL_SHARED_DIR/conformance/<relative>
std::string read_data(const std::string& relative);  // whole file; empty if missing
std::vector<std::string> read_lines(const std::string& relative);  // split on '\n'
std::vector<std::string> subdirectories(const std::string& relative);  // sorted names

}  // namespace plimsoll::conformance
