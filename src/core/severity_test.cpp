#include "core/severity.h"

#include <gtest/gtest.h>

namespace plimsoll::core {
namespace {

TEST(Severity, ParsesNamesCaseInsensitively) {
  EXPECT_EQ(parse_severity("Warning"), Severity::kWarning);
  EXPECT_EQ(parse_severity("style"), Severity::kStyle);
  EXPECT_FALSE(parse_severity("fatal").has_value());
}

TEST(Severity, OrdersFromStyleToError) {
  EXPECT_LT(Severity::kStyle, Severity::kInfo);
  EXPECT_LT(Severity::kWarning, Severity::kError);
  EXPECT_EQ(severity_name(Severity::kInfo), "info");
}

}  // namespace
}  // namespace plimsoll::core
