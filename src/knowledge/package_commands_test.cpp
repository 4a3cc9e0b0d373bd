#include "knowledge/package_commands.h"

#include <gtest/gtest.h>

namespace plimsoll::knowledge {
namespace {

std::optional<PackageCommand> classify(std::string_view program, std::vector<std::string_view> args) {
  return classify_command(program, args);
}

TEST(PackageCommands, RecognisesOsInstalls) {
  auto apt = classify("apt-get", {"-o", "Dpkg::Options::=--force-confnew", "install", "-y", "curl"});
  ASSERT_TRUE(apt.has_value());
  EXPECT_TRUE(apt->is_os());
  EXPECT_EQ(apt->subcommand, "install");
  EXPECT_FALSE(classify("apt-get", {"update"}).has_value());
  EXPECT_TRUE(classify("apk", {"add", "--no-cache", "git"}).has_value());
}

TEST(PackageCommands, RecognisesLanguageInstalls) {
  auto pip = classify("python3", {"-m", "pip", "install", "-r", "requirements.txt"});
  ASSERT_TRUE(pip.has_value());
  EXPECT_EQ(pip->ecosystem, "python");
  EXPECT_EQ(classify("uv", {"pip", "install", "."})->subcommand, "pip install");
  EXPECT_EQ(classify("uv", {"sync", "--frozen"})->subcommand, "sync");
  EXPECT_EQ(classify("yarn", {"--frozen-lockfile"})->subcommand, "");
  EXPECT_FALSE(classify("yarn", {"build"}).has_value());
  EXPECT_FALSE(classify("python3", {"manage.py", "collectstatic"}).has_value());
  EXPECT_FALSE(classify("pipx", {"install", "x"}).has_value());
}

TEST(PackageCommands, PipTakesUnambiguousLongOptionPrefixes) {
  const CommandGrammar& pip = *classify("pip", {"install", "flask"})->grammar;
  EXPECT_EQ(pip.canonical_option("--no-cache"), "--no-cache-dir");
  EXPECT_EQ(pip.canonical_option("--no-cach"), "--no-cache-dir");
  EXPECT_EQ(pip.canonical_option("--requirem"), "--requirement");
  // Exact names win over the longer options they begin; several candidates resolve nothing.
  EXPECT_EQ(pip.canonical_option("--pre"), "--pre");
  EXPECT_EQ(pip.canonical_option("--no-c"), "--no-c");
  EXPECT_EQ(pip.canonical_option("--requir"), "--requir");  // --requirement, --require-hashes, …
  EXPECT_EQ(pip.canonical_option("--nonsense"), "--nonsense");
  // A value option's prefix still consumes its value when the subcommand is looked for.
  EXPECT_EQ(classify("pip", {"--cache", "/tmp/pip", "install", "flask"})->subcommand, "install");
  // Tools without optparse-style abbreviations keep options as written.
  const CommandGrammar& apt = *classify("apt-get", {"install", "curl"})->grammar;
  EXPECT_EQ(apt.canonical_option("--no-install"), "--no-install");
}

TEST(PackageCommands, RecognisesBuilds) {
  EXPECT_EQ(classify("go", {"build", "-o", "/out/app", "./cmd/app"})->action, "build");
  EXPECT_EQ(classify("go", {"mod", "download"})->subcommand, "mod download");
  EXPECT_TRUE(classify("make", {"-j4"}).has_value());
  EXPECT_FALSE(classify("go", {"version"}).has_value());
}

}  // namespace
}  // namespace plimsoll::knowledge
