#include "fixtures.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace plimsoll::testing_image {
namespace {

struct Scratch {
  fs::path path;
  Scratch() {
    path = fs::temp_directory_path() / ("plimsoll-image-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Scratch() {
    // buildah's vfs storage holds read-only directories; make them removable first.
    std::string cmd = "chmod -R u+rwX " + quoted(path.string()) + " 2>/dev/null; rm -rf " + quoted(path.string());
    if (std::system(cmd.c_str()) != 0) std::cerr << "could not remove " << path << "\n";
  }
};

std::string buildah() {
  return "buildah --root " + quoted((scratch() / "storage").string()) + " --runroot " +
         quoted((scratch() / "run").string()) + " --storage-driver vfs";
}

}  // namespace

const fs::path& scratch() {
  static Scratch instance;
  return instance.path;
}

fs::path fresh_dir(const std::string& name) {
  fs::path dir = scratch() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

bool shell(const std::string& command) {
  fs::path log = scratch() / "last-command.log";
  std::string full = "(" + command + ") >" + quoted(log.string()) + " 2>&1";
  int status = std::system(full.c_str());
  if (status == 0) return true;
  std::cerr << "command failed (" << status << "): " << command << "\n";
  std::string show = "cat " + quoted(log.string()) + " >&2";
  if (std::system(show.c_str()) != 0) std::cerr << "(no output)\n";
  return false;
}

bool buildah_build(const fs::path& context, const fs::path& archive, const std::string& name,
                   const std::string& extra_args) {
  return shell(buildah() + " build -q --isolation chroot --layers --format docker " + extra_args + " -t " + name +
               " " + quoted(context.string())) &&
         shell(buildah() + " push -q " + name + " " + quoted("docker-archive:" + archive.string() + ":" + name));
}

bool skopeo_copy(const std::string& from, const std::string& to, const std::string& flags) {
  return shell("skopeo copy -q " + flags + " " + quoted(from) + " " + quoted(to));
}

UmociImage::UmociImage(const fs::path& layout, const std::string& tag)
    : layout_(layout), bundle_(layout.string() + ".bundle"), tag_(tag) {
  fs::remove_all(layout_);
  ok_ = shell("umoci init --layout " + quoted(layout_.string())) &&
        shell("umoci new --image " + quoted(layout_.string() + ":" + tag_)) && unpack();
}

bool UmociImage::unpack() {
  fs::remove_all(bundle_);
  return shell("umoci unpack --rootless --image " + quoted(layout_.string() + ":" + tag_) + " " +
               quoted(bundle_.string()));
}

bool UmociImage::commit(const std::string& created_by) {
  ok_ = ok_ && shell("umoci repack --history.created_by " + quoted(created_by) + " --image " +
                     quoted(layout_.string() + ":" + tag_) + " " + quoted(bundle_.string())) &&
        unpack();
  return ok_;
}

bool UmociImage::config(const std::string& flags) {
  ok_ = ok_ && shell("umoci config " + flags + " --image " + quoted(layout_.string() + ":" + tag_)) && unpack();
  return ok_;
}

bool UmociImage::add_raw_layer(const fs::path& tar) {
  ok_ = ok_ && shell("umoci raw add-layer --image " + quoted(layout_.string() + ":" + tag_) + " " + quoted(tar.string()));
  return ok_;
}

fs::path blob_file(const fs::path& layout, const std::string& digest) {
  return layout / "blobs" / "sha256" / digest.substr(digest.find(':') + 1);
}

}  // namespace plimsoll::testing_image
