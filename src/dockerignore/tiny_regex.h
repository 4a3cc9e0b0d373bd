// A small regular-expression engine for the expressions patternmatcher generates, read with
// Go regexp (RE2 Perl-flag) syntax and run as a Thompson NFA: time is linear in path x pattern.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plimsoll::dockerignore {

class TinyRegex {
 public:
  enum class Status { kOk, kInvalid, kUnsupported };

  // Parses `source`. kInvalid: Go's regexp.Compile would fail. kUnsupported: valid in Go but
  // uses a construct not modelled here (Unicode classes \p, \P).
  static TinyRegex compile(std::string_view source);

  Status status() const { return status_; }
  const std::string& error() const { return error_; }

  // Go's MatchString: true if the expression matches a prefix-anchored piece of `text`
  // (generated expressions start with `^`, so this is the usual anchored search).
  bool matches(std::string_view text) const;

  // Conservative: after consuming `prefix`, could one or more further characters lead to a
  // match? Used to decide whether a directory's subtree can hold a match at all.
  bool may_match_longer(std::string_view prefix) const;

  struct Inst;

 private:
  friend class RegexParser;
  bool run(std::string_view text, bool longer) const;

  Status status_ = Status::kOk;
  std::string error_;
  std::vector<Inst> program_;
  std::vector<std::vector<std::pair<char32_t, char32_t>>> classes_;
};

struct TinyRegex::Inst {
  enum class Op : uint8_t {
    kClass,
    kAnyNotNewline,
    kSplit,
    kJump,
    kBegin,
    kEnd,
    kWordBoundary,
    kNotWordBoundary,
    kMatch
  };
  Op op = Op::kMatch;
  uint32_t x = 0;  // class index, or first branch / jump target
  uint32_t y = 0;  // second branch of a split
};

}  // namespace plimsoll::dockerignore
