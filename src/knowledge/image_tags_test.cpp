#include "knowledge/image_tags.h"

#include <gtest/gtest.h>

namespace plimsoll::knowledge {
namespace {

TEST(ImageTags, MovingTagsNameAChannelNotARelease) {
  for (auto t : {"latest", "nightly", "lts", "edge", "stable", "main", "master", "lts-alpine", "stable-slim",
                 "3-latest", "alpine-latest"}) {
    EXPECT_TRUE(is_moving_tag(t)) << t;
  }
  for (auto t : {"16.6-bookworm", "1.27.3-alpine", "main-1a2b3c4", "dev-20240101", "mainline-1.27", "develop-2", "dev",
                 "latest2", ""}) {
    EXPECT_FALSE(is_moving_tag(t)) << t;
  }
}

TEST(ImageTags, OsReleases) {
  EXPECT_TRUE(tag_names_os_release("3.12.8-slim-bookworm"));
  EXPECT_FALSE(tag_names_os_release("3.12.8-slim"));
  EXPECT_TRUE(is_os_image("alpine"));
  EXPECT_TRUE(is_variant_image("python"));
}

}  // namespace
}  // namespace plimsoll::knowledge
