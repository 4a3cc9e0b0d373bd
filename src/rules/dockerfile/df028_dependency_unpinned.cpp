// DF028 dependency-unpinned: a package installed without a version gets whatever is newest at
// build time, so two builds of the same commit can differ.
#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/packages.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF028", "dependency-unpinned", core::Severity::kInfo, "dockerfile",
                         "OS and language package installs should pin versions or use a lockfile.",
                         "df028_dependency_unpinned"};

// Language install arguments that name a package without a version.
std::vector<const sh::Word*> unpinned_language_packages(const sh::Command& command, std::string_view program) {
  std::vector<const sh::Word*> out;
  bool pip = program.rfind("pip", 0) == 0 || program.rfind("python", 0) == 0 || program == "uv";
  bool subcommand_seen = false;
  for (std::size_t i = 1; i < command.words.size(); ++i) {
    const sh::Word& w = command.words[i];
    std::string_view a = w.value;
    if (a.starts_with("-")) {
      // Options whose value is a file or an index, not a package.
      if (a == "-r" || a == "-c" || a == "-e" || a == "-i" || a == "--index-url" || a == "--extra-index-url" ||
          a == "--requirement" || a == "--constraint" || a == "-t" || a == "--target" || a == "--prefix" ||
          a == "-m" || a == "--registry" || a == "--python" || a == "-p") {
        ++i;
      }
      continue;
    }
    if (!subcommand_seen) {
      if (a == "install" || a == "i" || a == "add" || a == "get") subcommand_seen = true;
      continue;
    }
    if (w.has_expansion || a.find('/') != std::string_view::npos || a == ".") continue;  // paths, variables
    bool pinned = pip ? a.find_first_of("=<>~@") != std::string_view::npos || a.ends_with(".whl")
                      : a.find('@', 1) != std::string_view::npos;
    if (!pinned) out.push_back(&w);
  }
  return out;
}

class DependencyUnpinned final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    for (const auto& command : ctx.script(run).commands) {
      auto kind = classify(command);
      if (!kind || kind->action != "install") continue;
      if (kind->is_os()) {
        for (const PackageWord& p : os_package_words(command)) {
          if (!p.version.empty() || p.word->has_expansion || p.name.ends_with(".deb") || p.name.ends_with(".rpm") ||
              p.name.ends_with(".apk") || p.name.find('/') != std::string::npos) {
            continue;
          }
          ctx.report(kInfo, p.word->span,
                     util::format("`{}` is installed without a version; pin it (`{}=<version>`) so rebuilds get the "
                                  "same package",
                                  p.name, p.name));
        }
        continue;
      }
      std::string_view program = kind->program;
      bool language = program.rfind("pip", 0) == 0 || program.rfind("python", 0) == 0 || program == "npm" ||
                      (program == "uv" && kind->subcommand == "pip install") || program == "go";
      if (!language || (program == "npm" && command.words.size() <= 2)) continue;
      if (program == "go" && kind->subcommand != "install" && kind->subcommand != "get") continue;
      for (const sh::Word* w : unpinned_language_packages(command, program)) {
        if (program == "go" && w->value.ends_with("@latest")) continue;
        ctx.report(kInfo, w->span,
                   util::format("`{}` is installed without a version; pin it or install from a lockfile", w->value));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df028_dependency_unpinned, DependencyUnpinned)

}  // namespace plimsoll::rules
