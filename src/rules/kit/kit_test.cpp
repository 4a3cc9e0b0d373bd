// The kit's shapes call their rule where they promise (instruction kinds, shipped stages, the
// file end) and its option handles read typed values with the declared defaults.
#include <gtest/gtest.h>

#include "core/source_file.h"
#include "dockerfile/parser.h"
#include "rules/engine.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

using dockerfile::Keyword;

constexpr kit::ListOption kWords{"words", "a,b", "test list"};
constexpr kit::IntOption kLimit{"limit", "3", "test integer"};
constexpr kit::BoolOption kStrict{"strict", "false", "test boolean"};
constexpr kit::StringOption kMode{"mode", "plain", "test string"};
constexpr OptionSpec kOptions[] = {kWords, kLimit, kStrict, kMode};
constexpr RuleInfo kInfo{"XX901",      "kit-test",         core::Severity::kInfo,
                         "dockerfile", "A kit test rule.", "xx901_kit_test",
                         kOptions,     Fixes::kOffered};

class OnCopyAndAdd final : public kit::InstructionRule<kInfo, Keyword::kCopy, Keyword::kAdd> {
  void check(const dockerfile::Instruction& in, FileContext& ctx) const override {
    ctx.report(kInfo, in.keyword_span, std::string(in.keyword));
  }
};

class OnShippedStages final : public kit::ShippedStageRule<kInfo> {
  void check(const dockerfile::Stage& stage, FileContext& ctx) const override {
    ctx.report(kInfo, stage.from->keyword_span, stage.name);
  }
};

class AtFileEnd final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    ctx.report(kInfo, {0, 1},
               util::format("{} {} {} {}", fmt::join(option<kWords>(ctx.settings()), "+"),
                            option<kLimit>(ctx.settings()), option<kStrict>(ctx.settings()),
                            option<kMode>(ctx.settings())));
  }
};

std::vector<std::string> messages(const Rule& rule, const std::string& text,
                                  const RuleSettings* settings = nullptr) {
  auto source = std::make_shared<core::SourceFile>("Dockerfile", text);
  dockerfile::Dockerfile file = dockerfile::parse(source->text());
  dockerfile::Model model = dockerfile::build_model(file);
  std::vector<std::string> out;
  const RuleSettings& used = settings != nullptr ? *settings : RuleSettings::defaults();
  for (const auto& r : run_dockerfile_rules(source, file, model, {&rule}, used)) out.push_back(r.finding.message);
  return out;
}

constexpr const char* kThreeStages =
    "FROM alpine:3.20 AS tools\nRUN true\n"
    "FROM alpine:3.20 AS base\nCOPY a /a\n"
    "FROM base AS app\nADD b /b\nRUN true\n";

TEST(Kit, InstructionRuleSeesOnlyItsKinds) {
  OnCopyAndAdd rule;
  EXPECT_TRUE(rule.interest().wants(Keyword::kCopy));
  EXPECT_TRUE(rule.interest().wants(Keyword::kAdd));
  EXPECT_FALSE(rule.interest().wants(Keyword::kRun));
  EXPECT_EQ(messages(rule, kThreeStages), (std::vector<std::string>{"COPY", "ADD"}));
  EXPECT_EQ(&rule.info(), &kInfo);
  EXPECT_TRUE(rule.info().offers_fix());
}

TEST(Kit, ShippedStageRuleSkipsStagesThatDoNotShip) {
  // `app` ships, and `base` ships because `app` is built FROM it; `tools` does not.
  EXPECT_EQ(messages(OnShippedStages(), kThreeStages), (std::vector<std::string>{"base", "app"}));
}

TEST(Kit, OptionHandlesReadDefaultsAndConfiguredValues) {
  EXPECT_EQ(messages(AtFileEnd(), kThreeStages), (std::vector<std::string>{"a+b 3 false plain"}));
  RuleSettings settings;
  auto& options = settings.by_id["XX901"].options;
  options["words"] = {"x", "y", "z"};
  options["limit"] = {"7"};
  options["strict"] = {"true"};
  options["mode"] = {"loud"};
  EXPECT_EQ(messages(AtFileEnd(), kThreeStages, &settings),
            (std::vector<std::string>{"x+y+z 7 true loud"}));
}

TEST(Kit, OptionHandlesBuildTheRuleInfoTable) {
  ASSERT_EQ(kInfo.options.size(), 4u);
  EXPECT_EQ(kInfo.options[0].name, "words");
  EXPECT_EQ(kInfo.options[0].kind, OptionKind::kStringList);
  EXPECT_EQ(kInfo.options[1].kind, OptionKind::kInteger);
  EXPECT_TRUE(kit::declares(kInfo, "limit"));
  EXPECT_FALSE(kit::declares(kInfo, "limits"));
}

}  // namespace
}  // namespace plimsoll::rules
