#include <sys/stat.h>
#include <unistd.h>

#include "config/config.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "config/dump.h"
#include "config/profiles.h"
#include "rules/registry.h"

namespace plimsoll::config {
namespace {

namespace fs = std::filesystem;

const rules::RuleInfo& info(std::string_view id) { return rules::find_rule(id)->info(); }

std::string error_of(std::string_view yaml) {
  auto config = parse_config(yaml, "cfg.yaml");
  return config ? std::string() : config.error().message;
}

TEST(Config, EmptyFileIsTheDefaultProfile) {
  auto config = parse_config("", "cfg.yaml");
  ASSERT_TRUE(config);
  EXPECT_EQ(config->profile, "default");
  rules::RuleSettings settings = config->base_settings();
  EXPECT_TRUE(settings.enabled(info("DF004")));
  // An unpinned base builds today: a warning in `default`, the catalogue's error in `strict`.
  EXPECT_EQ(settings.severity(info("DF004")), core::Severity::kWarning);
  EXPECT_EQ(settings.severity(info("DF074")), core::Severity::kError);
  EXPECT_EQ(settings.production_targets, (std::vector<std::string>{"production"}));
}

TEST(Config, RulesByIdOrNameTakeOffOrASeverity) {
  auto config = parse_config("rules:\n  DF004: off\n  maintainer-deprecated: error\n  df066:\n    severity: info\n",
                             "cfg.yaml");
  ASSERT_TRUE(config) << config.error().message;
  rules::RuleSettings settings = config->base_settings();
  EXPECT_FALSE(settings.enabled(info("DF004")));
  EXPECT_EQ(settings.severity(info("DF064")), core::Severity::kError);
  EXPECT_EQ(settings.severity(info("DF066")), core::Severity::kInfo);
  EXPECT_TRUE(settings.enabled(info("DF066")));
}

TEST(Config, ErrorsNameFileLineAndColumn) {
  EXPECT_EQ(error_of("profile: default\nrulez: {}\n"),
            "cfg.yaml:2:1: unknown key `rulez` (did you mean `rules`?) (profile, production-targets, exclude, rules, "
            "overrides, build-contexts, init)");
  EXPECT_EQ(error_of("rules:\n  DF999: off\n"), "cfg.yaml:2:3: unknown rule `DF999` (see `plimsoll rules`)");
  EXPECT_EQ(error_of("rules:\n  DF004: loud\n"), "cfg.yaml:2:10: `loud` is not off, on, error, warning, info or style");
  EXPECT_EQ(error_of("rules:\n  DF004:\n    colour: red\n"), "cfg.yaml:3:5: DF004 has no option `colour` (options: none)");
  EXPECT_EQ(error_of("profile: strictest\n").rfind("cfg.yaml:1:10: unknown profile `strictest` (did you mean `strict`?) "
                                                  "(profiles: default",
                                                  0),
            0u);
  EXPECT_EQ(error_of("profile: nothing-like-it\n").rfind("cfg.yaml:1:10: unknown profile `nothing-like-it` (profiles: ", 0), 0u);
  EXPECT_EQ(error_of("exclude: {a: b}\n"), "cfg.yaml:1:10: expected a list of strings");
  EXPECT_EQ(error_of("overrides:\n  - rules: {DF004: off}\n"), "cfg.yaml:2:5: an override needs `paths`");
  EXPECT_EQ(error_of("rules: [DF004]\n"), "cfg.yaml:1:8: `rules` must map rule IDs or names to a setting");
  EXPECT_EQ(error_of("rules:\n  DF004: [\n"), error_of("rules:\n  DF004: [\n"));  // deterministic
  EXPECT_EQ(error_of("rules:\n  DF004: [\n").rfind("cfg.yaml:", 0), 0u);
  EXPECT_EQ(error_of("- a\n"), "cfg.yaml:1:1: the configuration must be a mapping");
}

TEST(Config, OptionsAreTypeChecked) {
  // Every option any registered rule declares is checked against its declared kind.
  for (const rules::Rule* rule : rules::all_rules()) {
    for (const auto& spec : rule->info().options) {
      std::string yaml = "rules:\n  " + std::string(rule->info().id) + ":\n    " + std::string(spec.name) + ": ";
      if (spec.kind == rules::OptionKind::kInteger) {
        EXPECT_NE(error_of(yaml + "many\n").find("takes an integer"), std::string::npos);
        EXPECT_EQ(error_of(yaml + "1001\n"), "");
      } else if (spec.kind == rules::OptionKind::kBoolean) {
        EXPECT_NE(error_of(yaml + "maybe\n").find("takes true or false"), std::string::npos);
        EXPECT_EQ(error_of(yaml + "true\n"), "");
      } else if (spec.kind == rules::OptionKind::kStringList) {
        EXPECT_EQ(error_of(yaml + "[a, b]\n"), "");
        EXPECT_NE(error_of(yaml + "{a: b}\n").find("expected a list of strings"), std::string::npos);
      }
    }
  }
}

TEST(Config, OverridesApplyToMatchingPathsOnly) {
  auto config = parse_config(
      "rules:\n  DF064: warning\noverrides:\n  - paths: [legacy/, '*.dev.Dockerfile']\n    rules:\n      DF064: off\n",
      "cfg.yaml");
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_FALSE(config->settings_for("legacy/app/Dockerfile").enabled(info("DF064")));
  EXPECT_FALSE(config->settings_for("svc/api.dev.Dockerfile").enabled(info("DF064")));
  rules::RuleSettings other = config->settings_for("svc/Dockerfile");
  EXPECT_TRUE(other.enabled(info("DF064")));
  EXPECT_EQ(other.severity(info("DF064")), core::Severity::kWarning);
}

TEST(Config, BuildContextsMapDockerfilesToDirectories) {
  auto config = parse_config("build-contexts:\n  docker/Dockerfile: .\n  services/api/Dockerfile: services\n", "c.yaml");
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->build_contexts.at("docker/Dockerfile"), ".");
  EXPECT_EQ(config->build_contexts.at("services/api/Dockerfile"), "services");
  auto bad = parse_config("build-contexts:\n  docker/Dockerfile: [a]\n", "c.yaml");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message, "c.yaml:2:22: a build context is a directory path");
}

TEST(Config, ExcludeGlobs) {
  auto config = parse_config("exclude: ['vendor/**', 'Dockerfile.old']\n", "cfg.yaml");
  ASSERT_TRUE(config);
  EXPECT_TRUE(config->excludes("vendor/x/Dockerfile"));
  EXPECT_TRUE(config->excludes("a/Dockerfile.old"));
  EXPECT_FALSE(config->excludes("a/Dockerfile"));
}

TEST(Profiles, EveryBuiltInProfileLoadsAndValidates) {
  for (const auto& name : profile_names()) {
    auto profile = find_profile(name);
    ASSERT_TRUE(profile) << name << ": " << profile.error().message;
    EXPECT_FALSE(profile->description.empty()) << name;
    EXPECT_FALSE(profile->production_targets.empty()) << name;
    auto config = parse_config("profile: " + name + "\n", "cfg.yaml");
    EXPECT_TRUE(config) << name;
  }
}

TEST(Config, ProductionTargetsFromConfigWinOverTheProfile) {
  auto config = parse_config("profile: uv\nproduction-targets: [release]\n", "cfg.yaml");
  ASSERT_TRUE(config);
  EXPECT_EQ(config->base_settings().production_targets, (std::vector<std::string>{"release"}));
}

TEST(Config, DumpIsAValidConfigWithTheSameSettings) {
  auto config = parse_config(
      "profile: layout\nrules:\n  DF004: off\n  DF064: error\noverrides:\n  - paths: [old]\n    rules: {DF066: info}\n",
      "cfg.yaml");
  ASSERT_TRUE(config) << config.error().message;
  std::ostringstream dumped;
  dump_config(dumped, *config);
  auto again = parse_config(dumped.str(), "dump.yaml");
  ASSERT_TRUE(again) << again.error().message << "\n" << dumped.str();
  rules::RuleSettings a = config->base_settings();
  rules::RuleSettings b = again->base_settings();
  for (const rules::Rule* rule : rules::all_rules()) {
    const auto& i = rule->info();
    EXPECT_EQ(a.enabled(i), b.enabled(i)) << i.id;
    EXPECT_EQ(a.severity(i), b.severity(i)) << i.id;
    for (const auto& spec : i.options) EXPECT_EQ(a.list_option(i, spec.name), b.list_option(i, spec.name)) << i.id;
  }
  EXPECT_EQ(a.production_targets, b.production_targets);
  EXPECT_EQ(again->settings_for("old/Dockerfile").severity(info("DF066")), core::Severity::kInfo);
}

TEST(Config, FoundFromThePathUpwardToTheRepositoryRoot) {
  fs::path root = fs::temp_directory_path() / ("plimsoll-config-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "repo/.git");
  fs::create_directories(root / "repo/svc/api");
  std::ofstream(root / ".plimsoll.yaml") << "profile: uv\n";  // above the repository: not used
  EXPECT_EQ(find_config((root / "repo/svc/api").string()), "");
  std::ofstream(root / "repo/.plimsoll.yaml") << "profile: layout\n";
  EXPECT_EQ(find_config((root / "repo/svc/api").string()), (root / "repo/.plimsoll.yaml").string());
  std::ofstream(root / "repo/svc/.plimsoll.yml") << "{}\n";
  std::ofstream(root / "repo/svc/api/Dockerfile") << "FROM scratch\n";
  EXPECT_EQ(find_config((root / "repo/svc/api/Dockerfile").string()), (root / "repo/svc/.plimsoll.yml").string());
  auto loaded = load_config((root / "repo/.plimsoll.yaml").string());
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->profile, "layout");
  EXPECT_EQ(loaded->base_dir, fs::weakly_canonical(root / "repo").string());
  fs::remove_all(root);
}

// A shared or world-writable directory above a project that is no git checkout (a CI's /tmp)
// must not configure it: outside a checkout only the directory checked is looked in.
TEST(Config, OutsideACheckoutOnlyTheStartDirectoryIsSearched) {
  fs::path root = fs::temp_directory_path() / ("plimsoll-config-nogit-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "work/proj");
  std::ofstream(root / ".plimsoll.yaml") << "exclude: [\"**\"]\n";
  std::ofstream(root / "work/proj/Dockerfile") << "FROM debian\n";
  EXPECT_EQ(find_config((root / "work/proj").string()), "");
  EXPECT_EQ(find_config((root / "work/proj/Dockerfile").string()), "");
  std::ofstream(root / "work/proj/.plimsoll.yaml") << "{}\n";
  EXPECT_EQ(find_config((root / "work/proj").string()), (root / "work/proj/.plimsoll.yaml").string());
  fs::remove_all(root);
}

TEST(Config, AConfigThatIsNoRegularFileIsAnErrorNamingItOnce) {
  fs::path root = fs::temp_directory_path() / ("plimsoll-config-fifo-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  ASSERT_EQ(::mkfifo((root / "c.yaml").c_str(), 0600), 0);
  auto loaded = load_config((root / "c.yaml").string());
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().message, (root / "c.yaml").string() + ": is a FIFO, not a regular file; not read");
  fs::remove_all(root);
}

TEST(Config, AConfigLinkedFromOutsideTheCheckoutIsNotTheProjects) {
  fs::path root = fs::temp_directory_path() / ("plimsoll-config-link-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "repo/.git");
  std::ofstream(root / "planted.yaml") << "exclude: [\"**\"]\n";
  fs::create_symlink(root / "planted.yaml", root / "repo/.plimsoll.yaml");
  EXPECT_EQ(find_config((root / "repo").string()), "");
  fs::remove_all(root);
}

}  // namespace
}  // namespace plimsoll::config

namespace plimsoll::config {
namespace {

TEST(Profiles, NamedProfilesResolveTheirConventionsConflicts) {
  auto settings_of = [](const std::string& profile) {
    auto config = parse_config("profile: " + profile + "\n", "cfg.yaml");
    EXPECT_TRUE(config);
    return config->base_settings();
  };
  rules::RuleSettings pdm = settings_of("pdm-devcontainer");
  EXPECT_EQ(pdm.severity(info("DF002")), core::Severity::kWarning);  // this convention ships build-essential
  EXPECT_EQ(pdm.list_option(info("DF008"), "required-stages"), (std::vector<std::string>{"base", "development", "production"}));
  rules::RuleSettings layout = settings_of("layout");
  EXPECT_EQ(layout.string_option(info("DF012"), "expected-uid"), "1000");
  rules::RuleSettings uv = settings_of("uv");
  EXPECT_EQ(uv.list_option(info("DF008"), "required-stages"), (std::vector<std::string>{"builder"}));
  rules::RuleSettings strict = settings_of("strict");
  EXPECT_EQ(strict.severity(info("DF002")), core::Severity::kError);
  EXPECT_TRUE(strict.list_option(info("DF008"), "required-stages").empty());
}

// `strict` is the whole union; `default` drops only the house conventions, and the named
// profiles, being conventions themselves, build on `strict`.
TEST(Profiles, DefaultIsStrictWithoutHouseConventions) {
  auto settings_of = [](const std::string& profile) {
    auto config = parse_config("profile: " + profile + "\n", "cfg.yaml");
    EXPECT_TRUE(config);
    return config->base_settings();
  };
  rules::RuleSettings strict = settings_of("strict");
  rules::RuleSettings portable = settings_of("default");
  for (const rules::Rule* rule : rules::all_rules()) {
    EXPECT_TRUE(strict.enabled(rule->info())) << rule->info().id << " is part of the strict union";
    EXPECT_EQ(strict.severity(rule->info()), rule->info().severity) << rule->info().id << " at its catalogue severity";
  }
  for (const char* convention : {"DF008", "DC019", "DC020", "DC021", "LY001", "LY002", "DF060", "DF062", "DF024"}) {
    EXPECT_FALSE(portable.enabled(info(convention))) << convention << " is a house convention";
  }
  for (const char* portable_rule : {"DF010", "DF041", "DF004", "DC003", "EN001", "DF013", "IM013", "DI005"}) {
    EXPECT_TRUE(portable.enabled(info(portable_rule))) << portable_rule << " holds for any project";
  }
  for (const char* named : {"uv", "layout", "pdm-devcontainer"}) {
    rules::RuleSettings settings = settings_of(named);
    for (const char* convention : {"DC019", "LY001", "LY002", "DF008"}) {
      EXPECT_TRUE(settings.enabled(info(convention))) << named << " extends strict: " << convention;
    }
  }
}

}  // namespace
}  // namespace plimsoll::config

namespace plimsoll::config {
namespace {

TEST(Config, InitKeysAreKeptForInitToCheck) {
  auto config = parse_config("init:\n  stack: pip\n  port: 8001\n", "cfg.yaml");
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->init, (std::map<std::string, std::string>{{"stack", "pip"}, {"port", "8001"}}));
  auto list = parse_config("init: [pip]\n", "cfg.yaml");
  ASSERT_FALSE(list);
  EXPECT_EQ(list.error().message, "cfg.yaml:1:7: `init` maps init's option names to values");
  auto nested = parse_config("init:\n  stack: [pip]\n", "cfg.yaml");
  ASSERT_FALSE(nested);
  EXPECT_EQ(nested.error().message, "cfg.yaml:2:10: an init option takes one value");
}

}  // namespace
}  // namespace plimsoll::config
