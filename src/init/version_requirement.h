// A language version a project asks for (requires-python, engines.node, the go directive, …),
// read in the grammar of the file that states it; the caller owns the text and the result.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace plimsoll::init {

// Release versions compared as numbers, missing parts zero: 3.12 == 3.12.0.
struct Version {
  std::array<long, 3> parts{};
  auto operator<=>(const Version&) const = default;
};

// The leading release number of `text` ("3.12.8" of "3.12.8-slim-bookworm", "1.23.4" of
// "go1.23.4"); nullopt when it starts with no digit (after an optional `v` or `go`).
std::optional<Version> leading_version(std::string_view text);

enum class VersionGrammar {
  kPep440,   // requires-python, Poetry's python, Pipfile's python_version: `>=3.11,<3.13`, `~=3.11`, `==3.11.*`, `^3.11`
  kNpm,      // engines.node: `>=18 <21`, `^20`, `~20.1`, `20.x`, `18 || 20`, `18 - 20`
  kMinimum,  // go directive, toolchain line, rust-version: the release named or any newer one
  kSeries,   // .python-version, .nvmrc, rust-toolchain, runtime.txt: that release series (3.12.*)
};

struct VersionRequirement {
  std::string text;    // as the file wrote it
  VersionGrammar grammar = VersionGrammar::kMinimum;
  std::string source;  // where it was read, for messages: "requires-python", "the go directive"
};

// A requirement parsed once: alternatives (`||`) of comparators that must all hold.
class VersionMatcher {
 public:
  // An error names the text and why it is not a version range; texts over 256 bytes are refused.
  static util::Result<VersionMatcher> parse(const VersionRequirement& requirement);
  bool matches(const Version& v) const;
  // The lowest version the first alternative admits, when it states one (`>=3.11,<3.13` → 3.11;
  // `<3.13` → none): the release a fallback tag names when nothing recorded matches.
  std::optional<Version> floor() const;

  struct Bound {
    Version low{};
    bool has_low = false;
    Version high{};  // exclusive
    bool has_high = false;
    bool negated = false;  // `!=`: the range it names is excluded
  };

 private:
  std::vector<std::vector<Bound>> alternatives_;
};

}  // namespace plimsoll::init
