// Hostile images: layers no tool writes (crafted with make_hostile_tar.py and added verbatim
// by umoci) and layouts damaged after a real tool wrote them. Each must end in a clear error
// or finding, within 256 MB, writing nothing outside its temporary directory.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <fstream>
#include <functional>

#include "cli_harness.h"
#include "fixtures.h"
#include "image/json.h"
#include "image/loader.h"
#include "session/session.h"
#include "rules/registry.h"
#include "util/file_io.h"

namespace plimsoll::testing_image {
namespace {

// A one-layer image whose layer is the crafted archive `kind`.
std::string crafted(const std::string& kind) {
  fs::path tar = scratch() / (kind + ".tar");
  EXPECT_TRUE(shell("python3 " + quoted(std::string(PLIMSOLL_SOURCE_DIR) + "/tests/image/make_hostile_tar.py") + " " +
                    kind + " " + quoted(tar.string())));
  UmociImage img(scratch() / ("hostile-" + kind), "v1");
  EXPECT_TRUE(img.ok());
  EXPECT_TRUE(img.add_raw_layer(tar));
  fs::remove(tar);
  return img.ref();
}

// A real two-file image, for damaging afterwards.
UmociImage healthy(const std::string& name) {
  UmociImage img(scratch() / name, "v1");
  std::ofstream(img.rootfs() / "data.txt") << std::string(20000, 'd');
  EXPECT_TRUE(img.commit("COPY data.txt /"));
  return img;
}

std::string layer_blob(const UmociImage& img) {
  auto index = util::read_file((img.layout() / "index.json").string());
  auto top = image::parse_manifest(*index);
  auto manifest = util::read_file(blob_file(img.layout(), top->manifests.at(0).digest).string());
  return blob_file(img.layout(), image::parse_manifest(*manifest)->layers.at(0).digest).string();
}

// Runs the CLI from an empty directory; checks that it stays empty and the child's peak RSS.
testing_cli::CliRun audit(const std::string& ref) {
  fs::path cwd = fresh_dir("cwd-" + std::to_string(std::hash<std::string>{}(ref)));
  auto run = testing_cli::run("image " + quoted(ref), "cd " + quoted(cwd.string()) + " && NO_COLOR=1");
  EXPECT_TRUE(fs::is_empty(cwd)) << "the audit wrote into its working directory";
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  EXPECT_LT(usage.ru_maxrss, 256 * 1024) << "peak RSS in kB of the largest child so far";
  return run;
}

void expect_error(const testing_cli::CliRun& run, const std::string& text) {
  EXPECT_EQ(run.exit_code, 2) << run.out;
  EXPECT_NE(run.out.find(text), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("layer"), std::string::npos) << "the error names the layer: " << run.out;
}

TEST(ImageHostile, DotDotNameIsRefused) {
  expect_error(audit(crafted("dotdot")), "climbs out with '..'");
  EXPECT_FALSE(fs::exists(scratch().parent_path() / "escaped-by-dotdot"));
}

TEST(ImageHostile, AbsoluteNameIsRefused) {
  expect_error(audit(crafted("absolute")), "absolute name '/tmp/escaped-absolute'");
  EXPECT_FALSE(fs::exists("/tmp/escaped-absolute"));
}

TEST(ImageHostile, HardLinkToMissingTargetIsRefused) {
  expect_error(audit(crafted("hardlink-missing")), "hard link 'usr/bin/tool' to missing target");
}

TEST(ImageHostile, SymlinkLoopIsAFindingNotAHang) {
  auto image = image::load_image(crafted("symlink-loop"));
  ASSERT_TRUE(image) << image.error().message;
  auto resolved = image->files.resolve("/usr/local/bin/probe");
  ASSERT_FALSE(resolved);
  EXPECT_NE(resolved.error().message.find("symlink loop"), std::string::npos);
  image->config.healthcheck = std::vector<std::string>{"CMD", "/usr/local/bin/probe"};
  auto findings =
      session::check_image(*image, image->reference, rules::RuleSettings::defaults(), {rules::find_rule("IM004")}).findings;
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("symlink loop"), std::string::npos) << findings[0].message;
}

TEST(ImageHostile, DecompressionBombStopsEarly) {
  std::string gzip_ref = crafted("zeros");
  // umoci's gzip stays under 1000:1 for zeros; zstd at level 19 goes far beyond.
  fs::path zstd = scratch() / "bomb-zstd";
  ASSERT_TRUE(skopeo_copy(gzip_ref, "oci:" + zstd.string() + ":v1", "--dest-compress-format zstd --dest-compress-level 19"));
  expect_error(audit("oci:" + zstd.string() + ":v1"), "decompression bomb");
}

TEST(ImageHostile, TruncatedLayerIsAnError) {
  UmociImage img = healthy("truncated");
  std::string blob = layer_blob(img);
  fs::resize_file(blob, fs::file_size(blob) / 2);
  auto run = audit(img.ref());
  EXPECT_EQ(run.exit_code, 2) << run.out;
  EXPECT_NE(run.out.find("layer 0"), std::string::npos) << run.out;
}

TEST(ImageHostile, CorruptLayerIsAnError) {
  UmociImage img = healthy("corrupt");
  std::string blob = layer_blob(img);
  {
    std::fstream f(blob, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(fs::file_size(blob) / 2));
    f.write("\xde\xad\xbe\xef\xde\xad\xbe\xef", 8);
  }
  auto run = audit(img.ref());
  EXPECT_EQ(run.exit_code, 2) << run.out;
  EXPECT_NE(run.out.find("layer 0"), std::string::npos) << run.out;
}

TEST(ImageHostile, OverlongEntryNameIsRefusedAtTheLimit) {
  expect_error(audit(crafted("long-name")), "name is 100002 bytes, over the 4096 byte limit (max_path_bytes)");
}

// Replaces the layer blob of a fresh image with what `make` puts at its path; the real blob
// is moved out of the layout to `original`.
std::string with_layer_blob(const std::string& name,
                            const std::function<void(const std::string& blob, const fs::path& original)>& make) {
  UmociImage img = healthy(name);
  std::string blob = layer_blob(img);
  fs::path original = scratch() / (name + "-original-blob");
  fs::rename(blob, original);
  make(blob, original);
  return img.ref();
}

TEST(ImageHostile, LayerBlobThatIsAFifoIsRefusedWithoutBlocking) {
  auto ref = with_layer_blob("fifo", [](const std::string& blob, const fs::path&) { ASSERT_EQ(::mkfifo(blob.c_str(), 0644), 0); });
  expect_error(audit(ref), "is a FIFO; the layout's files must be regular files inside it");
}

TEST(ImageHostile, LayerBlobLinkedToADeviceIsRefused) {
  auto ref = with_layer_blob("zero", [](const std::string& blob, const fs::path&) { fs::create_symlink("/dev/zero", blob); });
  expect_error(audit(ref), "is a symlink to /dev/zero");
}

TEST(ImageHostile, LayerBlobLinkedOutsideTheLayoutIsRefusedEvenWithTheRightBytes) {
  fs::path outside;
  auto ref = with_layer_blob("outside", [&](const std::string& blob, const fs::path& original) {
    outside = original;
    fs::create_symlink(original, blob);
  });
  expect_error(audit(ref), "is a symlink to " + outside.string());
}

TEST(ImageHostile, BlobDirectoryLinkedOutsideTheLayoutIsRefused) {
  UmociImage img = healthy("linked-dir");
  fs::path blobs = img.layout() / "blobs" / "sha256";
  fs::path moved = scratch() / "moved-blobs";
  fs::rename(blobs, moved);
  fs::create_directory_symlink(moved, blobs);
  auto run = audit(img.ref());
  EXPECT_EQ(run.exit_code, 2) << run.out;
  EXPECT_NE(run.out.find(": blobs/sha256 is a symlink to " + moved.string() + ";"), std::string::npos) << run.out;
}

TEST(ImageHostile, MissingBlobIsAnError) {
  UmociImage img = healthy("missing");
  fs::remove(layer_blob(img));
  expect_error(audit(img.ref()), "is missing");
}

TEST(ImageHostile, DigestMismatchIsAnError) {
  UmociImage img = healthy("mismatch");
  // Another gzip modification time (bytes 4 to 7 of the header): the same size and the same
  // tar inside, so it reads fine and only the digest tells.
  std::string blob = layer_blob(img);
  {
    std::fstream f(blob, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4);
    f.write("\x01\x02\x03\x04", 4);
  }
  expect_error(audit(img.ref()), "digest mismatch");
}

TEST(ImageHostile, BlobOfAnotherSizeIsRefusedBeforeItIsRead) {
  UmociImage img = healthy("resized");
  UmociImage other = healthy("resized-other");
  std::ofstream(other.rootfs() / "other.txt") << "different";
  ASSERT_TRUE(other.commit("COPY other.txt /"));
  std::string blob = layer_blob(img);
  auto index = util::read_file((other.layout() / "index.json").string());
  auto manifest = util::read_file(blob_file(other.layout(), image::parse_manifest(*index)->manifests.at(0).digest).string());
  auto layers = image::parse_manifest(*manifest)->layers;
  fs::copy_file(blob_file(other.layout(), layers.back().digest), blob, fs::copy_options::overwrite_existing);
  expect_error(audit(img.ref()), "but descriptor says");
}

TEST(ImageHostile, OversizedConfigIsRefused) {
  UmociImage img = healthy("oversized");
  std::string labels;
  for (int i = 0; i < 40; ++i) labels += " --config.label " + quoted("note" + std::to_string(i) + "=" + std::string(1000, 'n'));
  ASSERT_TRUE(img.config(labels));  // a 40 kB config; index and manifest stay small
  image::LoadOptions options;
  options.limits.max_json = 20000;
  auto image = image::load_image(img.ref(), options);
  ASSERT_FALSE(image);
  EXPECT_NE(image.error().message.find("over the 20000 byte limit"), std::string::npos) << image.error().message;
}

TEST(ImageHostile, MissingImageAndTagAreErrors) {
  auto run = testing_cli::run("image " + quoted((scratch() / "nothing-here").string()));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("no such image"), std::string::npos) << run.out;
  UmociImage img = healthy("tags");
  auto tag = testing_cli::run("image " + quoted("oci:" + img.layout().string() + ":nope"));
  EXPECT_EQ(tag.exit_code, 2);
  EXPECT_NE(tag.out.find("no manifest tagged 'nope'"), std::string::npos) << tag.out;
}

}  // namespace
}  // namespace plimsoll::testing_image
