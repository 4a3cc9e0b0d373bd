#include "util/result.h"

#include <gtest/gtest.h>

namespace plimsoll::util {
namespace {

Status check_even(int n) {
  if (n % 2 != 0) return unexpected(std::to_string(n) + " is odd");
  return ok();
}

TEST(Status, SuccessCarriesNothingAndFailureItsReason) {
  Status fine = check_even(4);
  EXPECT_TRUE(fine);
  EXPECT_TRUE(fine.has_value());
  Status odd = check_even(3);
  EXPECT_FALSE(odd);
  EXPECT_EQ(odd.error().message, "3 is odd");
  Status defaulted;
  EXPECT_TRUE(defaulted) << "a default Status is success, as std::expected<void, E> is";
}

TEST(Status, ErrorsPassBetweenResultsAndStatuses) {
  Result<int> failed = unexpected("no number");
  Status passed_on = unexpected(failed.error());
  ASSERT_FALSE(passed_on);
  EXPECT_EQ(passed_on.error().message, "no number");
}

}  // namespace
}  // namespace plimsoll::util
