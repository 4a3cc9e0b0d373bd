#include "lsp/uri.h"

#include <gtest/gtest.h>

namespace plimsoll::lsp {
namespace {

TEST(Uri, DecodesPercentEscapes) {
  EXPECT_EQ(path_from_uri("file:///home/me/my%20app/Dockerfile"), "/home/me/my app/Dockerfile");
  EXPECT_EQ(path_from_uri("file:///tmp/caf%C3%A9/compose.yaml"), "/tmp/café/compose.yaml");
  EXPECT_EQ(path_from_uri("FILE://localhost/etc/x"), "/etc/x");
}

TEST(Uri, RejectsOtherSchemesHostsAndBrokenEscapes) {
  EXPECT_FALSE(path_from_uri("untitled:Untitled-1"));
  EXPECT_FALSE(path_from_uri("file://server/share/x"));
  EXPECT_FALSE(path_from_uri("file:///tmp/%zz"));
  EXPECT_FALSE(path_from_uri("file:///tmp/%4"));
  EXPECT_FALSE(path_from_uri("file:"));
}

TEST(Uri, EncodesAndRoundTrips) {
  std::string path = "/tmp/my app/café#1/Dockerfile";
  std::string uri = uri_from_path(path);
  EXPECT_EQ(uri, "file:///tmp/my%20app/caf%C3%A9%231/Dockerfile");
  EXPECT_EQ(path_from_uri(uri), path);
}

}  // namespace
}  // namespace plimsoll::lsp
