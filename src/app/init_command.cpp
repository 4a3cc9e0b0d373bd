// Flags win over config keys; without a terminal nothing is asked. Existing files are never
// replaced unless --force; --dry-run and --diff only print.
#include "app/init_command.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <optional>

#include "app/commands.h"
#include "app/terminal.h"
#include "config/config.h"
#include "init/bases.h"
#include "init/detection.h"
#include "init/existing_setup.h"
#include "init/generate.h"
#include "init/write_plan.h"
#include "rules/registry.h"
#include "util/atomic_write.h"
#include "util/diff.h"
#include "util/format.h"
#include "util/printable.h"

namespace plimsoll::app {

namespace fs = std::filesystem;

namespace {

// Fills options the flags left unset from the config's `init:` keys; `existing` receives the
// project's configuration when it has one.
bool apply_config(InitOptions& o, std::optional<config::Config>& existing) {
  std::string found = config::find_config(o.path);
  if (found.empty()) return true;
  auto cfg = config::load_config(found);
  if (!cfg) {
    std::cerr << "plimsoll: " << util::printable(cfg.error().message) << "\n";
    return false;
  }
  existing = *cfg;
  for (const auto& [key, value] : cfg->init) {
    if (key == "stack" && o.stack.empty()) o.stack = value;
    else if (key == "entry" && o.entry.empty()) o.entry = value;
    else if (key == "layout" && o.layout.empty()) o.layout = value;
    else if (key == "yes") o.yes = o.yes || value == "true";
    else if (key == "port" && o.port == 0) {
      try {
        o.port = std::stoi(value);
      } catch (const std::exception&) {
        o.port = -1;
      }
      if (o.port < 1 || o.port > 65535) {
        std::cerr << "plimsoll: " << util::printable(found) << ": init port `" << util::printable(value) << "` is not a port (1-65535)\n";
        return false;
      }
    } else if (key != "stack" && key != "entry" && key != "layout" && key != "port" && key != "yes") {
      std::cerr << "plimsoll: " << util::printable(found) << ": unknown init key `" << util::printable(key) << "` (stack, entry, port, layout, yes)\n";
      return false;
    }
  }
  return true;
}

std::string ecosystem_name(const std::string& ecosystem) {
  return ecosystem == "python" ? "Python" : ecosystem == "node" ? "Node.js" : ecosystem == "go" ? "Go" : ecosystem == "rust" ? "Rust" : ecosystem;
}

// An image reference as a person reads it: the tag, and whether a digest pins it.
std::string shown_image(const std::string& image) {
  std::size_t at = image.find("@sha256:");
  return at == std::string::npos ? image + " (not pinned by digest)" : image.substr(0, at) + " (pinned by digest)";
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// What init is about to do: the detection in a few lines, then every file it writes.
void print_plan(const InitOptions& o, const init::Detection& d, const std::vector<init::PlannedWrite>& plan) {
  const init::Bases& bases = init::Bases::get();
  std::cout << util::format("plimsoll init: a {} project ({}, {} {}) in {}\n", ecosystem_name(d.ecosystem), d.stack, ecosystem_name(d.ecosystem),
                            d.language_version, util::printable(o.path));
  if (!d.entry.empty()) std::cout << "  entry:       " << util::printable(d.entry) << "\n";
  std::cout << "  start:       " << util::printable(joined(d.command)) << "\n";
  std::cout << "  port:        " << d.port << "\n";
  std::string base = bases.image(d.ecosystem, d.language_version);
  std::string final = bases.final_image(d.ecosystem);
  std::cout << (final.empty() ? "  base image:  " : "  build image: ") << util::printable(shown_image(base)) << "\n";
  if (!final.empty()) std::cout << "  run image:   " << util::printable(shown_image(final)) << "\n";
  if (d.stack == "uv") std::cout << "  uv image:    " << util::printable(shown_image(bases.tool("uv"))) << "\n";
  std::cout << "Files:\n";
  std::size_t unchanged = 0;
  for (const auto& w : plan) {
    using State = init::PlannedWrite::State;
    if (w.state == State::kUnchanged) {
      ++unchanged;
      continue;
    }
    const char* what = w.state == State::kNew ? "create   " : w.state == State::kAppend ? "append to" : "overwrite";
    std::cout << "  " << what << " " << util::printable(w.path) << "\n";
  }
  if (unchanged > 0) std::cout << util::format("  ({} more already as init would write them)\n", unchanged);
}

// What to do with the files just written.
void print_next_steps(const std::vector<init::PlannedWrite>& plan) {
  std::vector<std::string> env_templates;
  bool readme = false;
  for (const auto& w : plan) {
    readme = readme || w.path == "README.container.md";
    std::string leaf = w.path.substr(w.path.rfind('/') == std::string::npos ? 0 : w.path.rfind('/') + 1);
    if (leaf.rfind(".env.", 0) == 0 && leaf.ends_with(".example")) env_templates.push_back(w.path);
  }
  std::cout << "\nNext steps:\n"
               "  make dev-up       start the development environment\n"
               "  make test         run the tests in the test image\n"
               "  make build        build the production image\n"
               "  plimsoll check    check the container setup\n";
  if (!env_templates.empty()) {
    std::cout << "Edit the environment templates (make copies each to its env file when missing):\n";
    for (const auto& e : env_templates) std::cout << "  " << util::printable(e) << "\n";
  }
  if (readme) std::cout << "README.container.md has a section to paste into the README.\n";
}

bool confirm(std::size_t count) {
  std::cout << util::format("Write these {} files? [y/N] ", count) << std::flush;
  std::string answer;
  if (!std::getline(std::cin, answer)) return false;
  return answer == "y" || answer == "Y" || answer == "yes";
}

}  // namespace

int run_init(InitOptions o) {
  std::optional<config::Config> existing;
  if (!apply_config(o, existing)) return 2;
  if (o.layout.empty()) o.layout = "per-environment";
  if (std::string known = init::canonical_layout(o.layout); !known.empty()) o.layout = known;
  std::error_code ec;
  if (!fs::is_directory(o.path, ec)) {
    std::cerr << "plimsoll: " << util::printable(o.path) << ": not a directory\n";
    return 2;
  }
  init::ProjectDir dir(o.path);
  auto detection = init::detect(dir, {o.stack, o.entry, o.port});
  if (!detection) {
    std::cerr << "plimsoll: " << util::printable(detection.error().message) << "\n";
    return 2;
  }
  // A setup the project already has is the user's: say what is there before writing another.
  if (auto setup = init::existing_container_setup(dir); !setup.empty()) {
    std::string list;
    for (const auto& f : setup) list += (list.empty() ? "" : ", ") + util::printable(f);
    if (o.force) {
      std::cerr << "plimsoll: note: the project already has a container setup (" << list << "); --force writes init's anyway\n";
    } else if (o.dry_run || o.diff) {
      std::cerr << "plimsoll: note: the project already has a container setup (" << list << "); `plimsoll check` checks it\n";
    } else {
      std::cerr << "plimsoll: " << util::printable(o.path) << " already has a container setup: " << list << "\n"
                << "Nothing was written. Check it with `plimsoll check`; see what init would write with `plimsoll init --diff`,\n"
                << "or write init's setup anyway with --force.\n";
      return 1;
    }
  }
  // init::detect chose the base (init/base_choice.h) and noted an unpinned one.
  std::string image = detection->base_image.empty() ? init::Bases::get().image(detection->ecosystem, detection->language_version)
                                                    : detection->base_image;
  if (o.explain) {
    std::cout << util::format("Detected a {} project ({}) in {}:\n", detection->ecosystem, detection->stack,
                              util::printable(o.path));
    for (const auto& reason : detection->reasons) std::cout << "  " << util::printable(reason) << "\n";
    for (const auto& note : detection->notes) std::cout << "  note: " << util::printable(note) << "\n";
    std::cout << "  base image: " << util::printable(image) << "\n";
  }
  if (existing) {
    // The project's configuration is kept as it is; say what would check the generated files
    // against every convention they follow.
    if (existing->profile != "strict")
      detection->notes.push_back(util::format("{} selects the `{}` profile; the generated files follow the whole standard: "
                                              "add `profile: strict` to check them against all of it",
                                              util::printable(existing->path), existing->profile));
    const rules::Rule* layout_rule = rules::find_rule("LY001");
    if (o.layout == "flat" && layout_rule != nullptr && existing->base_settings().enabled(layout_rule->info()))
      detection->notes.push_back("the flat layout keeps compose, env and Docker files in the root: add `LY001: off` under `rules:` "
                                 "in the existing .plimsoll.yaml, or plimsoll check reports LY001");
  }
  for (const auto& note : detection->notes) {
    if (!o.explain) std::cerr << "plimsoll: note: " << util::printable(note) << "\n";
  }

  auto files = init::generate(*detection, dir, {o.layout, kToolVersion});
  if (!files) {
    std::cerr << "plimsoll: " << util::printable(files.error().message) << "\n";
    return 2;
  }
  auto plan = init::plan_writes(o.path, *files);
  bool refused = false;
  for (const auto& w : plan) {
    if (w.state != init::PlannedWrite::State::kRefused) continue;
    std::cerr << "plimsoll: " << (fs::path(o.path) / w.path).string() << ": " << w.refusal << "\n";
    refused = true;
  }
  if (refused) {
    std::cerr << "plimsoll: nothing was written; replace the links with real files or directories, or remove them\n";
    return 2;
  }
  if (o.dry_run || o.diff) {
    for (const auto& w : plan) {
      if (o.diff) {
        std::cout << for_stdout(
            util::unified_diff(w.existing, w.content, w.path, w.state == init::PlannedWrite::State::kNew));
      } else {
        std::cout << "==> " << util::printable(w.path)
                  << (w.state == init::PlannedWrite::State::kConflict ? " (exists, differs)" : "") << " <==\n"
                  << for_stdout(w.content);
      }
    }
    return 0;
  }
  std::vector<std::string> conflicts;
  for (const auto& w : plan) {
    if (w.state == init::PlannedWrite::State::kConflict) conflicts.push_back(w.path);
  }
  if (!conflicts.empty() && !o.force) {
    std::cerr << "plimsoll: these files exist and differ from what init would write; nothing was written:\n";
    for (const auto& c : conflicts) std::cerr << "  " << util::printable(c) << "\n";
    std::cerr << "Compare with --diff, or overwrite them with --force.\n";
    return 1;
  }
  std::size_t changes = 0;
  for (const auto& w : plan) changes += w.state != init::PlannedWrite::State::kUnchanged;
  if (changes == 0) {
    std::cout << "Nothing to do: every file is already as init would write it.\n";
    return 0;
  }
  print_plan(o, *detection, plan);
  // Only a person at a terminal is asked; scripts and CI never block on a prompt.
  if (!o.yes && ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO) && !confirm(changes)) {
    std::cout << "Nothing was written.\n";
    return 1;
  }
  for (const auto& w : plan) {
    if (w.state == init::PlannedWrite::State::kUnchanged) continue;
    // Under the project root without following a link, and only over the text the plan read:
    // a file changed since (or made where there was none) is kept and reported.
    util::AtomicWriteOptions write;
    write.create_directories = true;
    write.root = o.path;
    if (w.state == init::PlannedWrite::State::kNew) write.expect_absent = true;
    else write.expected = w.existing;
    auto ok = util::write_atomically((fs::path(o.path) / w.path).string(), w.content, write);
    if (!ok) {
      std::cerr << "plimsoll: " << util::printable(ok.error().message) << "\n";
      return 2;
    }
    const char* what = w.state == init::PlannedWrite::State::kNew ? "created" : w.state == init::PlannedWrite::State::kAppend ? "appended" : "overwrote";
    std::cout << what << " " << util::printable(w.path) << "\n";
  }
  print_next_steps(plan);
  return 0;
}

}  // namespace plimsoll::app
