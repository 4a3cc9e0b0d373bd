#include "jsonschema/duration.h"

#include <gtest/gtest.h>

namespace plimsoll::jsonschema {
namespace {

TEST(GoDuration, AcceptsWhatParseDurationAccepts) {
  for (const char* text : {"0", "+0", "-0", "300ms", "-1.5h", "2h45m", "1.s", ".5s", "1h0m0s",
                           "10us", "10\xC2\xB5s", "10\xCE\xBCs", "3ns", "1m30s"}) {
    EXPECT_TRUE(is_go_duration(text)) << text;
  }
}

TEST(GoDuration, RejectsMissingUnitsUnknownUnitsAndOverflow) {
  for (const char* text :
       {"", "1", "-", ".s", "5 s", "1d", "1h-5m", "s", "1.2.3s", "99999999999999999999h", "0s1"}) {
    EXPECT_FALSE(is_go_duration(text)) << text;
  }
}

}  // namespace
}  // namespace plimsoll::jsonschema
