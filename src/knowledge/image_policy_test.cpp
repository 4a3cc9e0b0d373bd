#include "knowledge/image_policy.h"

#include <gtest/gtest.h>

namespace plimsoll::knowledge {
namespace {

TEST(ImagePolicy, BuildToolPackagesAndPrograms) {
  for (auto p : {"gcc", "g++-12", "build-essential", "libpq-dev", "openssl-devel", "git", "make", "build-base"}) {
    EXPECT_TRUE(is_build_tool_package(p)) << p;
  }
  for (auto p : {"curl", "libpq5", "ca-certificates", "tini", "python3", "devscripts-not"}) {
    EXPECT_FALSE(is_build_tool_package(p)) << p;
  }
  EXPECT_TRUE(is_build_tool_program("poetry"));
  EXPECT_FALSE(is_build_tool_program("gunicorn"));
}

TEST(ImagePolicy, MinimalBases) {
  EXPECT_TRUE(is_minimal_base("docker.io/library/python", "3.12.8-slim-bookworm"));
  EXPECT_TRUE(is_minimal_base("docker.io/library/node", "22-alpine"));
  EXPECT_TRUE(is_minimal_base("docker.io/library/alpine", "3.20"));
  EXPECT_TRUE(is_minimal_base("gcr.io/distroless/static-debian12", "nonroot"));
  EXPECT_TRUE(is_minimal_base("cgr.dev/chainguard/python", "latest"));
  EXPECT_TRUE(is_minimal_base("mcr.microsoft.com/dotnet/runtime-deps", "8.0-jammy-chiseled"));
  EXPECT_FALSE(is_minimal_base("docker.io/library/python", "3.12.8-bookworm"));
  EXPECT_FALSE(is_minimal_base("docker.io/library/ubuntu", "24.04"));
  EXPECT_FALSE(is_minimal_base("docker.io/library/node", "22"));
}

}  // namespace
}  // namespace plimsoll::knowledge
