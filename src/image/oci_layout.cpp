// OCI image layouts: index.json, then a manifest chosen by tag and platform, nested indexes
// followed; every blob is read through its digest and checked against it.
#include <filesystem>

#include "image/digest.h"
#include "image/json.h"
#include "image/layout_file.h"
#include "image/source.h"
#include "util/format.h"

namespace plimsoll::image {
namespace {

namespace fs = std::filesystem;

// The blob's place relative to the layout directory.
util::Result<std::string> blob_path(const std::string& digest) {
  std::size_t colon = digest.find(':');
  if (colon == std::string::npos || digest.substr(0, colon) != "sha256" || digest.size() != colon + 65 ||
      digest.find_first_not_of("0123456789abcdef", colon + 1) != std::string::npos) {
    return util::unexpected(util::format("unsupported or malformed digest '{}'", digest));
  }
  return "blobs/sha256/" + digest.substr(colon + 1);
}

// Reads a small blob whole and checks its digest and declared size.
util::Result<std::string> read_blob(const std::string& dir, const Descriptor& d, std::size_t max_bytes,
                                    std::string_view what) {
  auto path = blob_path(d.digest);
  if (!path) return util::unexpected(util::format("{}: {}", what, path.error().message));
  auto file = open_layout_file(dir, *path);
  if (!file) return util::unexpected(util::format("{} {}: {}", what, d.digest, file.error().message));
  // Sizes first: a wrong or oversized blob is refused before a byte of it is read.
  if (file->size() > max_bytes) {
    return util::unexpected(util::format("{} {} is {} bytes, over the {} byte limit", what, d.digest, file->size(), max_bytes));
  }
  if (d.size >= 0 && static_cast<uint64_t>(d.size) != file->size()) {
    return util::unexpected(util::format("{} {}: size {} but descriptor says {}", what, d.digest, file->size(), d.size));
  }
  auto text = read_layout_file(std::move(*file), *path, max_bytes);
  if (!text) return util::unexpected(util::format("{}: {}", what, text.error().message));
  if ("sha256:" + sha256_hex(*text) != d.digest) {
    return util::unexpected(util::format("{} {}: digest mismatch (content hashes to sha256:{})", what, d.digest,
                                         sha256_hex(*text)));
  }
  if (d.size >= 0 && static_cast<uint64_t>(d.size) != text->size()) {
    return util::unexpected(util::format("{} {}: size {} but descriptor says {}", what, d.digest, text->size(), d.size));
  }
  return text;
}

std::string platforms_of(const Manifest& index) {
  std::string out;
  for (const auto& m : index.manifests) out += (out.empty() ? "" : ", ") + (m.platform.empty() ? m.digest : m.platform);
  return out;
}

util::Result<Descriptor> choose(const Manifest& index, const std::string& tag, const std::string& platform,
                                bool top) {
  std::vector<const Descriptor*> candidates;
  for (const auto& m : index.manifests) {
    if (top && !tag.empty() && m.ref_name != tag) continue;
    if (!platform.empty() && !m.platform.empty() && m.platform != platform &&
        !(m.platform.starts_with(platform + "/"))) {
      continue;
    }
    candidates.push_back(&m);
  }
  if (candidates.empty()) {
    if (top && !tag.empty()) return util::unexpected(util::format("no manifest tagged '{}' in index.json", tag));
    return util::unexpected(util::format("no manifest for platform '{}' (the index has {})", platform, platforms_of(index)));
  }
  if (candidates.size() > 1) {
    return util::unexpected(util::format("the index holds several images ({}); choose one with {}",
                                         platforms_of(index), top && tag.empty() ? "a tag or --platform" : "--platform"));
  }
  return *candidates.front();
}

}  // namespace

util::Result<ImageSource> open_oci(const Reference& ref, const std::string& platform, const SourceLimits& limits) {
  std::string dir = ref.path;
  std::string where = "oci:" + dir;
  if (!fs::exists(dir + "/oci-layout")) return util::unexpected(where + ": not an OCI layout (no oci-layout file)");
  auto index_text = read_layout_file(dir, "index.json", limits.max_json);
  if (!index_text) return util::unexpected(where + ": " + index_text.error().message);
  auto index = parse_manifest(*index_text);
  if (!index) return util::unexpected(where + ": index.json: " + index.error().message);
  if (!index->is_index) return util::unexpected(where + ": index.json has no \"manifests\"");
  Manifest current = std::move(*index);
  bool top = true;
  for (int depth = 0;; ++depth) {
    if (depth > 8) return util::unexpected(where + ": indexes nested deeper than 8");
    auto chosen = choose(current, ref.tag, platform, top);
    if (!chosen) return util::unexpected(where + ": " + chosen.error().message);
    auto text = read_blob(dir, *chosen, limits.max_json, "manifest");
    if (!text) return util::unexpected(where + ": " + text.error().message);
    auto next = parse_manifest(*text);
    if (!next) return util::unexpected(where + ": " + next.error().message);
    current = std::move(*next);
    top = false;
    if (!current.is_index) break;
  }
  auto config = read_blob(dir, current.config, limits.max_json, "config");
  if (!config) return util::unexpected(where + ": " + config.error().message);

  ImageSource source;
  source.format = "oci";
  source.config_text = std::move(*config);
  source.annotations = current.annotations;
  for (const auto& d : current.layers) {
    Layer layer;
    layer.digest = d.digest;
    layer.media_type = d.media_type;
    layer.stored_bytes = d.size < 0 ? 0 : static_cast<uint64_t>(d.size);
    source.layers.push_back(layer);
  }
  std::vector<Descriptor> layers = current.layers;
  WalkLimits walk = limits.walk;
  source.walk_layer = [dir, where, layers, walk](std::size_t i, const EntryVisitor& visit) -> util::Result<WalkStats> {
    const Descriptor& d = layers[i];
    auto prefix = util::format("{}: layer {} ({})", where, i, d.digest);
    auto path = blob_path(d.digest);
    if (!path) return util::unexpected(prefix + ": " + path.error().message);
    auto file = open_layout_file(dir, *path);
    if (!file) return util::unexpected(prefix + ": " + file.error().message);
    if (d.size >= 0 && file->size() != static_cast<uint64_t>(d.size)) {
      return util::unexpected(util::format("{}: size {} but descriptor says {}", prefix, file->size(), d.size));
    }
    HashingFileReader reader(file->release(), dir + "/" + *path);
    if (!reader.ok()) return util::unexpected(util::format("{}: cannot read {}", prefix, *path));
    auto stats = walk_archive(reader, walk, visit);
    if (!stats) return util::unexpected(prefix + ": " + stats.error().message);
    auto digest = reader.finish();
    if (!digest) return util::unexpected(prefix + ": " + digest.error().message);
    if ("sha256:" + *digest != d.digest) {
      return util::unexpected(util::format("{}: digest mismatch (content hashes to sha256:{})", prefix, *digest));
    }
    if (d.size >= 0 && reader.bytes() != static_cast<uint64_t>(d.size)) {
      return util::unexpected(util::format("{}: size {} but descriptor says {}", prefix, reader.bytes(), d.size));
    }
    stats->compressed_bytes = reader.bytes();
    return stats;
  };
  return source;
}

}  // namespace plimsoll::image
