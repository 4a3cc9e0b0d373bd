#include "rules/settings.h"

#include <gtest/gtest.h>

#include "core/source_file.h"
#include "dockerfile/parser.h"
#include "rules/file_context.h"
#include "rules/registry.h"

namespace plimsoll::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {"allowed", OptionKind::kStringList, "a, b,c", "test list"},
    {"uid", OptionKind::kInteger, "1000", "test integer"},
    {"strict", OptionKind::kBoolean, "false", "test boolean"},
};
constexpr RuleInfo kRule{"XX001", "test-rule", core::Severity::kWarning, "dockerfile", "A test rule.", "xx001", kOptions};

TEST(RuleSettings, DeclaredDefaultsApplyWhenNothingIsConfigured) {
  const RuleSettings& settings = RuleSettings::defaults();
  EXPECT_EQ(settings.list_option(kRule, "allowed"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(settings.int_option(kRule, "uid"), 1000);
  EXPECT_FALSE(settings.bool_option(kRule, "strict"));
  EXPECT_TRUE(settings.list_option(kRule, "undeclared").empty());
  EXPECT_TRUE(settings.enabled(kRule));
  EXPECT_EQ(settings.severity(kRule), core::Severity::kWarning);
}

TEST(RuleSettings, ConfiguredValuesWin) {
  RuleSettings settings;
  RuleConfig& config = settings.by_id["XX001"];
  config.severity = core::Severity::kError;
  config.options["allowed"] = {"x"};
  config.options["uid"] = {"1001"};
  config.options["strict"] = {"true"};
  EXPECT_EQ(settings.list_option(kRule, "allowed"), (std::vector<std::string>{"x"}));
  EXPECT_EQ(settings.int_option(kRule, "uid"), 1001);
  EXPECT_TRUE(settings.bool_option(kRule, "strict"));
  EXPECT_EQ(settings.severity(kRule), core::Severity::kError);
  config.enabled = false;
  EXPECT_FALSE(settings.enabled(kRule));
}

TEST(FileContext, ShippedStagesAreTheTargetsAndWhatTheyAreBuiltFrom) {
  core::SourceFile source("Dockerfile",
                          "FROM debian:12 AS base\nFROM base AS production\nFROM base AS builder\n"
                          "FROM builder AS development\n");
  auto file = dockerfile::parse(source.text());
  auto model = dockerfile::build_model(file);
  RuleSettings settings;
  FileContext ctx(source, file, model, settings);
  EXPECT_EQ(ctx.shipped_targets(), (std::vector<int>{1, 3}));
  EXPECT_EQ(ctx.shipped_stages(), (std::vector<int>{0, 1, 2, 3}));

  settings.production_targets.clear();
  FileContext only_last(source, file, model, settings);
  EXPECT_EQ(only_last.shipped_targets(), (std::vector<int>{3}));
  EXPECT_EQ(only_last.shipped_stages(), (std::vector<int>{0, 2, 3}));
  EXPECT_FALSE(only_last.is_shipped(1));
}

}  // namespace
}  // namespace plimsoll::rules
