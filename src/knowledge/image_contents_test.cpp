#include "knowledge/image_contents.h"

#include <gtest/gtest.h>

namespace plimsoll::knowledge {
namespace {

TEST(ImageContents, ClassifiesProgramsOnlyInBinDirectories) {
  EXPECT_EQ(classify_image_program("usr/bin/gcc-12"), ImageProgram::kBuildTool);
  EXPECT_EQ(classify_image_program("usr/local/bin/make"), ImageProgram::kBuildTool);
  EXPECT_EQ(classify_image_program("bin/sh"), ImageProgram::kShell);
  EXPECT_EQ(classify_image_program("usr/bin/apt-get"), ImageProgram::kPackageManager);
  EXPECT_EQ(classify_image_program("usr/bin/pip3.11"), ImageProgram::kPackageManager);
  EXPECT_EQ(classify_image_program("opt/tools/gcc"), ImageProgram::kNone);
  EXPECT_EQ(classify_image_program("usr/bin/curl"), ImageProgram::kNone);
  EXPECT_EQ(classify_image_program("gcc"), ImageProgram::kNone);
}

TEST(ImageContents, CachesAndCertificates) {
  EXPECT_TRUE(is_package_cache("var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease"));
  EXPECT_TRUE(is_package_cache("app/pkg/__pycache__/mod.cpython-311.pyc"));
  EXPECT_TRUE(is_package_cache("root/.cache/pip/http/a/b"));
  EXPECT_FALSE(is_package_cache("var/lib/dpkg/status"));
  EXPECT_TRUE(is_public_certificate("etc/ssl/certs/ca.pem"));
  EXPECT_TRUE(is_public_certificate("usr/lib/python3/dist-packages/certifi/cacert.pem"));
  EXPECT_FALSE(is_public_certificate("app/server.pem"));
}

}  // namespace
}  // namespace plimsoll::knowledge
