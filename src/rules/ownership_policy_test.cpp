#include "rules/ownership_policy.h"

#include <gtest/gtest.h>

namespace plimsoll::rules {
namespace {

TEST(OwnershipPolicy, StateIsDeclaredVolumesAndDirectoriesNamedForIt) {
  const std::vector<std::string> volumes{"/srv/app/uploads/", "/opt/lib/app"};
  EXPECT_TRUE(is_writable_state("/srv/app/uploads", volumes));
  EXPECT_TRUE(is_writable_state("/opt/lib/app/db.sqlite", volumes));
  EXPECT_TRUE(is_writable_state("/app/data/", {}));
  EXPECT_TRUE(is_writable_state("/app/Cache", {}));
  EXPECT_TRUE(is_writable_state("tmp/", {}));
  EXPECT_FALSE(is_writable_state("/app", volumes));
  EXPECT_FALSE(is_writable_state("/app/database.py", {})) << "a file named like state is not a state directory";
  EXPECT_FALSE(is_writable_state("/opt/lib/application", volumes)) << "a prefix of a name is not below the volume";
  EXPECT_FALSE(under_volume("/anything", {"/"})) << "a volume at the root would make everything state";
}

}  // namespace
}  // namespace plimsoll::rules
