// Rust: Cargo.toml's package and bins, Cargo.lock's presence and native-TLS crates, the toolchain.
#include "init/bases.h"
#include "init/command_words.h"
#include "init/detection.h"
#include "init/toml.h"
#include "util/format.h"

namespace plimsoll::init {

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
  if (const TomlValue* list = doc->at("bin"); list != nullptr && list->kind == TomlValue::Kind::kArray) {
    for (const auto& bin : list->items) {
      if (!bin.string_at("name").empty()) bins.push_back(bin.string_at("name"));
    }
  }
  std::string package = doc->string_at("package.name");
  if (bins.empty() && dir.exists("src/main.rs") && !package.empty()) bins.push_back(package);
  std::string default_run = doc->string_at("package.default-run");
  if (!choices.entry.empty()) {
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
