// Go: the go directive, the main package (root, else a single cmd/*), and go.sum's presence.
#include <algorithm>
#include <filesystem>
#include <sstream>

#include "init/bases.h"
#include "init/command_words.h"
#include "init/detection.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::init {

namespace {

bool is_main_package(const ProjectDir& dir, const std::string& relative) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir.root() / relative, ec)) {
    if (entry.path().extension() != ".go" || entry.path().filename().string().ends_with("_test.go")) continue;
    auto text = dir.read((std::filesystem::path(relative) / entry.path().filename()).string());
    if (text && (text->rfind("package main", 0) == 0 || text->find("\npackage main") != std::string::npos)) return true;
  }
  return false;
}

// --entry as `go build` takes a package directory: "./cmd/api" from "cmd/api", "./cmd/api/",
// "." or the import path under the module ("example.com/x/cmd/api"). The directory must hold
// a main package: without the "./" go reads "cmd/api" as a standard-library import path.
util::Result<std::string> main_package(const ProjectDir& dir, const std::string& entry, const std::string& module_path) {
  if (!is_plain_name(entry, "._-/"))
    return util::unexpected(util::format("--entry \"{}\": not a Go package path init can put in a Dockerfile (letters, digits, '.', '-', '_', '/')",
                                         shown(entry)));
  std::string rel = entry;
  if (rel == module_path) rel = ".";
  else if (rel.rfind(module_path + "/", 0) == 0) rel = rel.substr(module_path.size() + 1);
  while (rel.rfind("./", 0) == 0) rel = rel.substr(2);
  while (rel.size() > 1 && rel.back() == '/') rel.pop_back();
  if (rel.empty()) rel = ".";
  for (std::size_t at = 0; at <= rel.size();) {
    std::size_t end = std::min(rel.find('/', at), rel.size());
    std::string part = rel.substr(at, end - at);
    if (part.empty() || part == ".." || (part == "." && rel != "."))
      return util::unexpected(util::format("--entry \"{}\": a package directory inside the module, such as ./cmd/api", shown(entry)));
    at = end + 1;
  }
  if (!dir.is_link_free(rel) || !std::filesystem::is_directory(dir.root() / rel))
    return util::unexpected(util::format("--entry \"{}\": no directory {} in {}", shown(entry), rel, dir.root().string()));
  if (!is_main_package(dir, rel))
    return util::unexpected(util::format("--entry \"{}\": {} holds no `package main` (its non-test .go files)", shown(entry), rel == "." ? "the module root" : rel));
  return rel == "." ? rel : "./" + rel;
}

}  // namespace

util::Result<Detection> detect_go(const ProjectDir& dir, const DetectChoices& choices) {
  Detection d;
  d.ecosystem = "go";
  d.stack = "go";
  d.reasons.push_back("stack: go because go.mod is present");
  auto text = dir.read("go.mod");
  if (!text) return util::unexpected(util::format("{}/go.mod: cannot be read", dir.root().string()));
  std::istringstream lines(*text);
  std::string line, module_path;
  bool has_requires = false;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    std::istringstream words(line);
    std::string verb, arg;
    words >> verb >> arg;
    if (verb == "module") module_path = arg;
    if (verb == "go") {
      d.language_version = major_minor(arg);
      if (d.language_version.empty())
        return util::unexpected(util::format("{}/go.mod:{}: go directive \"{}\" is not a version", dir.root().string(), number, arg));
      // The go directive is the oldest toolchain the module builds with; the official images
      // set GOTOOLCHAIN=local, so an older one fails rather than downloading a newer one.
      d.version_requirements.push_back({arg, VersionGrammar::kMinimum, "the go directive"});
      d.reasons.push_back(util::format("go: {} or newer, from the go directive", arg));
    }
    if (verb == "toolchain" && leading_version(arg)) {
      d.version_requirements.push_back({arg, VersionGrammar::kMinimum, "the toolchain line"});
      d.reasons.push_back(util::format("go: {} or newer, from the toolchain line", arg));
    }
    if (verb == "require") has_requires = true;
  }
  if (module_path.empty()) return util::unexpected(util::format("{}/go.mod:1: no module directive", dir.root().string()));
  if (d.language_version.empty()) {
    d.language_version = Bases::get().default_version("go");
    d.reasons.push_back(util::format("go: {}, the default (go.mod has no go directive)", d.language_version));
  }
  if (has_requires && !dir.exists("go.sum"))
    return util::unexpected(util::format("{}: go.mod requires modules but go.sum is missing; run `go mod tidy` first", dir.root().string()));
  if (dir.exists("go.work") && choices.entry.empty())
    return util::unexpected(util::format("{}: go.work holds several modules; choose the main package with --entry", dir.root().string()));

  if (!choices.entry.empty()) {
    auto entry = main_package(dir, choices.entry, module_path);
    if (!entry) return util::unexpected(entry.error());
    d.entry = *entry;
    d.reasons.push_back(util::format("main: {} from --entry", d.entry));
  } else if (is_main_package(dir, ".")) {
    d.entry = ".";
    d.reasons.push_back("main: the module root is package main");
  } else {
    std::vector<std::string> mains;
    for (const auto& sub : dir.subdirectories("cmd")) {
      if (!is_main_package(dir, "cmd/" + sub)) continue;
      // The directory names the binary and lands in a RUN line and the ENTRYPOINT.
      if (!is_plain_name(sub))
        return util::unexpected(util::format("{}/cmd/{}: a main package directory name init cannot put in a Dockerfile "
                                             "(letters, digits, '.', '-', '_'); rename it or choose another with --entry",
                                             dir.root().string(), shown(sub)));
      mains.push_back("./cmd/" + sub);
    }
    if (mains.size() != 1) {
      std::string list;
      for (const auto& m : mains) list += (list.empty() ? "" : ", ") + m;
      return util::unexpected(mains.empty() ? util::format("{}: no main package (not at the root, not under cmd/); name it with --entry", dir.root().string())
                                            : util::format("{}: several main packages: {}; choose one with --entry", dir.root().string(), list));
    }
    d.entry = mains.front();
    d.reasons.push_back(util::format("main: {}, the only main package under cmd/", d.entry));
  }
  std::string leaf(util::basename(d.entry == "." ? module_path : d.entry));
  d.name = image_name(leaf);
  d.port = choices.port > 0 ? choices.port : 8080;
  d.command = {"/usr/local/bin/" + d.name};
  d.dev_command = {"go", "run", d.entry};
  d.test_command = {"go", "test", "./..."};
  d.reasons.push_back(util::format("command: the static binary /usr/local/bin/{} built from {}", d.name, d.entry));
  d.reasons.push_back(util::format("port: {}{}", d.port, choices.port > 0 ? " from --port" : " (the default for Go services)"));
  return d;
}

}  // namespace plimsoll::init
