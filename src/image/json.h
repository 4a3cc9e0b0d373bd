// The JSON documents of an image (OCI index and manifest, image config, docker-archive
// manifest.json, package.json) read into plain structs; the only image file with nlohmann.
// Malformed or wrongly typed documents give an error naming the field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "image/model.h"
#include "util/result.h"

namespace plimsoll::image {

struct Manifest {
  std::string media_type;
  bool is_index = false;
  std::vector<Descriptor> manifests;  // an index's entries
  Descriptor config;
  std::vector<Descriptor> layers;
  std::map<std::string, std::string> annotations;
};

// An index or a manifest (told apart by mediaType or by which fields are present).
util::Result<Manifest> parse_manifest(std::string_view text);
util::Result<ImageConfig> parse_config(std::string_view text);

struct ArchiveImage {
  std::string config;  // path inside the archive
  std::vector<std::string> repo_tags;
  std::vector<std::string> layers;
};
util::Result<std::vector<ArchiveImage>> parse_archive_manifest(std::string_view text);

// name and version of a package.json; empty when it has none.
std::pair<std::string, std::string> package_json_identity(std::string_view text);

// The packages as a CycloneDX 1.5 JSON document.
std::string cyclonedx_json(const Image& image, const std::string& tool_version);

}  // namespace plimsoll::image
