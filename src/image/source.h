// Where an image's blobs come from: an OCI layout directory or a docker-archive tarball. A
// source hands out the chosen manifest's config and walks each layer, checking its digest.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "image/archive.h"
#include "image/model.h"
#include "util/result.h"

namespace plimsoll::image {

struct SourceLimits {
  WalkLimits walk;
  std::size_t max_json = 8u << 20;  // index, manifest or config larger than this is refused
  // A compressed docker-archive cannot seek, so each layer walk decompresses it up to the
  // layer: past this many layers such an archive is refused (decompress it first).
  std::size_t max_compressed_archive_layers = 128;
  // Files and links of a docker-archive remembered by name from its first walk.
  std::size_t max_archive_members = 65536;
};

struct ImageSource {
  std::string format;  // "oci" or "docker-archive"
  std::string config_text;
  std::map<std::string, std::string> annotations;
  std::vector<Layer> layers;  // digest and media type; the walk fills in the rest
  // Walks layer `index` through `visit`, failing on a missing blob or a digest mismatch.
  std::function<util::Result<WalkStats>(std::size_t index, const EntryVisitor& visit)> walk_layer;
};

struct Reference {
  std::string format;  // "oci", "docker-archive"; empty: detect from the path
  std::string path;
  std::string tag;
};

// `oci:DIR[:TAG]`, `docker-archive:FILE[:TAG]`, or a bare path.
Reference parse_reference(const std::string& text);

util::Result<ImageSource> open_oci(const Reference& ref, const std::string& platform, const SourceLimits& limits);
util::Result<ImageSource> open_docker_archive(const Reference& ref, const SourceLimits& limits);
// Detects the format of a bare path and opens it.
util::Result<ImageSource> open_source(const Reference& ref, const std::string& platform, const SourceLimits& limits);

}  // namespace plimsoll::image
