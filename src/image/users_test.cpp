#include "image/users.h"

#include <gtest/gtest.h>

namespace plimsoll::image {
namespace {

Image with_user(std::string user) {
  Image image;
  image.config.user = std::move(user);
  image.contents["etc/passwd"] = "root:x:0:0::/root:/bin/sh\nadmin:x:0:0::/:/bin/sh\napp:x:10001:10002::/app:/sbin/nologin\n";
  image.contents["etc/group"] = "root:x:0:\nstaff:x:50:\n";
  return image;
}

TEST(Users, ResolvesNamesAndIdsThroughTheImagesFiles) {
  EXPECT_TRUE(resolve_user(with_user("")).root());
  EXPECT_TRUE(resolve_user(with_user("admin")).root()) << "a name mapped to uid 0 is root";
  auto app = resolve_user(with_user("app"));
  EXPECT_EQ(app.uid, 10001);
  EXPECT_EQ(app.gid, 10002);
  auto staff = resolve_user(with_user("app:staff"));
  EXPECT_EQ(staff.gid, 50);
  EXPECT_EQ(resolve_user(with_user("4242:4242")).uid, 4242);
  EXPECT_EQ(resolve_user(with_user("web")).unknown, "user 'web'");
  EXPECT_EQ(resolve_user(with_user("app:wheel")).unknown, "group 'wheel'");
}

}  // namespace
}  // namespace plimsoll::image
