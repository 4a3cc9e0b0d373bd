// What a shipped image's file system should not hold (data/knowledge/image_contents.yaml):
// build tools, shells and package managers by program name, and package-manager caches by
// path. Thread-safe; loaded on first use.
#pragma once

#include <string_view>

namespace plimsoll::knowledge {

enum class ImageProgram { kNone, kBuildTool, kShell, kPackageManager };

// What the file at `path` (relative, slash-separated) is, when it sits in a bin directory.
ImageProgram classify_image_program(std::string_view path);
// Whether `path` lies in a package-manager cache or a __pycache__ directory.
bool is_package_cache(std::string_view path);
// Whether `path` is a public CA bundle that only looks like a key file (`*.pem`).
bool is_public_certificate(std::string_view path);

}  // namespace plimsoll::knowledge
