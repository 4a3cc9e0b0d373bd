// Builds test images with real tools (buildah, umoci, skopeo, python3's tarfile for hostile
// archives) under one temporary directory per test process, removed when the process ends.
#pragma once

#include <filesystem>
#include <string>

namespace plimsoll::testing_image {

namespace fs = std::filesystem;

// The process's scratch directory (created on first use).
const fs::path& scratch();
// A fresh, empty directory under scratch().
fs::path fresh_dir(const std::string& name);
// Single-quotes `text` for /bin/sh.
std::string quoted(const std::string& text);
// Runs `command` with /bin/sh; on failure prints it and its output to stderr. True on exit 0.
bool shell(const std::string& command);

// `buildah build --isolation chroot --storage-driver vfs --layers --format docker` of the
// Dockerfile in `context`, pushed to a docker-archive at `archive` (tag `name`).
bool buildah_build(const fs::path& context, const fs::path& archive, const std::string& name,
                   const std::string& extra_args = "");
// skopeo copy between transports ("oci:…", "docker-archive:…"), with extra flags.
bool skopeo_copy(const std::string& from, const std::string& to, const std::string& flags = "");

// An OCI layout built with umoci, one layer per repack.
class UmociImage {
 public:
  UmociImage(const fs::path& layout, const std::string& tag);
  std::string ref() const { return "oci:" + layout_.string() + ":" + tag_; }
  const fs::path& layout() const { return layout_; }
  // The root file system to edit before the next commit().
  fs::path rootfs() const { return bundle_ / "rootfs"; }
  bool commit(const std::string& created_by);  // repack as a new layer
  bool config(const std::string& flags);       // umoci config …
  bool add_raw_layer(const fs::path& tar);     // umoci raw add-layer (verbatim tar)
  bool ok() const { return ok_; }

 private:
  bool unpack();
  fs::path layout_;
  fs::path bundle_;
  std::string tag_;
  bool ok_ = false;
};

// The blob file a descriptor digest names: layout/blobs/sha256/<hex>.
fs::path blob_file(const fs::path& layout, const std::string& digest);

}  // namespace plimsoll::testing_image
