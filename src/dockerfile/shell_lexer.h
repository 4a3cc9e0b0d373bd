// BuildKit's shell word expansion (frontend/dockerfile/shell): `$VAR`, `${VAR:-w}` and friends,
// quote and escape removal, and word splitting, with the file's escape character.
// It is not a shell: nothing runs, and only the expansions BuildKit supports exist.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plimsoll::dockerfile {

// Variable lookup for expansion. Implementations decide case sensitivity.
class Environment {
 public:
  virtual ~Environment() = default;
  virtual std::optional<std::string_view> get(std::string_view name) const = 0;
};

// NAME=value pairs; a later set() of the same name replaces the value. Persistent: a copy
// shares every entry with the original (O(1)), and set() copies only a logarithmic path, so
// each `FROM <stage>` inheriting a large environment costs nothing (map_environment.cpp).
class MapEnvironment final : public Environment {
 public:
  void set(std::string name, std::string value);
  std::optional<std::string_view> get(std::string_view name) const override;
  std::size_t size() const { return size_; }

  struct Node;

 private:
  std::shared_ptr<const Node> root_;
  std::size_t size_ = 0;
};

// Limits on what one word may expand to, so a file cannot make expansion exhaust the stack
// (`${A:-${A:-…}}`) or memory (`ENV A=$A$A` repeated): past them expansion fails with
// Expansion::limit set, and the Dockerfile is reported (DF074) at the word.
inline constexpr int kMaxExpansionNesting = 64;
inline constexpr std::size_t kMaxExpandedBytes = std::size_t{1} << 20;
// What the model of one Dockerfile expands in all (model.cpp), past which words stay as written.
inline constexpr std::size_t kMaxModelExpansion = std::size_t{64} << 20;

struct LexerOptions {
  char escape = '\\';
  bool raw_quotes = false;             // keep quote characters in the output
  bool raw_escapes = false;            // keep escape characters in the output
  bool skip_quote_processing = false;  // ' and " are plain text (heredoc bodies)
  bool skip_unset_env = false;         // leave $X / ${X...} as written when X is unset
};

struct Expansion {
  std::string error;  // non-empty when BuildKit would fail ("bad substitution", ...)
  std::vector<std::string> words;  // process_words: the split words; process_word: one value
  std::vector<std::string> used;   // variable names that were looked up and found
  std::vector<std::string> unset;  // variable names that were looked up and not found
  bool limit = false;              // the error is one of the limits above, not BuildKit's
  bool ok() const { return error.empty(); }
};

class ShellLexer {
 public:
  explicit ShellLexer(LexerOptions options = {}) : options_(options) {}

  // Expansion without word splitting (most instructions): words holds exactly one string.
  Expansion process_word(std::string_view word, const Environment& env) const;
  // Expansion followed by word splitting (EXPOSE, heredoc detection).
  Expansion process_words(std::string_view text, const Environment& env) const;

 private:
  LexerOptions options_;
};

}  // namespace plimsoll::dockerfile
