// How a literal assigned to a credential-looking name, or found in a credential format, should
// be judged: a reference, a placeholder, a setting, a weak password or a real secret. Thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "knowledge/secret_patterns.h"

namespace plimsoll::knowledge {

enum class SecretValue {
  kEmpty,
  kReference,      // `$VAR`, `${VAR}`, `$(cat /run/secrets/x)`: filled in at build or run time
  kPlaceholder,    // `dummy`, `changeme`, `<token>`, `your-key`: stands for a secret
  kNotCredential,  // a boolean, a number (unless the name says password), a path, a plain URL
  kWeak,           // a literal below the entropy bar (`postgres`, `admin`, `123456`): guessable
  kStrong,         // a known token format, or a high-entropy literal
};

// `name` is the variable the value is assigned to ("" when none): it decides whether a number
// is a PIN-like password or a setting such as a TTL.
SecretValue classify_secret_value(std::string_view name, std::string_view value);

// Twelve or more characters at three or more bits of Shannon entropy per character, not made
// only of common password words: what a generator, not a person, produces.
bool is_high_entropy(std::string_view value);

// A host a throwaway password may point at: loopback, `host.docker.internal`, or a single-label
// name such as a compose service (`db`, `redis`), reachable only inside the local network.
bool is_local_host(std::string_view host);

// A credential found in free text, judged: placeholders, documented example keys, filler such
// as `ghp_xxxx…`, and URL passwords that are references are dropped; `strong` is false for a
// URL whose password is weak.
struct FoundCredential {
  SecretMatch match;
  bool strong = true;
  bool local = false;  // a URL to a local host (only reported when strong)
};
std::optional<FoundCredential> find_credential(std::string_view text);

}  // namespace plimsoll::knowledge
