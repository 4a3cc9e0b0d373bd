// The image reader on images built by real tools: a root and a non-root image (umoci), a key
// left in a deleted layer, a curl healthcheck without its libraries and an ELF one with them
// (buildah), gzip, zstd and uncompressed layers (skopeo), a multi-platform index (buildah
// manifest), the SBOM and the per-layer summary of the CLI.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "cli_harness.h"
#include "fixtures.h"
#include "image/loader.h"
#include "rules/registry.h"
#include "session/session.h"
#include "image/summary.h"
#include "image/users.h"
#include "image_cases.h"
#include "rules/image/image_context.h"
#include "rules/registry.h"

namespace plimsoll::testing_image {
namespace {

void write(const fs::path& path, const std::string& text, fs::perms perms = fs::perms::owner_read | fs::perms::owner_write) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
  fs::permissions(path, perms);
}

std::vector<std::string> ids_of(const image::Image& image) {
  std::vector<std::string> out;
  for (const auto& f : session::check_image(image, image.reference, rules::RuleSettings::defaults()).findings) {
    out.emplace_back(f.rule_id);
  }
  return out;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<std::string> messages_of(const image::Image& image, const std::string& id) {
  std::vector<std::string> out;
  auto report = session::check_image(image, image.reference, rules::RuleSettings::defaults(), {rules::find_rule(id)});
  for (const auto& f : report.findings) out.push_back(f.message);
  return out;
}

const char* kPasswd = "root:x:0:0:root:/root:/sbin/nologin\napp:x:10001:10001::/app:/sbin/nologin\n";

TEST(ImageFixtures, RootImageFromUmoci) {
  UmociImage img(scratch() / "root-oci", "v1");
  ASSERT_TRUE(img.ok());
  write(img.rootfs() / "etc/passwd", kPasswd);
  ASSERT_TRUE(img.commit("COPY passwd /etc/passwd"));
  auto image = image::load_image(img.ref());
  ASSERT_TRUE(image) << image.error().message;
  EXPECT_EQ(image->format, "oci");
  ASSERT_EQ(image->layers.size(), 1u);
  EXPECT_TRUE(image->layers[0].compressed);
  EXPECT_EQ(image->layers[0].history, 0);
  EXPECT_TRUE(image->files.current("etc/passwd"));
  EXPECT_TRUE(image::resolve_user(*image).root());
  EXPECT_TRUE(has(ids_of(*image), "IM001"));
}

TEST(ImageFixtures, NonRootImageResolvesThroughItsPasswd) {
  UmociImage img(scratch() / "nonroot-oci", "v1");
  ASSERT_TRUE(img.ok());
  write(img.rootfs() / "etc/passwd", kPasswd);
  write(img.rootfs() / "etc/group", "root:x:0:\napp:x:10001:\n");
  ASSERT_TRUE(img.commit("COPY passwd group /etc/"));
  ASSERT_TRUE(img.config("--config.user app:app --config.workingdir /app"));
  auto image = image::load_image(img.ref());
  ASSERT_TRUE(image) << image.error().message;
  auto user = image::resolve_user(*image);
  EXPECT_EQ(user.uid, 10001);
  EXPECT_EQ(user.gid, 10001);
  EXPECT_TRUE(user.unknown.empty());
  auto ids = ids_of(*image);
  EXPECT_FALSE(has(ids, "IM001"));
  EXPECT_FALSE(has(ids, "IM002"));
}

TEST(ImageFixtures, SecretInADeletedLayerIsStillFound) {
  UmociImage img(scratch() / "deleted-secret", "v1");
  ASSERT_TRUE(img.ok());
  write(img.rootfs() / "root/.ssh/id_rsa", std::string(3000, 'k'));
  write(img.rootfs() / "app/main", "program\n");
  ASSERT_TRUE(img.commit("COPY id_rsa /root/.ssh/id_rsa"));
  fs::remove(img.rootfs() / "root/.ssh/id_rsa");
  ASSERT_TRUE(img.commit("RUN rm /root/.ssh/id_rsa"));
  auto image = image::load_image(img.ref());
  ASSERT_TRUE(image) << image.error().message;
  ASSERT_EQ(image->layers.size(), 2u);
  EXPECT_EQ(image->files.current("root/.ssh/id_rsa"), nullptr) << "the whiteout hides the key";
  const image::FileHistory* history = image->files.history("root/.ssh/id_rsa");
  ASSERT_NE(history, nullptr);
  ASSERT_EQ(history->versions.size(), 2u);
  EXPECT_EQ(history->versions[0].size, 3000u);
  EXPECT_TRUE(history->versions[1].deleted);
  EXPECT_EQ(history->versions[1].layer, 1u);
  auto summary = image::summarize_layers(*image);
  EXPECT_EQ(summary[0].wasted_bytes, 3000u);
  EXPECT_EQ(summary[0].largest_wasted, "root/.ssh/id_rsa");
  auto messages = messages_of(*image, "IM006");
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_NE(messages[0].find("deleted by layer 1"), std::string::npos) << messages[0];
}

TEST(ImageFixtures, GzipZstdAndUncompressedLayersReadAlike) {
  UmociImage img(scratch() / "gzip", "v1");
  ASSERT_TRUE(img.ok());
  write(img.rootfs() / "usr/bin/ping", "ping\n", fs::perms::owner_all | fs::perms::set_uid);
  write(img.rootfs() / "etc/app.conf", "a=1\n");
  ASSERT_TRUE(img.commit("COPY . /"));
  fs::path zstd = scratch() / "zstd";
  fs::path archive = scratch() / "plain.tar";
  ASSERT_TRUE(skopeo_copy(img.ref(), "oci:" + zstd.string() + ":v1", "--dest-compress-format zstd"));
  ASSERT_TRUE(skopeo_copy(img.ref(), "docker-archive:" + archive.string() + ":v1"));
  auto gz = image::load_image(img.ref());
  auto zs = image::load_image("oci:" + zstd.string() + ":v1");
  auto plain = image::load_image(archive.string());  // detected as a docker-archive
  ASSERT_TRUE(gz) << gz.error().message;
  ASSERT_TRUE(zs) << zs.error().message;
  ASSERT_TRUE(plain) << plain.error().message;
  EXPECT_NE(zs->layers[0].media_type.find("zstd"), std::string::npos) << zs->layers[0].media_type;
  EXPECT_TRUE(zs->layers[0].compressed);
  EXPECT_FALSE(plain->layers[0].compressed);
  EXPECT_EQ(plain->format, "docker-archive");
  for (const auto* image : {&*gz, &*zs, &*plain}) {
    const image::FileVersion* ping = image->files.current("usr/bin/ping");
    ASSERT_NE(ping, nullptr);
    EXPECT_EQ(ping->mode & 04000u, 04000u);
    EXPECT_EQ(image->files.path_count(), gz->files.path_count());
    EXPECT_TRUE(has(ids_of(*image), "IM009"));
  }
}

// Copies a host program and, optionally, what `ldd` says it needs into a build context.
fs::path program_context(const std::string& name, const std::string& program, bool with_libraries,
                         const std::string& healthcheck) {
  fs::path ctx = fresh_dir(name);
  fs::create_directories(ctx / "root/usr/bin");
  EXPECT_TRUE(shell("cp " + quoted(program) + " " + quoted((ctx / "root/usr/bin").string())));
  if (with_libraries) {
    EXPECT_TRUE(shell("for lib in $(ldd " + quoted(program) +
                      " | grep -o '/[^ ]*'); do mkdir -p " + quoted((ctx / "root").string()) +
                      "$(dirname $lib) && cp -L $lib " + quoted((ctx / "root").string()) + "$lib; done"));
  }
  std::ofstream(ctx / "Dockerfile") << "FROM scratch\nCOPY root/ /\nHEALTHCHECK " << healthcheck << "\n";
  return ctx;
}

TEST(ImageFixtures, CurlHealthcheckWithoutItsLibrariesIsBroken) {
  fs::path ctx = program_context("curl", "/usr/bin/curl", false, "CMD [\"curl\", \"-f\", \"http://localhost/\"]");
  auto image = build_and_load(ctx, "curl-broken");
  ASSERT_TRUE(image);
  auto messages = messages_of(*image, "IM004");
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_NE(messages[0].find("libcurl.so.4"), std::string::npos) << messages[0];
  EXPECT_NE(messages[0].find("ld-linux"), std::string::npos) << messages[0];
}

TEST(ImageFixtures, ElfHealthcheckWithItsLibrariesResolves) {
  fs::path ctx = program_context("true", "/usr/bin/true", true, "CMD [\"/usr/bin/true\"]");
  auto image = build_and_load(ctx, "true-complete");
  ASSERT_TRUE(image);
  EXPECT_TRUE(messages_of(*image, "IM004").empty());
}

TEST(ImageFixtures, MultiPlatformIndexNeedsAPlatform) {
  fs::path ctx = fresh_dir("multi");
  std::ofstream(ctx / "Dockerfile") << "FROM scratch\nCOPY app /app\n";
  std::ofstream(ctx / "app") << "app\n";
  std::string b = "buildah --root " + quoted((scratch() / "storage").string()) + " --runroot " +
                  quoted((scratch() / "run").string()) + " --storage-driver vfs";
  fs::path layout = scratch() / "multi-oci";
  ASSERT_TRUE(shell(b + " manifest create multi-list"));
  for (std::string arch : {"amd64", "arm64"}) {
    ASSERT_TRUE(shell(b + " build -q --isolation chroot --arch " + arch + " --manifest multi-list " + quoted(ctx.string())));
  }
  ASSERT_TRUE(shell(b + " manifest push -q --all multi-list " + quoted("oci:" + layout.string() + ":multi")));
  auto ambiguous = image::load_image("oci:" + layout.string() + ":multi");
  ASSERT_FALSE(ambiguous);
  EXPECT_NE(ambiguous.error().message.find("linux/arm64"), std::string::npos) << ambiguous.error().message;
  image::LoadOptions options;
  options.platform = "linux/arm64";
  auto arm = image::load_image("oci:" + layout.string() + ":multi", options);
  ASSERT_TRUE(arm) << arm.error().message;
  EXPECT_EQ(arm->config.architecture, "arm64");
  EXPECT_TRUE(arm->files.current("app"));
}

TEST(ImageFixtures, SbomListsOsAndLanguagePackages) {
  UmociImage img(scratch() / "sbom", "v1");
  ASSERT_TRUE(img.ok());
  write(img.rootfs() / "var/lib/dpkg/status",
        "Package: libc6\nStatus: install ok installed\nVersion: 2.36-9\n\nPackage: gone\nStatus: deinstall ok config-files\nVersion: 1\n");
  write(img.rootfs() / "lib/apk/db/installed", "P:musl\nV:1.2.4-r2\n\n");
  write(img.rootfs() / "usr/lib/python3/site-packages/requests-2.31.0.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: requests\nVersion: 2.31.0\n\nlong description\n");
  write(img.rootfs() / "app/node_modules/left-pad/package.json", "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}\n");
  write(img.rootfs() / "app/node_modules/@scope/pkg/package.json", "{\"name\": \"@scope/pkg\", \"version\": \"2.0.0\"}\n");
  write(img.rootfs() / "app/node_modules/left-pad/lib/package.json", "{\"name\": \"not-a-package\"}\n");
  ASSERT_TRUE(img.commit("COPY . /"));
  auto run = testing_cli::run("image --sbom " + quoted(img.ref()));
  ASSERT_EQ(run.exit_code, 0) << run.out;
  auto doc = nlohmann::json::parse(run.out);
  EXPECT_EQ(doc["bomFormat"], "CycloneDX");
  std::set<std::string> purls;
  for (const auto& c : doc["components"]) purls.insert(c["purl"].get<std::string>());
  EXPECT_EQ(purls, (std::set<std::string>{"pkg:deb/libc6@2.36-9", "pkg:apk/musl@1.2.4-r2", "pkg:pypi/requests@2.31.0",
                                          "pkg:npm/left-pad@1.3.0", "pkg:npm/@scope/pkg@2.0.0"}));
}

// -o writes through the atomic writer: a planted symlink is refused, a failed write is exit 2.
TEST(ImageFixtures, SbomOutputFileErrorsAreExitTwo) {
  UmociImage img(scratch() / "sbom-out", "v1");
  ASSERT_TRUE(img.ok());
  write(img.rootfs() / "var/lib/dpkg/status", "Package: libc6\nStatus: install ok installed\nVersion: 2.36-9\n");
  ASSERT_TRUE(img.commit("COPY . /"));
  fs::path out = scratch() / "sbom-out-files";
  fs::create_directories(out);
  write(out / "victim", "victim\n");
  fs::create_symlink(out / "victim", out / "sbom.json");
  auto linked = testing_cli::run("image --sbom -o " + quoted((out / "sbom.json").string()) + " " + quoted(img.ref()));
  EXPECT_EQ(linked.exit_code, 2) << linked.out;
  EXPECT_NE(linked.out.find("is a symlink"), std::string::npos) << linked.out;
  auto missing = testing_cli::run("image --sbom -o " + quoted((out / "no/such/dir/sbom.json").string()) + " " + quoted(img.ref()));
  EXPECT_EQ(missing.exit_code, 2) << missing.out;
  EXPECT_NE(missing.out.find("no/such/dir"), std::string::npos) << missing.out;
  auto full = testing_cli::run("image --sbom " + quoted(img.ref()) + " >/dev/full");
  EXPECT_EQ(full.exit_code, 2) << "a full standard output is an error";
  for (const char* stdout_name : {"-", "/dev/stdout"}) {
    auto piped = testing_cli::run("image --sbom -o " + std::string(stdout_name) + " " + quoted(img.ref()));
    EXPECT_EQ(piped.exit_code, 0) << stdout_name << ": " << piped.out;
    EXPECT_NE(piped.out.find("\"bomFormat\""), std::string::npos) << stdout_name << ": " << piped.out;
  }
  auto written = testing_cli::run("image --sbom -o " + quoted((out / "bom.json").string()) + " " + quoted(img.ref()));
  EXPECT_EQ(written.exit_code, 0) << written.out;
  std::ifstream victim(out / "victim");
  std::string text((std::istreambuf_iterator<char>(victim)), {});
  EXPECT_EQ(text, "victim\n");
  std::ifstream bom(out / "bom.json");
  EXPECT_TRUE(nlohmann::json::accept(std::string((std::istreambuf_iterator<char>(bom)), {})));
}

TEST(ImageFixtures, TextReportEndsWithTheLayerSummary) {
  UmociImage img(scratch() / "summary", "v1");
  ASSERT_TRUE(img.ok());
  write(img.rootfs() / "data/blob", std::string(5000, 'x'));
  ASSERT_TRUE(img.commit("COPY blob /data/blob"));
  write(img.rootfs() / "data/blob", "y");
  ASSERT_TRUE(img.commit("COPY small /data/blob"));
  auto run = testing_cli::run("image --fail-on none " + quoted(img.ref()));
  EXPECT_EQ(run.exit_code, 0) << run.out;
  EXPECT_NE(run.out.find("2 layers of " + img.ref()), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("5.0 kB  COPY blob /data/blob"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("COPY small /data/blob"), std::string::npos) << run.out;
  auto json = testing_cli::run("image --format json --fail-on none " + quoted(img.ref()));
  EXPECT_EQ(json.out.find("layers of"), std::string::npos) << "machine formats carry no summary";
  EXPECT_TRUE(nlohmann::json::accept(json.out)) << json.out;
}

}  // namespace
}  // namespace plimsoll::testing_image
