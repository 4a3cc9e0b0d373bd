#include "init/template.h"

#include <gtest/gtest.h>

namespace plimsoll::init {
namespace {

TEST(Template, InsertsValuesAndKeepsOrDropsSections) {
  TemplateValues v{{"name", "shop"}, {"uv", "1"}, {"pip", ""}};
  auto out = render_template("A {{name}}\n{{#uv}}\nuv line\n{{/uv}}\n{{#pip}}\npip line\n{{/pip}}\n{{^pip}}\nnot pip\n{{/pip}}\nend\n", v, "t");
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(*out, "A shop\nuv line\nnot pip\nend\n");
}

TEST(Template, InlineSectionsKeepTheirLine) {
  auto out = render_template("x{{#a}} and a{{/a}}.\n", {{"a", "1"}}, "t");
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "x and a.\n");
}

TEST(Template, NestedSectionOffInsideOnIsDropped) {
  auto out = render_template("{{#a}}\n{{#b}}\nb\n{{/b}}\na\n{{/a}}\n", {{"a", "1"}, {"b", ""}}, "t");
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "a\n");
}

TEST(Template, MistakesAreErrorsWithTheLine) {
  auto unknown = render_template("ok\n{{nope}}\n", {}, "data/templates/x");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().message, "data/templates/x:2: unknown template value 'nope'");
  EXPECT_FALSE(render_template("{{#a}}\n", {{"a", "1"}}, "t"));
  EXPECT_FALSE(render_template("{{/a}}\n", {{"a", "1"}}, "t"));
  EXPECT_FALSE(render_template("{{a\n", {{"a", "1"}}, "t"));
}

}  // namespace
}  // namespace plimsoll::init
