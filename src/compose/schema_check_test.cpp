#include "compose/schema_check.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>

#include "compose/document.h"

namespace plimsoll::compose {
namespace {

std::vector<SchemaViolation> check(std::string text) {
  auto source = std::make_shared<core::SourceFile>("compose.yaml", std::move(text));
  ComposeDocument doc = load_document(source, LoadOptions{});
  EXPECT_TRUE(doc.loaded);
  return check_schema(doc.root);
}

TEST(SchemaCheck, TheEmbeddedSchemaCompilesCleanly) {
  EXPECT_FALSE(embedded_schema().empty());
  for (const auto& d : compose_validator().diagnostics()) {
    ADD_FAILURE() << d.schema_location << ": " << d.message;
  }
}

TEST(SchemaCheck, ValidFileWithExtensionsPasses) {
  auto violations = check(
      "x-common: &common\n  restart: always\n"
      "services:\n  web:\n    <<: *common\n    image: nginx:1.27\n    x-note: anything\n"
      "    ports: [\"80:80\", 443]\n    privileged: true\n    stop_grace_period: 1m30s\n");
  for (const auto& v : violations) ADD_FAILURE() << v.line << ":" << v.column << " " << v.message;
}

TEST(SchemaCheck, UnknownServiceKeyPointsAtTheKey) {
  auto violations = check("services:\n  web:\n    image: nginx\n    buld: .\n");
  ASSERT_EQ(violations.size(), 1U);
  EXPECT_EQ(violations[0].message, "additional property `buld` is not allowed in `services.web`");
  EXPECT_EQ(violations[0].line, 4U);
  EXPECT_EQ(violations[0].column, 5U);
  EXPECT_EQ(violations[0].instance_location, "/services/web/buld");
}

TEST(SchemaCheck, WrongTypeForAPortPointsAtTheValue) {
  auto violations =
      check("services:\n  web:\n    image: nginx\n    ports:\n      - \"80:80\"\n      - true\n");
  ASSERT_EQ(violations.size(), 1U);
  EXPECT_EQ(violations[0].message,
            "`services.web.ports[1]` must be a string, number or object, got boolean");
  EXPECT_EQ(violations[0].line, 6U);
  EXPECT_EQ(violations[0].column, 9U);
}

TEST(SchemaCheck, QuotedTrueIsAStringPlainTrueIsABoolean) {
  EXPECT_TRUE(check("services:\n  web:\n    image: nginx\n    use_api_socket: true\n").empty());
  auto quoted = check("services:\n  web:\n    image: nginx\n    use_api_socket: \"true\"\n");
  ASSERT_EQ(quoted.size(), 1U);
  EXPECT_EQ(quoted[0].message, "`services.web.use_api_socket` must be a boolean, got string");
  EXPECT_EQ(quoted[0].line, 4U);
  EXPECT_EQ(quoted[0].column, 21U);
  // A plain `yes` is a string, not a YAML 1.1 boolean.
  EXPECT_EQ(check("services:\n  web:\n    image: nginx\n    use_api_socket: yes\n").size(), 1U);
  // Where a string is wanted it is the other way round.
  EXPECT_TRUE(check("services:\n  web:\n    image: \"true\"\n").empty());
  auto plain = check("services:\n  web:\n    image: true\n");
  ASSERT_EQ(plain.size(), 1U);
  EXPECT_EQ(plain[0].message, "`services.web.image` must be a string, got boolean");
}

TEST(SchemaCheck, UnknownTopLevelKeyAndExtensions) {
  auto violations = check("x-anything: 1\nservics:\n  web: {}\n");
  ASSERT_EQ(violations.size(), 1U);
  EXPECT_EQ(violations[0].message, "additional property `servics` is not allowed at the top level");
  EXPECT_EQ(violations[0].line, 2U);
  EXPECT_EQ(violations[0].column, 1U);
}


std::vector<SchemaViolation> check_with(std::string text, std::map<std::string, std::string> variables) {
  auto source = std::make_shared<core::SourceFile>("compose.yaml", std::move(text));
  LoadOptions options;
  options.variables = [variables](std::string_view name) -> std::optional<std::string> {
    auto it = variables.find(std::string(name));
    if (it == variables.end()) return std::nullopt;
    return it->second;
  };
  ComposeDocument doc = load_document(source, options);
  EXPECT_TRUE(doc.loaded);
  return check_schema(doc.root);
}

TEST(SchemaCheck, AnInterpolatedValueIsAStringNeverNull) {
  // `${VAR:-}` gives "" (a string), never null: compose types the YAML before it substitutes.
  auto violations = check_with(
      "services:\n  web:\n    image: nginx:1.27\n    platform: ${PLATFORM:-}\n    user: ${UID:-}\n"
      "    ports:\n      - ${PORT:-}\n    stop_grace_period: ${GRACE:-10}\n",
      {});
  for (const auto& v : violations) ADD_FAILURE() << v.line << ":" << v.column << " " << v.message;
}

TEST(SchemaCheck, TypedFieldsAreConvertedAsComposeConvertsThem) {
  auto violations = check_with(
      "services:\n  web:\n    image: nginx:1.27\n    cpus: ${CPUS}\n    privileged: \"${PRIV}\"\n"
      "    read_only: \"yes\"\n    pids_limit: \"100\"\n",
      {{"CPUS", "0.5"}, {"PRIV", "false"}});
  for (const auto& v : violations) ADD_FAILURE() << v.line << ":" << v.column << " " << v.message;
}

TEST(SchemaCheck, AKnownValueThatDoesNotConvertStopsCompose) {
  auto violations = check_with(
      "services:\n  web:\n    image: nginx:1.27\n    cpus: ${CPUS:-}\n    tty: \"maybe\"\n"
      "    ports:\n      - target: ${TARGET}\n        published: \"8080\"\n",
      {{"CPUS", ""}, {"TARGET", "http"}});
  ASSERT_EQ(violations.size(), 3U);
  std::sort(violations.begin(), violations.end(),
            [](const SchemaViolation& a, const SchemaViolation& b) { return a.line < b.line; });
  EXPECT_EQ(violations[0].message,
            "`services.web.cpus` is empty after interpolation, and compose stops because it must be a number");
  EXPECT_EQ(violations[0].line, 4U);
  EXPECT_EQ(violations[1].message, "`services.web.tty` is `maybe`, and compose stops because it must be a boolean");
  EXPECT_EQ(violations[2].message,
            "`services.web.ports[0].target` is `http` after interpolation, and compose stops because it must be an "
            "integer");
  EXPECT_EQ(violations[2].instance_location, "/services/web/ports/0/target");
}

TEST(SchemaCheck, AValueFromAnUnsetVariableIsNotJudged) {
  // CPUS may be set in the shell that runs compose: what compose would see is unknown here.
  auto violations = check_with("services:\n  web:\n    image: nginx:1.27\n    cpus: ${CPUS:-}\n", {});
  EXPECT_TRUE(violations.empty());
}

}  // namespace
}  // namespace plimsoll::compose
