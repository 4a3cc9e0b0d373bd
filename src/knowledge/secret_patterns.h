// Credential formats recognisable by shape (data/knowledge/secret_patterns.yaml), matched all at
// once with an RE2::Set, and the placeholder values that are not secrets. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plimsoll::knowledge {

struct SecretMatch {
  std::string kind;      // "GitHub token"
  std::size_t begin = 0;  // byte range of the secret in the searched text
  std::size_t end = 0;
};

// The first credential in `text`, if any.
std::optional<SecretMatch> find_secret(std::string_view text);
// A value such as `changeme`, `<token>` or `${TOKEN}` that only stands for a secret.
bool is_placeholder(std::string_view value);

}  // namespace plimsoll::knowledge
