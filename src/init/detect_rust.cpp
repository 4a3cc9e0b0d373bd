// Rust: Cargo.toml's package and bins, Cargo.lock's presence and native-TLS crates, the toolchain.
#include <algorithm>
#include <filesystem>

#include "init/bases.h"
#include "init/command_words.h"
#include "init/detection.h"
#include "init/toml.h"
#include "util/format.h"

namespace plimsoll::init {

namespace {

// The binaries one package builds: its [[bin]] names, the package itself for src/main.rs, and
// what Cargo discovers in src/bin/ (NAME.rs, NAME/main.rs). `prefix` is the package directory.
void package_bins(const ProjectDir& dir, const std::string& prefix, const TomlValue& doc, std::vector<std::string>& bins) {
  auto add = [&](const std::string& name) {
    if (!name.empty() && std::find(bins.begin(), bins.end(), name) == bins.end()) bins.push_back(name);
  };
  // A file a [[bin]] names (by path, or by Cargo's default path for its name) is that target,
  // not a second one Cargo would infer.
  std::string package = doc.string_at("package.name");
  std::vector<std::string> declared;
  if (const TomlValue* list = doc.at("bin"); list != nullptr && list->kind == TomlValue::Kind::kArray) {
    for (const auto& bin : list->items) {
      std::string name = bin.string_at("name");
      add(name);
      std::string path = bin.string_at("path");
      declared.push_back(!path.empty() ? path : name == package ? "src/main.rs" : "src/bin/" + name + ".rs");
    }
  }
  auto is_declared = [&](const std::string& path) { return std::find(declared.begin(), declared.end(), path) != declared.end(); };
  if (dir.exists(prefix + "src/main.rs") && !package.empty() && !is_declared("src/main.rs")) add(package);
  std::error_code ec;
  std::size_t seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.root() / (prefix + "src/bin"), std::filesystem::directory_options::skip_permission_denied, ec)) {
    if (++seen > 1000) break;  // bounded on a hostile tree
    std::string leaf = entry.path().filename().string();
    std::error_code kind;
    if (entry.is_symlink(kind)) continue;
    if (entry.is_regular_file(kind) && leaf.ends_with(".rs") && !is_declared("src/bin/" + leaf)) add(leaf.substr(0, leaf.size() - 3));
    else if (entry.is_directory(kind) && dir.exists(prefix + "src/bin/" + leaf + "/main.rs") && !is_declared("src/bin/" + leaf + "/main.rs")) add(leaf);
  }
}

// The binaries of a workspace's members ("crates/*" globs expand one directory level).
void workspace_bins(const ProjectDir& dir, const TomlValue& doc, std::vector<std::string>& bins) {
  const TomlValue* members = doc.at("workspace.members");
  if (members == nullptr || members->kind != TomlValue::Kind::kArray) return;
  std::vector<std::string> paths;
  for (const auto& m : members->items) {
    if (m.text.ends_with("/*")) {
      std::string parent = m.text.substr(0, m.text.size() - 2);
      for (const auto& sub : dir.subdirectories(parent)) paths.push_back(parent + "/" + sub);
    } else if (m.text.find_first_of("*?[") == std::string::npos) {
      paths.push_back(m.text);
    }
  }
  if (paths.size() > 256) paths.resize(256);
  for (const auto& path : paths) {
    auto text = dir.read(path + "/Cargo.toml");
    if (!text) continue;
    if (auto member = parse_toml(*text)) package_bins(dir, path + "/", *member, bins);
  }
}

}  // namespace

util::Result<Detection> detect_rust(const ProjectDir& dir, const DetectChoices& choices) {
  Detection d;
  d.ecosystem = "rust";
  d.stack = "cargo";
  d.reasons.push_back("stack: cargo because Cargo.toml is present");
  auto text = dir.read("Cargo.toml");
  if (!text) return util::unexpected(util::format("{}/Cargo.toml: cannot be read", dir.root().string()));
  auto doc = parse_toml(*text);
  if (!doc) return util::unexpected(util::format("{}/Cargo.toml: {}", dir.root().string(), doc.error().message));
  if (doc->at("workspace") != nullptr && doc->at("package") == nullptr && choices.entry.empty())
    return util::unexpected(util::format("{}: a Cargo workspace; choose the binary with --entry", dir.root().string()));
  if (!dir.exists("Cargo.lock"))
    return util::unexpected(util::format("{}: Cargo.lock is missing; run `cargo generate-lockfile` and commit it (builds use --locked)", dir.root().string()));

  std::vector<std::string> bins;
  package_bins(dir, "", *doc, bins);
  if (doc->at("workspace") != nullptr) workspace_bins(dir, *doc, bins);
  std::string default_run = doc->string_at("package.default-run");
  if (!choices.entry.empty()) {
    if (std::find(bins.begin(), bins.end(), choices.entry) == bins.end()) {
      std::string list;
      for (const auto& b : bins) list += (list.empty() ? "" : ", ") + b;
      return util::unexpected(util::format("--entry \"{}\": no such binary in Cargo.toml (binaries found: {}; looked at [[bin]], src/main.rs, "
                                           "src/bin/ and the workspace members)", shown(choices.entry), list.empty() ? "none" : list));
    }
    d.entry = choices.entry;
    d.reasons.push_back(util::format("bin: {} from --entry", d.entry));
  } else if (!default_run.empty()) {
    d.entry = default_run;
    d.reasons.push_back(util::format("bin: {} from default-run", d.entry));
  } else if (bins.size() == 1) {
    d.entry = bins.front();
    d.reasons.push_back(util::format("bin: {}, the only binary", d.entry));
  } else {
    std::string list;
    for (const auto& b : bins) list += (list.empty() ? "" : ", ") + b;
    return util::unexpected(bins.empty() ? util::format("{}: no binary target (no src/main.rs or [[bin]]); a library cannot run", dir.root().string())
                                         : util::format("{}: several binaries: {}; choose one with --entry", dir.root().string(), list));
  }
  // The binary's name lands in RUN lines, COPY paths and the ENTRYPOINT: only what Cargo
  // itself accepts for a target name.
  if (!is_plain_name(d.entry, "-_"))
    return util::unexpected(util::format("{}: \"{}\" is not a Cargo binary name (letters, digits, '-', '_')",
                                         choices.entry.empty() ? dir.root().string() + "/Cargo.toml" : std::string("--entry"), shown(d.entry)));
  d.name = image_name(d.entry);

  std::string toolchain;
  if (auto t = dir.read("rust-toolchain.toml")) {
    if (auto td = parse_toml(*t)) toolchain = major_minor(td->string_at("toolchain.channel"));
    if (!toolchain.empty()) {
      d.version_requirements.push_back({toolchain, VersionGrammar::kSeries, "rust-toolchain.toml"});
      d.reasons.push_back(util::format("rust: {} from rust-toolchain.toml", toolchain));
    }
  }
  if (toolchain.empty()) {
    if (auto t = dir.read("rust-toolchain"); t && !major_minor(*t).empty()) {
      toolchain = major_minor(*t);
      d.version_requirements.push_back({toolchain, VersionGrammar::kSeries, "rust-toolchain"});
      d.reasons.push_back(util::format("rust: {} from rust-toolchain", toolchain));
    }
  }
  if (toolchain.empty() && !major_minor(doc->string_at("package.rust-version")).empty()) {
    toolchain = major_minor(doc->string_at("package.rust-version"));
    // rust-version is the oldest compiler the crate supports (its MSRV).
    d.version_requirements.push_back({doc->string_at("package.rust-version"), VersionGrammar::kMinimum, "rust-version"});
    d.reasons.push_back(util::format("rust: {} or newer, from rust-version", toolchain));
  }
  if (toolchain.empty()) {
    toolchain = Bases::get().default_version("rust");
    d.reasons.push_back(util::format("rust: {}, the default (no rust-toolchain or rust-version)", toolchain));
  }
  d.language_version = toolchain;
  if (auto lock = dir.read("Cargo.lock"); lock && lock->find("name = \"openssl-sys\"") != std::string::npos) {
    d.build_packages = {"libssl-dev", "pkg-config"};
    d.runtime_packages = {"libssl3"};
    d.reasons.push_back("native: openssl-sys in Cargo.lock (libssl-dev and pkg-config in the builder)");
  }
  d.port = choices.port > 0 ? choices.port : 8080;
  d.command = {"/usr/local/bin/" + d.entry};
  d.dev_command = {"cargo", "run", "--locked", "--bin", d.entry};
  d.test_command = {"cargo", "test", "--locked"};
  d.reasons.push_back(util::format("command: /usr/local/bin/{} built with cargo build --locked --release", d.entry));
  d.reasons.push_back(util::format("port: {}{}", d.port, choices.port > 0 ? " from --port" : " (the default for Rust services)"));
  return d;
}

}  // namespace plimsoll::init
