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

TEST(ImagePolicy, MinimalByRepositoryNameWhereverHosted) {
  EXPECT_TRUE(is_minimal_base("ghcr.io/org/alpine", "3.23.3"));
  EXPECT_TRUE(is_minimal_base("registry.example.com/mirror/busybox", "1.37"));
  EXPECT_TRUE(is_minimal_base("registry.example.com/gcr/distroless/base-debian12", "latest"));
  EXPECT_TRUE(is_minimal_base("registry.example.com/chainguard/static", "latest"));
  EXPECT_TRUE(is_minimal_base("cgr.dev/chainguard/wolfi-base", "latest"));
  EXPECT_TRUE(is_minimal_base("mcr.microsoft.com/windows/nanoserver", "ltsc2022"));
  EXPECT_TRUE(is_minimal_base("mcr.microsoft.com/windows/nanoserver/insider", "10.0.26100.1"));
  EXPECT_TRUE(is_minimal_base("mcr.microsoft.com/powershell", "lts-nanoserver-ltsc2022"));
  // A name that merely contains a minimal one is not minimal.
  EXPECT_FALSE(is_minimal_base("ghcr.io/org/alpine-tools", "1.0"));
  EXPECT_FALSE(is_minimal_base("registry.example.com/static", "1.0"));
}

TEST(ImagePolicy, FullDistributionsOnlyWhereTheDataKnows) {
  EXPECT_TRUE(is_full_distribution("docker.io/library/ubuntu", "24.04"));
  EXPECT_TRUE(is_full_distribution("docker.io/library/python", "3.12.8-bookworm"));
  EXPECT_TRUE(is_full_distribution("mcr.microsoft.com/windows/servercore", "ltsc2022"));
  EXPECT_TRUE(is_full_distribution("mcr.microsoft.com/dotnet/framework/runtime", "4.8-windowsservercore-ltsc2022"));
  EXPECT_TRUE(is_full_distribution("registry.example.com/cache/ubuntu", "22.04"));
  EXPECT_FALSE(is_full_distribution("registry.example.com/cache/debian", "12-slim"));
  EXPECT_FALSE(is_full_distribution("docker.io/library/python", "3.12.8-slim-bookworm"));
  EXPECT_FALSE(is_full_distribution("registry.example.com/platform/runtime", "2024.12"));
}

}  // namespace
}  // namespace plimsoll::knowledge
