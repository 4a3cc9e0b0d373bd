#include "knowledge/base_images.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

namespace plimsoll::knowledge {
namespace {

TEST(BaseImages, DistrolessNonrootTagsRunAsNonroot) {
  auto facts = base_image_facts("gcr.io/distroless/python3-debian12", "nonroot");
  ASSERT_TRUE(facts.default_user.has_value());
  EXPECT_EQ(*facts.default_user, "nonroot");
  EXPECT_FALSE(base_image_facts("gcr.io/distroless/static-debian12", "latest").default_user);
}

TEST(BaseImages, ChainguardDevVariantsRunAsRoot) {
  EXPECT_EQ(base_image_facts("cgr.dev/chainguard/python", "3.12").default_user, "nonroot");
  EXPECT_FALSE(base_image_facts("cgr.dev/chainguard/python", "3.12-dev").default_user);
}

TEST(BaseImages, OfficialNodeImageHasANodeUserButRunsAsRoot) {
  auto facts = base_image_facts("docker.io/library/node", "22-slim");
  EXPECT_FALSE(facts.default_user.has_value());
  EXPECT_NE(std::find(facts.users.begin(), facts.users.end(), "node"), facts.users.end());
}

TEST(BaseImages, WindowsBasesAreKnownByRepositoryAndTag) {
  for (auto [repository, tag] : {std::pair{"mcr.microsoft.com/windows/nanoserver", "ltsc2022"},
                                 std::pair{"mcr.microsoft.com/windows/nanoserver/insider", "10.0.26100.1"},
                                 std::pair{"mcr.microsoft.com/windows/servercore", "ltsc2022"},
                                 std::pair{"mcr.microsoft.com/windows/servercore/insider", "10.0.26100.1"},
                                 std::pair{"mcr.microsoft.com/windows/server", "ltsc2022"},
                                 std::pair{"mcr.microsoft.com/windows", "1809"},
                                 std::pair{"mcr.microsoft.com/powershell", "lts-nanoserver-ltsc2022"},
                                 std::pair{"mcr.microsoft.com/dotnet/framework/sdk", "4.8-windowsservercore-ltsc2022"},
                                 std::pair{"registry.example.com/mirror/nanoserver", "ltsc2022"}}) {
    EXPECT_TRUE(base_image_facts(repository, tag).windows) << repository << ":" << tag;
  }
  EXPECT_FALSE(base_image_facts("mcr.microsoft.com/powershell", "lts-ubuntu-22.04").windows);
  EXPECT_FALSE(base_image_facts("docker.io/library/alpine", "3.20").windows);
}

TEST(BaseImages, NanoServerRunsAsContainerUserAndServerCoreAsAdministrator) {
  EXPECT_EQ(base_image_facts("mcr.microsoft.com/windows/nanoserver/insider", "10.0.26100.1").default_user, "ContainerUser");
  EXPECT_EQ(base_image_facts("mcr.microsoft.com/powershell", "nanoserver-1809").default_user, "ContainerUser");
  EXPECT_FALSE(base_image_facts("mcr.microsoft.com/windows/servercore", "ltsc2022").default_user);
}

TEST(BaseImages, UnknownImagesHaveNoFacts) {
  auto facts = base_image_facts("registry.example.com/team/app", "1.0");
  EXPECT_FALSE(facts.default_user.has_value());
  EXPECT_TRUE(facts.users.empty());
}

bool ships(std::string_view repository, std::string_view tag, std::string_view tool) {
  auto tools = base_image_tools(repository, tag);
  return tools && std::find(tools->begin(), tools->end(), tool) != tools->end();
}

TEST(BaseImages, ToolsDependOnTheVariant) {
  EXPECT_TRUE(ships("docker.io/library/python", "3.12-bookworm", "curl"));
  EXPECT_FALSE(ships("docker.io/library/python", "3.12-slim-bookworm", "curl"));
  EXPECT_TRUE(ships("docker.io/library/python", "3.12-slim-bookworm", "python"));
  EXPECT_TRUE(ships("docker.io/library/node", "22-alpine", "wget"));
  EXPECT_FALSE(ships("docker.io/library/node", "22-alpine", "curl"));
  auto distroless = base_image_tools("gcr.io/distroless/static-debian12", "nonroot");
  ASSERT_TRUE(distroless.has_value());
  EXPECT_TRUE(distroless->empty());
  EXPECT_FALSE(base_image_tools("registry.example.com/team/app", "1.0").has_value());
}

TEST(BaseImages, ToolOnlyEntriesDoNotHideUserFacts) {
  auto facts = base_image_facts("docker.io/library/node", "22-slim");
  EXPECT_NE(std::find(facts.users.begin(), facts.users.end(), "node"), facts.users.end());
  EXPECT_EQ(base_image_facts("gcr.io/distroless/static-debian12", "nonroot").default_user, "nonroot");
}

}  // namespace
}  // namespace plimsoll::knowledge
