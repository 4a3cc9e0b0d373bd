#include "knowledge/hardened_images.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace plimsoll::knowledge {
namespace {

bool has(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST(HardenedImages, MatchByRepositoryWhateverTheRegistryTagOrDigest) {
  for (const char* ref : {"postgres", "postgres:16", "library/postgres:16.4-bookworm", "docker.io/library/postgres:16",
                          "mirror.gcr.io/library/postgres:17@sha256:0123", "POSTGRES:16"}) {
    const HardenedImage* image = hardened_image(ref);
    ASSERT_NE(image, nullptr) << ref;
    EXPECT_TRUE(has(image->names, "postgres")) << ref;
  }
  EXPECT_EQ(image_repository("localhost:5000/team/api:1.2"), "team/api");
  EXPECT_EQ(image_repository("docker.elastic.co/elasticsearch/elasticsearch:8.15.0"), "elasticsearch/elasticsearch");
  ASSERT_NE(hardened_image("docker.elastic.co/elasticsearch/elasticsearch:8.15.0"), nullptr);
  ASSERT_NE(hardened_image("nginxinc/nginx-unprivileged:1.27-alpine"), nullptr);
  // Another publisher's build of the same software is another image.
  EXPECT_EQ(hardened_image("bitnami/postgresql:16"), nullptr);
  EXPECT_EQ(hardened_image("myorg/postgres:16"), nullptr);
  EXPECT_EQ(hardened_image(""), nullptr);
  EXPECT_EQ(hardened_image("${DB_IMAGE}"), nullptr);
}

TEST(HardenedImages, PostgresKeepsWhatItsEntrypointNeeds) {
  const HardenedImage* pg = hardened_image("postgres:16");
  ASSERT_NE(pg, nullptr);
  for (const char* cap : {"CHOWN", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID"}) EXPECT_TRUE(has(pg->cap_add, cap)) << cap;
  EXPECT_EQ(pg->cap_add.size(), 5u);
  EXPECT_TRUE(pg->read_only);
  EXPECT_TRUE(has(pg->tmpfs, "/var/run/postgresql:noexec,nosuid,size=16m"));
  EXPECT_TRUE(has(pg->volumes, "/var/lib/postgresql/data"));
  const HardenedImage* es = hardened_image("elasticsearch:8.15.0");
  ASSERT_NE(es, nullptr);
  EXPECT_FALSE(es->read_only);
  EXPECT_TRUE(es->cap_add.empty());
}

// nginx renders mounted templates at start: a mount there puts the service outside the table.
TEST(HardenedImages, NginxNamesWhereAMountMakesItWriteAtStart) {
  const HardenedImage* nginx = hardened_image("nginx:1.27");
  ASSERT_NE(nginx, nullptr);
  EXPECT_TRUE(has(nginx->start_writes, "/etc/nginx/templates"));
  EXPECT_TRUE(hardened_image("postgres:16")->start_writes.empty());
}

// The table is data a person edits: every entry is complete and means one thing.
TEST(HardenedImages, EveryEntryIsWellFormed) {
  // Docker's default set: giving back anything else would grant more than the image had.
  const std::set<std::string> defaults = {"AUDIT_WRITE", "CHOWN",   "DAC_OVERRIDE", "FOWNER", "FSETID",
                                          "KILL",        "MKNOD",   "NET_BIND_SERVICE", "NET_RAW", "SETFCAP",
                                          "SETGID",      "SETPCAP", "SETUID",       "SYS_CHROOT"};
  std::set<std::string> names;
  ASSERT_GE(hardened_images().size(), 10u);
  for (const auto& image : hardened_images()) {
    ASSERT_FALSE(image.names.empty());
    for (const auto& name : image.names) {
      EXPECT_EQ(image_repository(name), name) << name << " is not written as the key it is matched by";
      EXPECT_TRUE(names.insert(name).second) << name << " is listed twice";
    }
    for (const auto& cap : image.cap_add) EXPECT_EQ(defaults.count(cap), 1u) << image.names[0] << ": " << cap;
    EXPECT_TRUE(std::is_sorted(image.cap_add.begin(), image.cap_add.end())) << image.names[0];
    if (image.read_only) {
      bool tmp = std::any_of(image.tmpfs.begin(), image.tmpfs.end(), [](const std::string& t) { return t.starts_with("/tmp:"); });
      EXPECT_TRUE(tmp) << image.names[0] << " is read-only without a /tmp tmpfs";
    } else {
      EXPECT_TRUE(image.tmpfs.empty()) << image.names[0];
    }
    for (const auto& t : image.tmpfs) {
      EXPECT_TRUE(t.starts_with("/")) << t;
      EXPECT_NE(t.find(":noexec,nosuid,size="), std::string::npos) << t;
    }
  }
}

}  // namespace
}  // namespace plimsoll::knowledge
