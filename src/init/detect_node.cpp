// Node: the package manager (packageManager field, else the lock file), the version, the
// framework and a `node <entry>` start command. The only file of init that reads JSON.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string_view>

#include "init/bases.h"
#include "init/command_words.h"
#include "init/detection.h"
#include "util/format.h"

namespace plimsoll::init {

namespace {

using nlohmann::json;

std::string str(const json& doc, const char* a, const char* b = nullptr) {
  const json* node = &doc;
  for (const char* key : {a, b}) {
    if (key == nullptr) break;
    if (!node->is_object() || !node->contains(key)) return {};
    node = &(*node)[key];
  }
  return node->is_string() ? node->get<std::string>() : std::string{};
}

// Where the number a parse found out of range (1e999, beyond a double) sits, from the token
// nlohmann quotes in its message: "line L, column C: the number N is out of range".
std::string out_of_range(const std::string& text, std::string_view what) {
  std::size_t open = what.find('\'');
  std::size_t close = open == std::string_view::npos ? open : what.find('\'', open + 1);
  if (close == std::string_view::npos) return "a number is out of range";
  std::string token(what.substr(open + 1, close - open - 1));
  std::size_t at = text.find(token);
  if (at == std::string::npos || token.empty()) return util::format("the number {} is out of range", token);
  std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  std::size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
  std::size_t column = at - (line_start == std::string::npos || at == 0 ? 0 : line_start + 1) + 1;
  return util::format("line {}, column {}: the number {} is out of range", line, column, token);
}

// A `node …` start script as the argv exec form runs, when it needs nothing more of a shell
// than word splitting and quotes; otherwise the package manager's script stays its business.
std::optional<std::vector<std::string>> start_words(const std::string& start, int port) {
  if (start.rfind("node ", 0) != 0) return std::nullopt;
  auto words = shell_words(start, {{"PORT", std::to_string(port)}});
  if (!words || words->size() < 2) return std::nullopt;
  return std::move(*words);
}

bool depends_on(const json& doc, const char* name) {
  for (const char* section : {"dependencies", "devDependencies"}) {
    if (doc.contains(section) && doc[section].is_object() && doc[section].contains(name)) return true;
  }
  return false;
}

std::string first_major(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) {
      std::size_t j = i;
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
      return text.substr(i, j - i);
    }
  }
  return {};
}

util::Result<std::string> choose_manager(const ProjectDir& dir, const DetectChoices& choices, const json& doc, Detection& d) {
  std::vector<std::pair<std::string, std::string>> locks;  // manager, file
  for (const auto& [manager, file] : std::vector<std::pair<std::string, std::string>>{
           {"npm", "package-lock.json"}, {"npm", "npm-shrinkwrap.json"}, {"pnpm", "pnpm-lock.yaml"}, {"yarn", "yarn.lock"},
           {"bun", "bun.lock"}, {"bun", "bun.lockb"}}) {
    if (dir.exists(file)) locks.emplace_back(manager == "yarn" && dir.exists(".yarnrc.yml") ? "yarn-berry" : manager, file);
  }
  std::string pinned = str(doc, "packageManager");
  std::string stack = choices.stack;
  if (!pinned.empty() && stack.empty()) {
    std::string name = pinned.substr(0, pinned.find('@'));
    d.manager_version = pinned.find('@') == std::string::npos ? "" : pinned.substr(pinned.find('@') + 1);
    d.manager_version = d.manager_version.substr(0, d.manager_version.find('+'));  // drop the +sha512 hash
    stack = name == "yarn" && first_major(d.manager_version) != "1" ? "yarn-berry" : name;
    d.reasons.push_back(util::format("stack: {} from packageManager \"{}\"", stack, pinned));
  } else if (!stack.empty()) {
    d.reasons.push_back(util::format("stack: {} from --stack", stack));
  } else if (locks.size() > 1) {
    std::string list;
    for (const auto& l : locks) list += (list.empty() ? "" : ", ") + l.second;
    return util::unexpected(util::format("{}: several Node lock files: {}; keep one, or choose with --stack", dir.root().string(), list));
  } else if (locks.size() == 1) {
    stack = locks.front().first;
    d.reasons.push_back(util::format("stack: {} because {} is present", stack, locks.front().second));
  }
  bool locked = false;
  for (const auto& l : locks) locked = locked || l.first == stack || (stack == "yarn" && l.first == "yarn-berry") || (stack == "yarn-berry" && l.first == "yarn");
  if (stack.empty() || !locked)
    return util::unexpected(util::format("{}: package.json without a lock file{}; run the package manager's install once and commit the lock file",
                                         dir.root().string(), stack.empty() ? "" : " for " + stack));
  return stack;
}

// --entry for Node: a file of the project that `node` runs ("server.js", "./src/index.mjs"),
// relative to the root, where the image keeps the source.
util::Result<std::string> entry_file(const ProjectDir& dir, const std::string& entry) {
  if (!is_plain_name(entry, "._-/@"))
    return util::unexpected(util::format("--entry \"{}\": not a file name init can put in a Dockerfile (letters, digits, '.', '-', '_', '@', '/')",
                                         shown(entry)));
  std::string rel = entry;
  while (rel.rfind("./", 0) == 0) rel = rel.substr(2);
  if (rel.empty() || rel.find("..") != std::string::npos || rel.front() == '/' || rel.back() == '/')
    return util::unexpected(util::format("--entry \"{}\": a file inside the project, as a relative path", shown(entry)));
  std::error_code ec;
  if (!dir.is_link_free(rel) || !std::filesystem::is_regular_file(dir.root() / rel, ec))
    return util::unexpected(util::format("--entry \"{}\": no file {} in {} (node runs a file of the project)", shown(entry), rel, dir.root().string()));
  return rel;
}

}  // namespace

util::Result<Detection> detect_node(const ProjectDir& dir, const DetectChoices& choices) {
  Detection d;
  d.ecosystem = "node";
  auto text = dir.read("package.json");
  if (!text) return util::unexpected(util::format("{}/package.json: cannot be read", dir.root().string()));
  json doc;
  try {
    doc = json::parse(*text);
  } catch (const json::parse_error& e) {
    return util::unexpected(util::format("{}/package.json: byte {}: not valid JSON", dir.root().string(), e.byte));
  } catch (const json::out_of_range& e) {
    return util::unexpected(util::format("{}/package.json: {}", dir.root().string(), out_of_range(*text, e.what())));
  }
  if (!doc.is_object()) return util::unexpected(util::format("{}/package.json: line 1: the document is not an object", dir.root().string()));
  auto stack = choose_manager(dir, choices, doc, d);
  if (!stack) return util::unexpected(stack.error().message);
  // The pinned version lands in a RUN line (corepack prepare NAME@VERSION).
  if (!d.manager_version.empty() && !is_plain_name(d.manager_version, ".+-_"))
    return util::unexpected(util::format("{}/package.json: packageManager version \"{}\" is not a version (letters, digits, '.', '+', '-')",
                                         dir.root().string(), shown(d.manager_version)));
  d.stack = *stack;
  std::string name = str(doc, "name");
  d.name = image_name(name.empty() ? dir.name() : name.substr(name.find('/') == std::string::npos ? 0 : name.find('/') + 1));

  std::string version;
  for (const char* file : {".nvmrc", ".node-version"}) {
    if (auto v = dir.read(file); v && version.empty() && !first_major(*v).empty()) {
      version = first_major(*v);
      d.version_requirements.push_back({version, VersionGrammar::kSeries, file});
      d.reasons.push_back(util::format("node: {} from {}", version, file));
    }
  }
  if (version.empty() && !first_major(str(doc, "engines", "node")).empty()) {
    version = first_major(str(doc, "engines", "node"));
    d.version_requirements.push_back({str(doc, "engines", "node"), VersionGrammar::kNpm, "engines.node"});
    d.reasons.push_back(util::format("node: engines.node \"{}\"", str(doc, "engines", "node")));
  }
  if (version.empty() && !first_major(str(doc, "volta", "node")).empty()) {
    version = first_major(str(doc, "volta", "node"));
    d.version_requirements.push_back({version, VersionGrammar::kSeries, "volta.node"});
    d.reasons.push_back(util::format("node: {} from volta.node", version));
  }
  if (version.empty()) {
    version = Bases::get().default_version("node");
    d.reasons.push_back(util::format("node: {}, the default LTS (no .nvmrc, .node-version, engines or volta)", version));
  }
  d.language_version = version;
  d.has_build_script = !str(doc, "scripts", "build").empty();
  d.port = choices.port > 0 ? choices.port : 3000;
  std::string runner = d.stack == "yarn-berry" ? "yarn" : d.stack;

  std::string start = str(doc, "scripts", "start");
  bool next_standalone = false;
  for (const char* config : {"next.config.js", "next.config.mjs", "next.config.ts"}) {
    if (auto c = dir.read(config); c && c->find("standalone") != std::string::npos) next_standalone = true;
  }
  if (depends_on(doc, "next") && next_standalone) {
    d.framework = "next";
    d.command = {"node", "server.js"};
    d.reasons.push_back("command: Next.js with output: 'standalone' → node server.js from .next/standalone");
  } else if (depends_on(doc, "next")) {
    return util::unexpected(util::format("{}: Next.js without output: 'standalone' in next.config; set it so the image holds only the server",
                                         dir.root().string()));
  } else if (depends_on(doc, "@nestjs/core")) {
    d.framework = "nestjs";
    d.command = {"node", "dist/main.js"};
    d.reasons.push_back("command: NestJS → node dist/main.js after the build");
  } else if (!choices.entry.empty()) {
    auto file = entry_file(dir, choices.entry);
    if (!file) return util::unexpected(file.error());
    d.entry = *file;
    d.command = {"node", *file};
    d.reasons.push_back(util::format("command: node {} from --entry", *file));
  } else if (auto words = start_words(start, d.port)) {
    // Split as sh splits it, so quotes are removed rather than passed on to node.
    d.command = std::move(*words);
    d.reasons.push_back(util::format("command: scripts.start \"{}\" run directly, without the package manager", shown(start)));
  } else if (!str(doc, "main").empty()) {
    d.command = {"node", str(doc, "main")};
    d.reasons.push_back(util::format("command: node {} from \"main\"", str(doc, "main")));
  } else if (dir.exists("server.js") || dir.exists("index.js")) {
    d.command = {"node", dir.exists("server.js") ? "server.js" : "index.js"};
    d.reasons.push_back(util::format("command: node {}", d.command[1]));
  } else {
    return util::unexpected(util::format("{}: no start command found (no plain `node …` start script, main, server.js or index.js); "
                                         "name the entry file with --entry", dir.root().string()));
  }
  if (d.framework == "next" || d.framework == "nestjs") {
    if (!d.has_build_script) return util::unexpected(util::format("{}: {} needs a \"build\" script in package.json", dir.root().string(), d.framework));
  }
  d.dev_command = d.command;
  for (const char* script : {"dev", "start:dev"}) {
    if (!str(doc, "scripts", script).empty()) {
      d.dev_command = {runner, "run", script};
      break;
    }
  }
  d.test_command = !str(doc, "scripts", "test").empty() ? std::vector<std::string>{runner, "test"} : std::vector<std::string>{"node", "--test"};
  d.reasons.push_back(util::format("port: {}{}", d.port, choices.port > 0 ? " from --port" : " (the Node default)"));
  return d;
}

}  // namespace plimsoll::init
