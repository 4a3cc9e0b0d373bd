// Work that must stay linear in the image: a docker-archive's layers are each reached from an
// index of the outer tar built once, not by walking the outer tar again per layer.
#include <gtest/gtest.h>

#include "fixtures.h"
#include "image/source.h"

namespace plimsoll::testing_image {
namespace {

// A `docker save` tarball of `layers` one-file layers, written by python3's tarfile.
// Each layer holds `content` in its one file.
fs::path docker_archive(std::size_t layers, const std::string& content = "x") {
  fs::path out = scratch() / ("layers-" + std::to_string(layers) + "-" + content + ".tar");
  const char* script = R"(
import hashlib, io, json, sys, tarfile
def tar_of(members):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as t:
        for name, data in members:
            info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))
    return out.getvalue()
n, path, content = int(sys.argv[1]), sys.argv[2], sys.argv[3].encode()
layers = [tar_of([("file%d" % i, content)]) for i in range(n)]
names = [hashlib.sha256(l).hexdigest() + ".tar" for l in layers]
config = json.dumps({"architecture": "amd64", "os": "linux", "config": {},
                     "rootfs": {"type": "layers", "diff_ids": []}}).encode()
manifest = json.dumps([{"Config": "config.json", "RepoTags": ["app:1"], "Layers": names}]).encode()
open(path, "wb").write(tar_of([("config.json", config)] + list(zip(names, layers)) + [("manifest.json", manifest)]))
)";
  EXPECT_TRUE(shell("python3 -c " + quoted(script) + " " + std::to_string(layers) + " " + quoted(out.string()) + " " +
                    quoted(content)));
  return out;
}

// Headers of the outer tar read to walk every layer once.
uint64_t outer_headers_read(std::size_t layers) {
  image::Reference ref{"docker-archive", docker_archive(layers).string(), ""};
  auto source = image::open_docker_archive(ref, {});
  EXPECT_TRUE(source) << source.error().message;
  if (!source) return 0;
  EXPECT_EQ(source->layers.size(), layers);
  uint64_t headers = 0;
  for (std::size_t i = 0; i < source->layers.size(); ++i) {
    uint64_t files = 0;
    auto stats = source->walk_layer(i, [&](const image::TarEntry& e, image::ByteReader&) -> util::Status {
      EXPECT_EQ(e.path, "file" + std::to_string(i));
      ++files;
      return util::ok();
    });
    EXPECT_TRUE(stats) << stats.error().message;
    if (!stats) return 0;
    EXPECT_EQ(files, 1u);
    headers += stats->outer_entries;
  }
  return headers;
}

TEST(ImageScaling, DockerArchiveLayersAreReachedWithoutRewalkingTheArchive) {
  uint64_t once = outer_headers_read(200);
  uint64_t twice = outer_headers_read(400);
  ASSERT_GT(once, 0u);
  EXPECT_LT(twice, 3 * once) << once << " headers for 200 layers, " << twice << " for 400";
  EXPECT_EQ(once, 200u) << "one header per layer";
}

TEST(ImageScaling, CompressedDockerArchivesAreReadUpToALayerLimit) {
  fs::path plain = docker_archive(3);
  ASSERT_TRUE(shell("gzip -kf " + quoted(plain.string())));
  image::Reference ref{"docker-archive", plain.string() + ".gz", ""};
  auto source = image::open_docker_archive(ref, {});
  ASSERT_TRUE(source) << source.error().message;
  for (std::size_t i = 0; i < 3; ++i) {
    auto stats = source->walk_layer(i, [&](const image::TarEntry& e, image::ByteReader&) -> util::Status {
      EXPECT_EQ(e.path, "file" + std::to_string(i));
      return util::ok();
    });
    EXPECT_TRUE(stats) << stats.error().message;
  }
  image::SourceLimits limits;
  limits.max_compressed_archive_layers = 2;
  auto refused = image::open_docker_archive(ref, limits);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("a compressed archive of 3 layers (over the 2 layer limit for compressed "
                                         "archives); decompress it first"),
            std::string::npos)
      << refused.error().message;
}

TEST(ImageScaling, DockerArchiveChangedAfterItWasIndexedIsAnError) {
  fs::path archive = docker_archive(2);
  image::Reference ref{"docker-archive", archive.string(), ""};
  auto source = image::open_docker_archive(ref, {});
  ASSERT_TRUE(source) << source.error().message;
  // Same sizes, so the same offsets, but other layers under other names.
  fs::copy_file(docker_archive(2, "y"), archive, fs::copy_options::overwrite_existing);
  auto stats = source->walk_layer(0, [](const image::TarEntry&, image::ByteReader&) { return util::ok(); });
  ASSERT_FALSE(stats);
  EXPECT_NE(stats.error().message.find("the archive changed while it was read"), std::string::npos)
      << stats.error().message;
}

TEST(ImageScaling, DockerArchiveMembersAreCapped) {
  image::Reference ref{"docker-archive", docker_archive(3).string(), ""};
  image::SourceLimits limits;
  limits.max_archive_members = 4;  // config, three layers and the manifest make five
  auto refused = image::open_docker_archive(ref, limits);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("more than 4 files and links in the archive (the max_archive_members limit)"),
            std::string::npos)
      << refused.error().message;
  limits.max_archive_members = 5;
  EXPECT_TRUE(image::open_docker_archive(ref, limits));
}

}  // namespace
}  // namespace plimsoll::testing_image
