// ECMA-262 `pattern`s compiled with RE2, the only door to RE2 in this library.
// A Regex is immutable and shares its compiled program between copies and threads.
#pragma once

#include <memory>
#include <string_view>

#include "util/result.h"

namespace re2 {
class RE2;
}

namespace plimsoll::jsonschema {

class Regex {
 public:
  // Translates the ECMA spellings RE2 knows under another name (`\u` and four hex digits, `(?<name>`, `\cX`);
  // features RE2 lacks (lookaround, backreferences) are an error naming the feature.
  static util::Result<Regex> compile(std::string_view ecma_pattern);

  // JSON Schema patterns are unanchored: true when the pattern matches anywhere in `text`.
  bool search(std::string_view text) const;

 private:
  explicit Regex(std::shared_ptr<const re2::RE2> re) : re_(std::move(re)) {}
  std::shared_ptr<const re2::RE2> re_;
};

// The pattern rewritten for RE2, or an error naming the ECMA feature RE2 cannot express.
util::Result<std::string> translate_ecma_pattern(std::string_view ecma_pattern);

}  // namespace plimsoll::jsonschema
