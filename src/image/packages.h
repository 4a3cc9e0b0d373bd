// The packages an image holds, read from the package databases the walk captured: dpkg's
// status, apk's installed database, Python dist-info METADATA and node_modules package.json.
#pragma once

#include <string>
#include <vector>

#include "image/model.h"

namespace plimsoll::image {

// Whether the file at `path` (normalised) is a package record collect_packages reads.
bool is_package_record(const std::string& path);
std::vector<Package> collect_packages(const Image& image);

}  // namespace plimsoll::image
