// Loads an image from a reference: picks the manifest, reads the config, streams every layer
// once into the file system view, and keeps the few file contents the rules read (passwd,
// group, loader configuration, the healthcheck program, package databases for the SBOM).
#pragma once

#include <string>

#include "image/model.h"
#include "image/source.h"
#include "util/result.h"

namespace plimsoll::image {

struct LoadOptions {
  std::string platform;  // "os/arch[/variant]" for multi-platform indexes
  bool packages = false;  // collect packages for the SBOM
  SourceLimits limits;
  FilesystemLimits files;  // paths, entries and name lengths the file system view holds
  std::size_t max_captured = 64u << 20;  // per captured file
};

util::Result<Image> load_image(const std::string& reference, const LoadOptions& options = {});

// The programs a healthcheck runs, as the loader sees them: for `CMD` the first word, for
// `CMD-SHELL` the shell and the command's first word. Empty for none or NONE.
std::vector<std::string> healthcheck_programs(const ImageConfig& config);
// Where `program` is found: itself when it holds a slash, else the first PATH entry (the
// config's PATH, or Docker's default) under which the file system has it. Empty when absent.
std::string find_program(const Image& image, const std::string& program);

}  // namespace plimsoll::image
