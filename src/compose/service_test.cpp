#include "compose/service.h"

#include <gtest/gtest.h>

#include "compose/written.h"
#include "core/source_file.h"

namespace plimsoll::compose {
namespace {

util::YamlNode yaml(std::string_view text) {
  auto node = util::parse_yaml(text);
  EXPECT_TRUE(node) << node.error().message;
  return node ? *node : util::YamlNode{};
}

TEST(ComposeServices, ParsedOnceWithNamesNodesAndBuilds) {
  util::YamlNode root = yaml(
      "services:\n"
      "  api:\n"
      "    build: ./api\n"
      "  worker:\n"
      "    build: {context: ., dockerfile: docker/Worker.Dockerfile, target: Run}\n"
      "  remote:\n"
      "    build: git@github.com:acme/app.git\n"
      "  inline:\n"
      "    build: {dockerfile_inline: 'FROM scratch'}\n"
      "  broken: 3\n");
  std::vector<Service> services = parse_services(root);
  ASSERT_EQ(services.size(), 4u) << "a service that is not a mapping is skipped";
  EXPECT_EQ(services[0].name, "api");
  EXPECT_EQ(services[0].key->line, 2u);
  EXPECT_EQ(services[0].build->context, "./api");
  EXPECT_EQ(services[0].build->dockerfile, "Dockerfile");
  EXPECT_EQ(services[1].build->dockerfile, "docker/Worker.Dockerfile");
  EXPECT_EQ(services[1].build->target, "run");
  EXPECT_TRUE(services[2].build->remote);
  EXPECT_FALSE(services[1].build->remote);
  EXPECT_TRUE(services[3].build->inline_dockerfile);
}

TEST(ComposeServices, AdditionalContextsAsAMapOrAList) {
  util::YamlNode root = yaml(
      "services:\n"
      "  map:\n"
      "    build: {context: ., additional_contexts: {templates: ../templates, base: 'docker-image://alpine:3'}}\n"
      "  list:\n"
      "    build:\n"
      "      context: .\n"
      "      additional_contexts: [assets=./static, nameless]\n");
  std::vector<Service> services = parse_services(root);
  ASSERT_EQ(services.size(), 2u);
  EXPECT_EQ(services[0].build->additional_contexts, (std::vector<std::string>{"templates", "base"}));
  EXPECT_EQ(services[1].build->additional_contexts, (std::vector<std::string>{"assets"}));
}

TEST(ComposePorts, ShortSyntaxWithAddressesRangesAndProtocols) {
  util::YamlNode node = yaml(
      "- \"127.0.0.1:8080:80\"\n"
      "- 5353:53/udp\n"
      "- 8080\n"
      "- \"[::1]:7001:7001\"\n"
      "- \"::1:7002:7002\"\n"
      "- \"127.0.0.1::9000\"\n"
      "- \"8000-8010:8000-8010\"\n");
  std::vector<Port> ports = parse_ports(&node);
  ASSERT_EQ(ports.size(), 7u);
  EXPECT_EQ(ports[0].host_ip, "127.0.0.1");
  EXPECT_EQ(ports[0].published, "8080");
  EXPECT_EQ(ports[0].target, "80");
  EXPECT_EQ(ports[1].protocol, "udp");
  EXPECT_EQ(ports[1].published, "5353");
  EXPECT_EQ(ports[2].published, "") << "a bare container port is published on a random host port";
  EXPECT_EQ(ports[2].target, "8080");
  EXPECT_EQ(ports[3].host_ip, "::1");
  EXPECT_EQ(ports[3].published, "7001");
  EXPECT_EQ(ports[4].host_ip, "::1") << "an unbracketed IPv6 address keeps its colons";
  EXPECT_EQ(ports[4].published, "7002");
  EXPECT_EQ(ports[5].published, "");
  EXPECT_EQ(ports[5].host_ip, "127.0.0.1");
  EXPECT_EQ(ports[6].published_range(), (PortRange{8000, 8010}));
  EXPECT_EQ(ports[0].published_range(), (PortRange{8080, 8080}));
  EXPECT_FALSE(ports[2].published_range());
  EXPECT_EQ(ports[1].node->line, 2u);
}

TEST(ComposePorts, LongSyntax) {
  util::YamlNode node = yaml("- {target: 80, published: \"8080\", host_ip: \"[::1]\", protocol: tcp}\n- target: 9000\n");
  std::vector<Port> ports = parse_ports(&node);
  ASSERT_EQ(ports.size(), 2u);
  EXPECT_TRUE(ports[0].long_syntax);
  EXPECT_EQ(ports[0].host_ip, "::1");
  EXPECT_EQ(ports[0].published, "8080");
  EXPECT_EQ(ports[0].target_range(), (PortRange{80, 80}));
  EXPECT_EQ(ports[1].published, "");
}

TEST(ComposePorts, RangesRejectWhatIsNoPort) {
  EXPECT_FALSE(parse_port_range("${PORT}"));
  EXPECT_FALSE(parse_port_range("9000-8000"));
  EXPECT_FALSE(parse_port_range("70000"));
  EXPECT_EQ(parse_port_range(" 7001 "), (PortRange{7001, 7001}));
}

TEST(ComposeVolumes, ShortAndLongSyntax) {
  util::YamlNode node = yaml(
      "- ./src:/app:ro,z\n"
      "- data:/var/lib/data\n"
      "- /var/lib/anonymous\n"
      "- C:\\data:/data\n"
      "- ~/.ssh:/root/.ssh:rw\n"
      "- type: tmpfs\n"
      "  target: /tmp/\n"
      "- {type: bind, source: ./conf, target: /etc/app, read_only: \"true\"}\n");
  std::vector<Mount> mounts = parse_volumes(&node);
  ASSERT_EQ(mounts.size(), 7u);
  EXPECT_EQ(mounts[0].type, "bind");
  EXPECT_EQ(mounts[0].source, "./src");
  EXPECT_EQ(mounts[0].mode, "ro,z");
  EXPECT_TRUE(mounts[0].read_only);
  EXPECT_EQ(mounts[1].type, "volume");
  EXPECT_EQ(mounts[1].source, "data");
  EXPECT_FALSE(mounts[1].read_only);
  EXPECT_EQ(mounts[2].source, "");
  EXPECT_EQ(mounts[2].target, "/var/lib/anonymous");
  EXPECT_EQ(mounts[3].type, "bind") << "a drive letter is a host path";
  EXPECT_EQ(mounts[3].source, "C:\\data");
  EXPECT_EQ(mounts[3].target, "/data");
  EXPECT_FALSE(mounts[4].read_only);
  EXPECT_TRUE(mounts[5].long_syntax);
  EXPECT_EQ(mounts[5].type, "tmpfs");
  EXPECT_EQ(mounts[5].target, "/tmp") << "targets are lexically normal";
  EXPECT_TRUE(mounts[6].read_only);
  EXPECT_EQ(mounts[6].source, "./conf");
}

TEST(ComposeVolumes, HostPathsAreReadAsWritten) {
  auto source = std::make_shared<core::SourceFile>("compose.yaml", "services:\n  a:\n    volumes:\n      - ${PWD}/src:/app\n");
  std::vector<ComposeDocument> documents{load_document(source, {})};
  const util::YamlNode* volumes = documents[0].root.find("services")->find("a")->find("volumes");
  std::vector<Mount> mounts = parse_volumes(volumes, [&](const util::YamlNode& n) { return as_written(documents, {}, n); });
  ASSERT_EQ(mounts.size(), 1u);
  EXPECT_EQ(mounts[0].source, "./src");
  EXPECT_EQ(mounts[0].type, "bind");
  EXPECT_TRUE(written_as_reference(documents, volumes->items[0]));
}

TEST(ComposeEnvironment, ListAndMapForms) {
  util::YamlNode list = yaml("- A=1\n- B\n- C=x=y\n- D=\n");
  std::vector<EnvironmentVariable> vars = parse_environment(&list);
  ASSERT_EQ(vars.size(), 4u);
  EXPECT_EQ(vars[0].name, "A");
  EXPECT_EQ(vars[0].value, "1");
  EXPECT_EQ(vars[1].name, "B");
  EXPECT_FALSE(vars[1].value) << "taken from the shell";
  EXPECT_EQ(vars[2].value, "x=y") << "only the first = separates";
  EXPECT_EQ(vars[3].value, "");
  EXPECT_EQ(vars[2].node->line, 3u);

  util::YamlNode map = yaml("A: 1\nB:\nURL: \"http://x:8080\"\n");
  vars = parse_environment(&map);
  ASSERT_EQ(vars.size(), 3u);
  EXPECT_EQ(vars[0].value, "1");
  EXPECT_FALSE(vars[1].value);
  EXPECT_EQ(vars[2].value, "http://x:8080");
  EXPECT_EQ(vars[2].name_node->line, 3u);

  util::YamlNode colon = yaml("- \"PASSWORD:hunter2\"\n");
  vars = parse_environment(&colon);
  ASSERT_EQ(vars.size(), 1u);
  EXPECT_EQ(vars[0].name, "PASSWORD:hunter2") << "a colon does not separate an environment entry";
  EXPECT_FALSE(vars[0].value);
}

TEST(ComposeEnvFiles, OnePathAListOrTheLongSyntax) {
  util::YamlNode one = yaml(".env\n");
  std::vector<EnvFile> files = parse_env_files(&one);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].path, ".env");
  EXPECT_TRUE(files[0].required);

  util::YamlNode list = yaml("- ./a.env\n- path: ./b.env\n  required: False\n- path: ./c.env\n  required: true\n- {required: false}\n");
  files = parse_env_files(&list);
  ASSERT_EQ(files.size(), 3u) << "an entry without a path is skipped";
  EXPECT_TRUE(files[0].required);
  EXPECT_EQ(files[1].path, "./b.env");
  EXPECT_FALSE(files[1].required) << "any YAML spelling of false";
  EXPECT_EQ(files[1].node->line, 2u);
  EXPECT_TRUE(files[2].required);
}

}  // namespace
}  // namespace plimsoll::compose
