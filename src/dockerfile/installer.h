// A package manager's command line read with its grammar (data/knowledge/package_commands.yaml):
// which words are options and which of those consume a value (`--trusted-host H`,
// `--root-user-action ignore`), which are requirement files, and which are packages, local
// paths, archives or URLs, with the version each package is pinned to. Parsed once per command,
// so rules ask "is --no-cache-dir given?" or "which packages are unpinned?" instead of walking
// words, and an option's value is never taken for a package.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/package_commands.h"
#include "sh/script.h"

namespace plimsoll::dockerfile {

struct InstallerOption {
  std::string name;                       // "--no-cache-dir", "-y"; a combined `-qy` gives -q and -y
  std::string value;                      // the consumed word or the `=value` part
  bool has_value = false;
  const sh::Word* word = nullptr;         // the option word
  const sh::Word* value_word = nullptr;   // the separate value word, when it is one
};

enum class OperandKind {
  kPackage,    // a name from the index, possibly with a version
  kLocalPath,  // `.`, `./pkg`, `/src/app`, `../lib`
  kArchive,    // `pkg.tar.gz`, `app.whl`, `tool.deb`, `x.rpm`, `y.apk`, `z.tgz`, `a.zip`
  kUrl,        // `https://…`, `git+https://…`, `git@…`
  kExpansion,  // `$PACKAGES`, `${DEPS}`: unknown until the build runs
};

struct InstallerOperand {
  const sh::Word* word = nullptr;
  OperandKind kind = OperandKind::kPackage;
  std::string name;     // without the version; for a package, as the index knows it
  std::string version;  // the pin as written after the name ("=1.2", "==1.2", "@1.2", "-1.2"); may be empty
};

struct InstallerCommand {
  knowledge::PackageCommand kind;          // manager, subcommand, ecosystem, action
  std::vector<InstallerOption> options;    // in order, both before and after the subcommand
  std::vector<InstallerOperand> operands;  // the words after the subcommand that are not options
  std::vector<std::string> requirement_files;  // `-r requirements.txt`, `--constraint c.txt`

  // True when `name` was given: exactly, as `name=value`, or (a one-letter short option) inside
  // a combined short group such as `-qy`.
  bool has(std::string_view name) const;
  // The value of the last `name` given, if it took one.
  std::optional<std::string> value_of(std::string_view name) const;
  bool has_packages() const;  // any operand at all
};

// The command read as an installer or build command; nullopt when it is neither.
std::optional<InstallerCommand> parse_installer(const sh::Command& command);

// The name and pin of a package word under a pin style (`deb`, `apk`, `rpm`, `python`, `node`,
// `go`, `cargo`, `composer`, `none`): {"curl", "=7.88.1-10"} for `curl=7.88.1-10` under deb.
std::pair<std::string, std::string> split_pin(std::string_view word, std::string_view pins);

}  // namespace plimsoll::dockerfile
