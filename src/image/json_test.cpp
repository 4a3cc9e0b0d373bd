#include "image/json.h"

#include <gtest/gtest.h>

#include "image/source.h"

namespace plimsoll::image {
namespace {

TEST(ImageJson, WronglyTypedFieldsNameTheField) {
  auto config = parse_config(R"({"config": {"User": 5}})");
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().message, "config: \"User\" must be a string");
  EXPECT_FALSE(parse_manifest("[1, 2]"));
  EXPECT_FALSE(parse_manifest("{\"schemaVersion\": 2}"));
  EXPECT_FALSE(parse_archive_manifest("{}"));
  EXPECT_FALSE(parse_config("{\"history\": [1]}"));
}

TEST(ImageJson, ReferencesSplitFormatPathAndTag) {
  auto ref = parse_reference("oci:/images/app:v1.2");
  EXPECT_EQ(ref.format, "oci");
  EXPECT_EQ(ref.path, "/images/app");
  EXPECT_EQ(ref.tag, "v1.2");
  auto archive = parse_reference("docker-archive:out/app.tar");
  EXPECT_EQ(archive.format, "docker-archive");
  EXPECT_EQ(archive.path, "out/app.tar");
  EXPECT_TRUE(archive.tag.empty());
  auto bare = parse_reference("build/image");
  EXPECT_TRUE(bare.format.empty());
  EXPECT_EQ(bare.path, "build/image");
}

}  // namespace
}  // namespace plimsoll::image
