#include "compose/printed_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <map>

#include "compose/document.h"
#include "compose/print_yaml.h"

namespace plimsoll::compose {
namespace {

using ojson = nlohmann::ordered_json;

struct Printed {
  ojson model;
  std::vector<std::string> errors;
};

// `yaml` loaded as compose loads it (interpolated with `variables`), printed from /proj.
Printed print(const std::string& yaml, std::map<std::string, std::string, std::less<>> variables = {},
              std::map<std::string, std::string> files = {}, std::vector<std::string> profiles = {},
              bool json = false) {
  auto source = std::make_shared<core::SourceFile>("/proj/compose.yaml", yaml);
  LoadOptions options;
  options.variables = [&variables](std::string_view name) -> std::optional<std::string> {
    auto it = variables.find(name);
    return it == variables.end() ? std::nullopt : std::optional<std::string>(it->second);
  };
  ComposeDocument doc = load_document(source, options);
  EXPECT_TRUE(doc.loaded);
  PrintContext context;
  context.project_name = "proj";
  context.base_dir = [](const util::YamlNode&) { return std::string("/proj"); };
  context.variables = options.variables;
  context.read_file = [&files](const std::string& path) -> util::Result<std::string> {
    auto it = files.find(path);
    if (it == files.end()) return util::unexpected("stat " + path + ": no such file or directory");
    return it->second;
  };
  context.profiles = std::move(profiles);
  context.home = "/home/me";
  context.json = json;
  PrintedModel printed = printed_model(doc.root, context);
  return {std::move(printed.model), std::move(printed.errors)};
}

ojson web(const Printed& printed) { return printed.model["services"]["web"]; }

TEST(PrintedModel, PortsInTheLongFormWithRangesExpanded) {
  Printed p = print(
      "services:\n  web:\n    image: x\n    ports:\n"
      "      - 80\n      - \"127.0.0.1:8080:8000\"\n      - \"[::1]:53:53/UDP\"\n      - \"9000-9001:7000-7001\"\n"
      "      - target: 443\n        published: ${TLS:-8443}\n      - target: ${T:-22}\n        protocol: tcp\n        mode: host\n");
  ASSERT_TRUE(p.errors.empty());
  EXPECT_EQ(web(p)["ports"], ojson::parse(R"([
    {"mode": "ingress", "target": 80, "protocol": "tcp"},
    {"mode": "ingress", "host_ip": "127.0.0.1", "target": 8000, "published": "8080", "protocol": "tcp"},
    {"mode": "ingress", "host_ip": "::1", "target": 53, "published": "53", "protocol": "udp"},
    {"mode": "ingress", "target": 7000, "published": "9000", "protocol": "tcp"},
    {"mode": "ingress", "target": 7001, "published": "9001", "protocol": "tcp"},
    {"mode": "ingress", "target": 443, "published": "8443", "protocol": "tcp"},
    {"mode": "host", "target": 22, "protocol": "tcp"}])"));
}

TEST(PrintedModel, PortRangesExpandWithinABound) {
  Printed one = print("services:\n  web:\n    image: x\n    ports: ['1-65535:1-65535']\n");
  EXPECT_TRUE(one.errors.empty());
  EXPECT_EQ(web(one)["ports"].size(), 65535u);
  Printed two = print("services:\n  web:\n    image: x\n    ports: ['1-65535:1-65535', '1-65535:1-65535/udp']\n"
                      "  api:\n    image: x\n    ports: ['1-65535:1-65535']\n");
  EXPECT_EQ(two.errors, (std::vector<std::string>{"ports: the stack's port ranges expand to more than 65536 entries"}));
}

TEST(PrintedModel, EnvFilesFoldedByManyServicesStayWithinABound) {
  std::string yaml = "services:\n";
  for (int i = 0; i < 40; ++i) yaml += "  s" + std::to_string(i) + ":\n    image: x\n    env_file: big.env\n";
  std::map<std::string, std::string> files = {{"/proj/big.env", std::string(2 << 20, '#')}};
  Printed p = print(yaml, {}, files);
  EXPECT_EQ(p.errors, (std::vector<std::string>{"env_file: the stack's env files add up to more than 64 MiB"}));
  EXPECT_TRUE(print("services:\n  a:\n    image: x\n    env_file: big.env\n", {}, files).errors.empty());
}

TEST(PrintedModel, VolumesInTheLongFormWithHostPathsResolved) {
  Printed p = print(
      "services:\n  web:\n    image: x\n    volumes:\n"
      "      - ./src:/app/src:ro,Z\n      - ~/.cache:/cache:rshared\n      - data:/data:nocopy\n      - /scratch\n"
      "      - ../shared:/shared\n      - type: bind\n        source: ./conf\n        target: /etc/app\n"
      "volumes:\n  data: {}\n");
  ASSERT_TRUE(p.errors.empty()) << p.errors.front();
  EXPECT_EQ(web(p)["volumes"], ojson::parse(R"([
    {"type": "bind", "source": "/proj/src", "target": "/app/src", "read_only": true, "bind": {"selinux": "Z"}},
    {"type": "bind", "source": "/home/me/.cache", "target": "/cache", "bind": {"propagation": "rshared"}},
    {"type": "volume", "source": "data", "target": "/data", "volume": {"nocopy": true}},
    {"type": "volume", "target": "/scratch", "volume": {}},
    {"type": "bind", "source": "/shared", "target": "/shared", "bind": {}},
    {"type": "bind", "source": "/proj/conf", "target": "/etc/app"}])"));
}

TEST(PrintedModel, BuildDependsOnSecretsAndNetworksInTheLongForm) {
  Printed p = print(
      "services:\n  web:\n    build: ./api\n    depends_on: [db, cache]\n    secrets: [key]\n    networks: [back]\n"
      "    expose: [3000, \"3001\"]\n    labels: [a=1, b]\n"
      "  db:\n    build:\n      context: https://github.com/example/db.git#main\n      args: [VERSION=16, TOKEN]\n"
      "    depends_on:\n      cache:\n        condition: service_healthy\n      web:\n        required: false\n"
      "    network_mode: host\n"
      "  cache:\n    build:\n      dockerfile_inline: FROM redis\n"
      "secrets:\n  key:\n    file: ./key.txt\nnetworks:\n  back: {}\n  outside:\n    external: true\n");
  ASSERT_TRUE(p.errors.empty()) << p.errors.front();
  EXPECT_EQ(web(p)["build"], ojson::parse(R"({"context": "/proj/api", "dockerfile": "Dockerfile"})"));
  EXPECT_EQ(web(p)["depends_on"], ojson::parse(R"({"cache": {"condition": "service_started", "required": true},
                                                   "db": {"condition": "service_started", "required": true}})"));
  EXPECT_EQ(web(p)["secrets"], ojson::parse(R"([{"source": "key", "target": "/run/secrets/key"}])"));
  EXPECT_EQ(web(p)["networks"], ojson::parse(R"({"back": null})"));
  EXPECT_EQ(web(p)["expose"], ojson::parse(R"(["3000", "3001"])"));
  EXPECT_EQ(web(p)["labels"], ojson::parse(R"({"a": "1", "b": ""})"));
  ojson db = p.model["services"]["db"];
  EXPECT_EQ(db["build"], ojson::parse(R"({"context": "https://github.com/example/db.git#main", "dockerfile": "Dockerfile",
                                          "args": {"VERSION": "16"}})"))
      << "an argument without a value and without a variable is left out";
  EXPECT_EQ(db["depends_on"], ojson::parse(R"({"cache": {"condition": "service_healthy", "required": true},
                                               "web": {"condition": "service_started", "required": false}})"));
  EXPECT_FALSE(db.contains("networks")) << "network_mode replaces networks";
  EXPECT_EQ(p.model["services"]["cache"]["build"], ojson::parse(R"({"context": "/proj", "dockerfile_inline": "FROM redis"})"));
  EXPECT_EQ(p.model["networks"], ojson::parse(R"({"back": {"name": "proj_back"}, "default": {"name": "proj_default"},
                                                  "outside": {"name": "outside", "external": true}})"));
  EXPECT_EQ(p.model["secrets"], ojson::parse(R"({"key": {"name": "proj_key", "file": "/proj/key.txt"}})"));
}

TEST(PrintedModel, DependenciesImpliedByOtherFields) {
  Printed p = print(
      "services:\n  web:\n    image: x\n    links: ['db:database', cache]\n    network_mode: service:proxy\n"
      "    volumes_from: [store:ro, 'container:legacy']\n    depends_on:\n      db:\n        condition: service_healthy\n"
      "    pull_policy: if_not_present\n"
      "  db:\n    image: x\n  cache:\n    image: x\n  proxy:\n    image: x\n  store:\n    image: x\n    networks: {}\n");
  ASSERT_TRUE(p.errors.empty()) << p.errors.front();
  EXPECT_EQ(web(p)["depends_on"], ojson::parse(R"({
    "cache": {"condition": "service_started", "restart": true, "required": true},
    "db": {"condition": "service_healthy", "required": true},
    "proxy": {"condition": "service_started", "restart": true, "required": true},
    "store": {"condition": "service_started", "restart": false, "required": true}})"));
  EXPECT_EQ(web(p)["pull_policy"], "missing");
  EXPECT_FALSE(web(p).contains("networks")) << "network_mode: service:… replaces networks";
  EXPECT_EQ(p.model["services"]["store"]["networks"], ojson::parse(R"({"default": null})")) << "an empty networks joins default";
}

TEST(PrintedModel, CommandsBecomeWordsAndHealthcheckStringsAShell) {
  Printed p = print(
      "services:\n  web:\n    image: x\n    command: sh -c 'echo \"$$HOME\" && sleep ${DELAY:-1}'\n"
      "    entrypoint: [\"/tini\", \"--\"]\n    healthcheck:\n      interval: 5s\n      test: curl -f localhost || exit 1\n");
  ASSERT_TRUE(p.errors.empty());
  EXPECT_EQ(web(p)["command"], ojson::parse(R"(["sh", "-c", "echo \"$HOME\" && sleep 1"])"));
  EXPECT_EQ(web(p)["entrypoint"], ojson::parse(R"(["/tini", "--"])"));
  EXPECT_EQ(web(p)["healthcheck"].dump(), R"({"test":["CMD-SHELL","curl -f localhost || exit 1"],"interval":"5s"})");
  EXPECT_EQ(print("services:\n  web:\n    image: x\n    command: echo 'open\n").errors,
            (std::vector<std::string>{"services.web.command: invalid command line string: unterminated single quote"}));
}

TEST(PrintedModel, EnvFilesAreFoldedIntoTheEnvironmentInOrderAndTheEnvironmentWins) {
  std::map<std::string, std::string> files = {{"/proj/base.env", "A=base\nB=base\nexport C='$NOT_EXPANDED'\nINHERITED\n"},
                                              {"/proj/env/web.env", "B=web\nD=\"${HOST_VAR}-x\"\nE=${A}-${OWN}\n"}};
  Printed p = print(
      "services:\n  web:\n    image: x\n    env_file:\n      - base.env\n      - path: env/web.env\n"
      "      - path: missing.env\n        required: false\n    environment:\n      - A=service\n      - HOST_VAR\n      - NOWHERE\n"
      "      - OWN=mine\n",
      {{"HOST_VAR", "from-host"}, {"INHERITED", "inherited"}}, files);
  ASSERT_TRUE(p.errors.empty()) << p.errors.front();
  EXPECT_EQ(web(p)["environment"], ojson::parse(R"({"A": "service", "B": "web", "C": "$NOT_EXPANDED", "D": "from-host-x",
                                                    "E": "service-mine", "HOST_VAR": "from-host", "INHERITED": "inherited",
                                                    "NOWHERE": null, "OWN": "mine"})"))
      << "an env file's references see the project's variables, then the service's own environment";
  EXPECT_FALSE(web(p).contains("env_file"));
  Printed missing = print("services:\n  web:\n    image: x\n    env_file: gone.env\n");
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_EQ(missing.errors[0], "env file /proj/gone.env not found: stat /proj/gone.env: no such file or directory");
}

TEST(PrintedModel, ProfilesLeaveServicesOutAndDependenciesOnThemFail) {
  std::string yaml = "services:\n  web:\n    image: x\n  debug:\n    image: y\n    profiles: [dev]\n";
  EXPECT_EQ(print(yaml).model["services"].size(), 1u);
  EXPECT_EQ(print(yaml, {}, {}, {"dev"}).model["services"].size(), 2u);
  EXPECT_EQ(print(yaml, {}, {}, {"*"}).model["services"].size(), 2u);
  EXPECT_EQ(print(yaml, {}, {}, {"prod"}).model["services"].size(), 1u);
  Printed p = print("services:\n  web:\n    image: x\n    depends_on: [debug]\n  debug:\n    image: y\n    profiles: [dev]\n");
  EXPECT_EQ(p.errors, (std::vector<std::string>{"service \"web\" depends on undefined service \"debug\": invalid compose "
                                                "project (no profile of it is active)"}));
}

TEST(PrintedModel, UndefinedReferencesAreErrors) {
  Printed p = print(
      "services:\n  web:\n    image: x\n    depends_on: [nothing]\n    networks: [ghost]\n    volumes: [\"cache:/c\"]\n"
      "    secrets: [token]\n    configs: [conf]\n");
  EXPECT_EQ(p.errors, (std::vector<std::string>{
                          "service \"web\" depends on undefined service \"nothing\": invalid compose project",
                          "service \"web\" refers to undefined network ghost: invalid compose project",
                          "service \"web\" refers to undefined volume cache: invalid compose project",
                          "service \"web\" refers to undefined secret token: invalid compose project",
                          "service \"web\" refers to undefined config conf: invalid compose project"}));
}

TEST(PrintedModel, KeysComeInComposesOrderAndInterpolatedValuesAreTyped) {
  Printed p = print(
      "x-top: 1\nversion: \"3.8\"\nvolumes:\n  v: {}\nservices:\n"
      "  web:\n    x-mine: 1\n    volumes: [\"v:/v\"]\n    privileged: \"${PRIV:-true}\"\n    image: x\n"
      "    environment:\n      N: 1.0\n      T: yes\n      E: 1e3\n      S: 0.00001\n      H: 0x1F\n      B: True\n"
      "      Q: \"1.0\"\n      L: [a]\n      V: ${CPUS:-1.0}\n    build: .\n    cpus: ${CPUS:-0.5}\n",
      {}, {}, {}, true);
  ASSERT_TRUE(p.errors.empty()) << p.errors.front();
  std::vector<std::string> top, service;
  for (const auto& [key, value] : p.model.items()) top.push_back(key);
  ojson service_model = web(p);
  for (const auto& [key, value] : service_model.items()) service.push_back(key);
  EXPECT_EQ(top, (std::vector<std::string>{"name", "networks", "services", "volumes", "x-top"})) << "JSON: byte order";
  EXPECT_EQ(service, (std::vector<std::string>{"build", "cpus", "command", "entrypoint", "environment", "image", "networks",
                                               "privileged", "volumes", "x-mine"}));
  EXPECT_EQ(web(p)["privileged"], true);
  EXPECT_EQ(web(p)["cpus"], 0.5);
  EXPECT_EQ(web(p)["command"], nullptr) << "JSON keeps an unset command as null";
  // compose reads a plain scalar as YAML types it, then writes it back as Go does.
  EXPECT_EQ(web(p)["environment"], ojson::parse(R"({"B": "true", "E": "1000", "H": "31", "L": null, "N": "1", "Q": "1.0",
                                                    "S": "1e-05", "T": "yes", "V": "1.0"})"));
}

TEST(PrintedModel, YamlKeepsComposesTopLevelOrder) {
  Printed p = print("x-top: 1\nvolumes:\n  v: {}\nservices:\n  web:\n    image: x\n    volumes: [\"v:/v\"]\n");
  std::vector<std::string> top;
  for (const auto& [key, value] : p.model.items()) top.push_back(key);
  EXPECT_EQ(top, (std::vector<std::string>{"name", "services", "networks", "volumes", "x-top"}));
  EXPECT_FALSE(web(p).contains("command")) << "YAML leaves an unset command out";
}

// The least CPU time of three prints of a model whose maps hold `n` keys each.
double print_seconds(std::size_t n) {
  std::string yaml = "x-wide:\n";
  for (std::size_t i = 0; i < n; ++i) yaml += "  k" + std::to_string(i) + ": v\n";
  yaml += "services:\n";
  for (std::size_t i = 0; i < n / 10; ++i) yaml += "  s" + std::to_string(i) + ":\n    image: x\n";
  yaml += "  web:\n    image: x\n    environment:\n";
  for (std::size_t i = 0; i < n; ++i) yaml += "      E" + std::to_string(i) + ": v\n";
  double best = 1e9;
  for (int round = 0; round < 3; ++round) {
    std::clock_t start = std::clock();
    Printed p = print(yaml);
    best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    EXPECT_EQ(p.model["x-wide"].size(), n);
  }
  return best;
}

// Objects are filled by appending keys known to be new: an ordered JSON object finds a key by
// a scan, so assigning key by key made a map of tens of thousands of keys quadratic.
TEST(PrintedModel, TwiceTheKeysCostAboutTwiceTheTime) {
  double once = print_seconds(10000);
  double twice = print_seconds(20000);
  EXPECT_LT(twice, 3 * once + 0.02) << once << " s for 10,000 keys, " << twice << " s for 20,000";
}

TEST(PrintedModel, ProjectNamesAreNormalisedAsComposeDoes) {
  EXPECT_EQ(normalized_project_name("My Shop.v2"), "myshopv2");
  EXPECT_EQ(normalized_project_name("_under-score_"), "under-score_");
  EXPECT_EQ(normalized_project_name("--"), "");
}

}  // namespace
}  // namespace plimsoll::compose
