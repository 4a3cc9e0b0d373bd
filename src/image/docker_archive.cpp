// `docker save` / `podman save` tarballs: manifest.json names the config and the layer files,
// which may be symlinks inside the archive. Layers are walked straight out of the outer tar.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>

#include "image/digest.h"
#include "image/json.h"
#include "image/source.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::image {
namespace {

// "a/b/../c" → "a/c" for names inside the outer archive (never leaves its root).
std::string clean(const std::string& dir, const std::string& name) {
  std::string joined = name.starts_with("/") ? name.substr(1) : (dir.empty() ? name : dir + "/" + name);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t slash = joined.find('/', start);
    std::string part = joined.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

std::string resolve_links(const std::map<std::string, std::string>& links, std::string name) {
  for (int hops = 0; hops < 16; ++hops) {
    auto it = links.find(name);
    if (it == links.end()) break;
    name = it->second;
  }
  return name;
}

// The digest a layer file's own name promises: `<hex>.tar`, `blobs/sha256/<hex>`.
std::string digest_in_name(const std::string& name) {
  std::string base(util::basename(name));
  if (base.ends_with(".tar")) base.resize(base.size() - 4);
  if (base.size() == 64 && base.find_first_not_of("0123456789abcdef") == std::string::npos) return base;
  return {};
}

// What the first walk of the outer tar learned: where each member's headers start, and the
// links between members. Later reads go straight to a member instead of walking the tar again.
struct OuterIndex {
  std::string file;
  bool compressed = false;  // offsets are then in the decompressed stream, which cannot seek
  std::map<std::string, int64_t> offsets;
  std::map<std::string, std::string> links;
};

// Names longer than this are no member a manifest would name; they are not indexed.
constexpr std::size_t kMaxMemberName = 4096;

// Walks the regular-file member `name` alone: from its offset in a plain tar, else (a
// compressed outer tar) by walking the archive up to it.
util::Result<WalkStats> walk_member(const OuterIndex& index, const std::string& name, const WalkLimits& limits,
                                    const EntryVisitor& visit) {
  auto at = index.offsets.find(name);
  if (at == index.offsets.end()) return util::unexpected(std::string("missing from the archive"));
  // The archive may have changed since it was indexed: the entry found must still be `name`.
  auto same = [&](const TarEntry& e, ByteReader& data) -> util::Status {
    if (e.type != EntryType::kFile || clean("", e.path) != name) {
      return util::unexpected(util::format("the archive changed while it was read (offset {} holds '{}')", at->second, e.path));
    }
    return visit(e, data);
  };
  if (!index.compressed) return walk_archive_entry_at(index.file, at->second, limits, same);
  bool found = false;
  auto stats = walk_archive_file(index.file, limits, [&](const TarEntry& e, ByteReader& data) -> util::Status {
    if (found || e.header_offset != at->second) return util::ok();
    found = true;
    return same(e, data);
  });
  if (stats && !found) return util::unexpected(std::string("missing from the archive"));
  return stats;
}

}  // namespace

util::Result<ImageSource> open_docker_archive(const Reference& ref, const SourceLimits& limits) {
  std::string file = ref.path;
  std::string where = "docker-archive:" + file;
  if (!std::filesystem::is_regular_file(file)) return util::unexpected(where + ": not a file");
  OuterIndex index;
  std::string manifest_text;
  auto first = walk_archive_file(file, limits.walk, [&](const TarEntry& e, ByteReader& data) -> util::Status {
    if (e.path.size() > kMaxMemberName || e.link.size() > kMaxMemberName) return util::ok();  // no manifest names it
    bool member = e.type == EntryType::kSymlink || e.type == EntryType::kHardlink || e.type == EntryType::kFile;
    if (member && index.offsets.size() + index.links.size() >= limits.max_archive_members) {
      return util::unexpected(util::format("more than {} files and links in the archive (the max_archive_members limit)",
                                           limits.max_archive_members));
    }
    std::string name = clean("", e.path);
    if (e.type == EntryType::kSymlink) {
      std::size_t slash = name.rfind('/');
      index.links[name] = clean(slash == std::string::npos ? "" : name.substr(0, slash), e.link);
    } else if (e.type == EntryType::kHardlink) {
      index.links[name] = clean("", e.link);
    } else if (e.type == EntryType::kFile) {
      index.offsets[name] = e.header_offset;
      if (name == "manifest.json") {
        auto text = read_all(data, limits.max_json);
        if (!text) return util::unexpected("manifest.json: " + text.error().message);
        manifest_text = std::move(*text);
      }
    }
    return util::ok();
  });
  if (!first) return util::unexpected(where + ": " + first.error().message);
  index.file = file;
  index.compressed = first->compressed;
  if (manifest_text.empty()) return util::unexpected(where + ": no manifest.json in the archive");
  auto images = parse_archive_manifest(manifest_text);
  if (!images) return util::unexpected(where + ": " + images.error().message);
  const ArchiveImage* chosen = nullptr;
  for (const auto& image : *images) {
    bool tagged = ref.tag.empty();
    for (const auto& t : image.repo_tags) tagged = tagged || t == ref.tag || t.ends_with("/" + ref.tag);
    if (!tagged) continue;
    if (chosen != nullptr) return util::unexpected(where + ": several images in the archive; name one with :TAG");
    chosen = &image;
  }
  if (chosen == nullptr) return util::unexpected(where + ": no image tagged '" + ref.tag + "' in manifest.json");

  std::string config_name = resolve_links(index.links, clean("", chosen->config));
  std::string config_text;
  auto second = walk_member(index, config_name, limits.walk, [&](const TarEntry& e, ByteReader& data) -> util::Status {
    if (e.size > static_cast<int64_t>(limits.max_json)) {
      return util::unexpected(util::format("{} bytes, over the {} byte limit", e.size, limits.max_json));
    }
    auto text = read_all(data, limits.max_json);
    if (!text) return util::unexpected(text.error());
    config_text = std::move(*text);
    return util::ok();
  });
  if (!second) return util::unexpected(where + ": config " + config_name + ": " + second.error().message);
  std::string hex = digest_in_name(config_name);
  if (!hex.empty() && sha256_hex(config_text) != hex) {
    return util::unexpected(where + ": config " + config_name + ": digest mismatch");
  }

  if (index.compressed && chosen->layers.size() > limits.max_compressed_archive_layers) {
    return util::unexpected(util::format(
        "{}: a compressed archive of {} layers (over the {} layer limit for compressed archives); decompress it first",
        where, chosen->layers.size(), limits.max_compressed_archive_layers));
  }
  ImageSource source;
  source.format = "docker-archive";
  source.config_text = std::move(config_text);
  std::vector<std::string> names;
  for (const auto& l : chosen->layers) {
    names.push_back(resolve_links(index.links, clean("", l)));
    Layer layer;
    std::string h = digest_in_name(names.back());
    layer.digest = h.empty() ? names.back() : "sha256:" + h;
    layer.media_type = "application/vnd.docker.image.rootfs.diff.tar";
    source.layers.push_back(layer);
  }
  WalkLimits walk = limits.walk;
  // The index is shared by every walk of a layer (the loader may walk one again).
  auto shared = std::make_shared<const OuterIndex>(std::move(index));
  source.walk_layer = [shared, where, names, walk](std::size_t i, const EntryVisitor& visit) -> util::Result<WalkStats> {
    std::string prefix = util::format("{}: layer {} ({})", where, i, names[i]);
    std::optional<WalkStats> inner;
    std::optional<util::Error> failure;
    auto outer = walk_member(*shared, names[i], walk, [&](const TarEntry&, ByteReader& data) -> util::Status {
      HashingReader hashing(data);
      auto stats = walk_archive(hashing, walk, visit);
      // Kept beside the walk's own error so the message names the layer, not the outer tar.
      auto failed = [&](util::Error error) {
        failure = error;
        return util::unexpected(std::move(error));
      };
      if (!stats) return failed(stats.error());
      auto digest = hashing.finish();
      if (!digest) return failed(digest.error());
      std::string expected = digest_in_name(names[i]);
      if (!expected.empty() && *digest != expected) {
        return failed(util::Error{"digest mismatch (content hashes to sha256:" + *digest + ")"});
      }
      stats->compressed_bytes = hashing.bytes();
      inner = *stats;
      return util::ok();
    });
    if (failure) return util::unexpected(prefix + ": " + failure->message);
    if (!outer) return util::unexpected(prefix + ": " + outer.error().message);
    if (!inner) return util::unexpected(prefix + ": missing from the archive");
    inner->outer_entries = outer->entries;
    return *inner;
  };
  return source;
}

Reference parse_reference(const std::string& text) {
  Reference ref;
  std::string rest = text;
  for (std::string format : {"oci", "docker-archive"}) {
    if (text.starts_with(format + ":")) {
      ref.format = format;
      rest = text.substr(format.size() + 1);
    }
  }
  // A trailing `:TAG` holds no slash; `DIR:TAG` splits at the last colon only then.
  std::size_t colon = rest.rfind(':');
  if (!ref.format.empty() && colon != std::string::npos && rest.find('/', colon) == std::string::npos &&
      colon + 1 < rest.size() && !std::filesystem::exists(rest)) {
    ref.tag = rest.substr(colon + 1);
    rest.resize(colon);
  }
  ref.path = rest;
  return ref;
}

util::Result<ImageSource> open_source(const Reference& ref, const std::string& platform, const SourceLimits& limits) {
  if (ref.format == "oci") return open_oci(ref, platform, limits);
  if (ref.format == "docker-archive") return open_docker_archive(ref, limits);
  std::error_code ec;
  if (std::filesystem::is_directory(ref.path, ec)) return open_oci(ref, platform, limits);
  if (std::filesystem::is_regular_file(ref.path, ec)) return open_docker_archive(ref, limits);
  return util::unexpected(ref.path + ": no such image (expected an OCI layout directory or a docker-archive file)");
}

}  // namespace plimsoll::image
