#include "dockerfile/image_ref.h"

#include <gtest/gtest.h>

namespace plimsoll::dockerfile {
namespace {

TEST(ImageRef, NormalisesDockerHubNames) {
  ImageRef ref = parse_image_ref("python");
  ASSERT_TRUE(ref.valid);
  EXPECT_EQ(ref.full_repository(), "docker.io/library/python");
  EXPECT_TRUE(ref.tag.empty());
  EXPECT_EQ(parse_image_ref("bitnami/redis:7.2").full_repository(), "docker.io/bitnami/redis");
}

TEST(ImageRef, SplitsRegistryPortTagAndDigest) {
  std::string digest = "sha256:" + std::string(64, 'a');
  ImageRef ref = parse_image_ref("localhost:5000/team/app:1.2.3@" + digest);
  ASSERT_TRUE(ref.valid) << ref.error;
  EXPECT_EQ(ref.registry, "localhost:5000");
  EXPECT_EQ(ref.repository, "team/app");
  EXPECT_EQ(ref.tag, "1.2.3");
  EXPECT_EQ(ref.digest, digest);
  EXPECT_EQ(parse_image_ref("gcr.io/distroless/static-debian12:nonroot").registry, "gcr.io");
}

TEST(ImageRef, RejectsBadReferences) {
  EXPECT_FALSE(parse_image_ref("Python:3").valid);
  EXPECT_FALSE(parse_image_ref("python:").valid);
  EXPECT_FALSE(parse_image_ref("python@sha256:abc").valid);
  EXPECT_FALSE(parse_image_ref("").valid);
  EXPECT_FALSE(parse_image_ref("a//b").valid);
  EXPECT_EQ(parse_image_ref("UPPER/case").error, "repository name must be lowercase");
}

}  // namespace
}  // namespace plimsoll::dockerfile
