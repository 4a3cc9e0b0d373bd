#include "dockerfile/installer.h"

#include <gtest/gtest.h>

namespace plimsoll::dockerfile {
namespace {

// The first command of `text` read as an installer.
std::optional<InstallerCommand> read(const std::string& text) {
  static thread_local sh::Script script;  // the words the result points at must outlive it
  script = sh::parse_script(text);
  if (script.commands.empty()) return std::nullopt;
  return parse_installer(script.commands.front());
}

std::vector<std::string> names(const InstallerCommand& c) {
  std::vector<std::string> out;
  for (const auto& o : c.operands) out.push_back(o.name);
  return out;
}

TEST(Installer, OptionValuesAreNeverPackages) {
  auto pip = read("pip install --trusted-host pypi.internal --root-user-action ignore -i https://x/simple flask");
  ASSERT_TRUE(pip);
  EXPECT_EQ(names(*pip), std::vector<std::string>{"flask"});
  EXPECT_EQ(pip->value_of("--trusted-host"), "pypi.internal");
  EXPECT_EQ(pip->value_of("--root-user-action"), "ignore");
  auto npm = read("npm install --loglevel warn express@4.19.2");
  ASSERT_TRUE(npm);
  ASSERT_EQ(npm->operands.size(), 1u);
  EXPECT_EQ(npm->operands[0].name, "express");
  EXPECT_EQ(npm->operands[0].version, "@4.19.2");
  auto apt = read("apt-get -o Dpkg::Options::=--force-confnew install -y --no-install-recommends curl=7.88.1-10");
  ASSERT_TRUE(apt);
  EXPECT_EQ(names(*apt), std::vector<std::string>{"curl"});
  EXPECT_EQ(apt->operands[0].version, "=7.88.1-10");
  EXPECT_TRUE(apt->has("-y"));
  EXPECT_TRUE(apt->has("--no-install-recommends"));
  EXPECT_FALSE(apt->has("--force-confnew"));  // inside the -o value, not an option of apt's own
}

TEST(Installer, RequirementFilesAreNamedNotInstalled) {
  auto pip = read("python3 -m pip install --no-cache-dir -r requirements.txt --constraint=c.txt");
  ASSERT_TRUE(pip);
  EXPECT_TRUE(pip->operands.empty());
  EXPECT_EQ(pip->requirement_files, (std::vector<std::string>{"requirements.txt", "c.txt"}));
  EXPECT_TRUE(pip->has("--no-cache-dir"));
  auto uv = read("uv pip install --index-strategy unsafe-best-match --python-preference only-system -r req.txt");
  ASSERT_TRUE(uv);
  EXPECT_EQ(uv->kind.subcommand, "pip install");
  EXPECT_TRUE(uv->operands.empty());
  EXPECT_EQ(uv->requirement_files, std::vector<std::string>{"req.txt"});
}

TEST(Installer, PipLongOptionPrefixesReadAsTheOptionTheyStandFor) {
  auto pip = read("pip install --no-cache --requirem req.txt flask");
  ASSERT_TRUE(pip);
  EXPECT_TRUE(pip->has("--no-cache-dir"));
  EXPECT_EQ(pip->requirement_files, std::vector<std::string>{"req.txt"});
  EXPECT_EQ(names(*pip), std::vector<std::string>{"flask"});
  auto ambiguous = read("pip install --no-c flask");
  ASSERT_TRUE(ambiguous);
  EXPECT_FALSE(ambiguous->has("--no-cache-dir"));
}

TEST(Installer, CombinedShortOptionsAreSplitWhereTheToolGroupsThem) {
  auto apt = read("apt-get install -qy curl");
  ASSERT_TRUE(apt);
  EXPECT_TRUE(apt->has("-q"));
  EXPECT_TRUE(apt->has("-y"));
  // apk's -t takes a value: the rest of the group is the virtual package's name.
  auto apk = read("apk add -tbuild-deps gcc");
  ASSERT_TRUE(apk);
  EXPECT_EQ(apk->value_of("-t"), "build-deps");
  EXPECT_EQ(names(*apk), std::vector<std::string>{"gcc"});
  // Go takes single-dash long options: -trimpath is one option, not -t -r -i …
  auto go = read("go build -trimpath -ldflags '-s -w' -o /out/app ./cmd/app");
  ASSERT_TRUE(go);
  EXPECT_TRUE(go->has("-trimpath"));
  EXPECT_FALSE(go->has("-t"));
  EXPECT_EQ(go->value_of("-ldflags"), "-s -w");
  EXPECT_EQ(go->value_of("-o"), "/out/app");
  ASSERT_EQ(go->operands.size(), 1u);
  EXPECT_EQ(go->operands[0].kind, OperandKind::kLocalPath);
}

TEST(Installer, OperandsAreClassified) {
  auto pip = read("pip install ./pkg dist/app-1.0-py3-none-any.whl https://x/y.tar.gz git+https://g/r $EXTRA 'requests[socks]>=2.31'");
  ASSERT_TRUE(pip);
  ASSERT_EQ(pip->operands.size(), 6u);
  EXPECT_EQ(pip->operands[0].kind, OperandKind::kLocalPath);
  EXPECT_EQ(pip->operands[1].kind, OperandKind::kArchive);
  EXPECT_EQ(pip->operands[2].kind, OperandKind::kUrl);
  EXPECT_EQ(pip->operands[3].kind, OperandKind::kUrl);
  EXPECT_EQ(pip->operands[4].kind, OperandKind::kExpansion);
  EXPECT_EQ(pip->operands[5].kind, OperandKind::kPackage);
  EXPECT_EQ(pip->operands[5].name, "requests");  // quotes removed, extras not part of the name
  EXPECT_EQ(pip->operands[5].version, ">=2.31");
}

TEST(Installer, EveryPinStyle) {
  EXPECT_EQ(split_pin("curl=7.88", "deb"), (std::pair<std::string, std::string>{"curl", "=7.88"}));
  EXPECT_EQ(split_pin("curl~7.88", "apk"), (std::pair<std::string, std::string>{"curl", "~7.88"}));
  EXPECT_EQ(split_pin("git-2.39.3", "rpm"), (std::pair<std::string, std::string>{"git", "-2.39.3"}));
  EXPECT_EQ(split_pin("python3-devel", "rpm"), (std::pair<std::string, std::string>{"python3-devel", ""}));
  EXPECT_EQ(split_pin("@types/node@20.1.0", "node"), (std::pair<std::string, std::string>{"@types/node", "@20.1.0"}));
  EXPECT_EQ(split_pin("@types/node", "node"), (std::pair<std::string, std::string>{"@types/node", ""}));
  EXPECT_EQ(split_pin("golang.org/x/tools@v0.20.0", "go"),
            (std::pair<std::string, std::string>{"golang.org/x/tools", "@v0.20.0"}));
  EXPECT_EQ(split_pin("monolog/monolog:^3.0", "composer"),
            (std::pair<std::string, std::string>{"monolog/monolog", ":^3.0"}));
  EXPECT_EQ(split_pin("rails", "none"), (std::pair<std::string, std::string>{"rails", ""}));
}

TEST(Installer, SubcommandsAndEndOfOptions) {
  auto npm = read("npm ci --omit=dev");
  ASSERT_TRUE(npm);
  EXPECT_EQ(npm->kind.subcommand, "ci");
  EXPECT_EQ(npm->value_of("--omit"), "dev");
  EXPECT_FALSE(npm->has_packages());
  auto pip = read("pip install -- -weird-name");
  ASSERT_TRUE(pip);
  EXPECT_EQ(names(*pip), std::vector<std::string>{"-weird-name"});
  EXPECT_FALSE(read("apt-get update"));
  EXPECT_FALSE(read("echo install"));
  // make's words are targets, not packages.
  auto make = read("make -j4 -C src all");
  ASSERT_TRUE(make);
  EXPECT_TRUE(make->operands.empty());
  EXPECT_EQ(make->value_of("-C"), "src");
}

}  // namespace
}  // namespace plimsoll::dockerfile
