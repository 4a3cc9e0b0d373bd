// Credential formats recognisable by shape (data/knowledge/secret_patterns.yaml), each searched
// for only in texts holding one of its keywords, and the placeholder values that are not secrets.
// Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::knowledge {

struct SecretMatch {
  std::string kind;      // "GitHub token"
  std::size_t begin = 0;  // byte range of the secret in the searched text
  std::size_t end = 0;
  bool url = false;  // a URL with a password: the password is the secret (secret_values.h)
};

// The first credential in `text`, if any.
std::optional<SecretMatch> find_secret(std::string_view text);
// A value such as `changeme`, `<token>`, `your-key` or `${TOKEN}` that only stands for a secret
// (`placeholder_substrings`, `placeholder_words` and `placeholder_verbs` of the data), or one
// written as capital words joined by `_` (`STRONG_DB_PASSWORD`).
bool is_placeholder(std::string_view value);

// The data lists secret_values.cpp judges values with.
struct SecretValueWords {
  std::vector<std::string> booleans;
  std::vector<std::string> password_tokens;
  std::vector<std::string> weak_words;
};
const SecretValueWords& secret_value_words();

}  // namespace plimsoll::knowledge
