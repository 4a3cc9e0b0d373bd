#include "knowledge/secret_values.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "knowledge/secret_names.h"
#include "util/text.h"

namespace plimsoll::knowledge {
namespace {

// Values longer than this are judged on their first part only: a credential is shorter, and
// the work stays linear in what was written.
constexpr std::size_t kMaxJudged = 4096;

bool contains(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

double bits_per_char(std::string_view value) {
  std::array<std::size_t, 256> counts{};
  for (unsigned char c : value) ++counts[c];
  double bits = 0;
  auto n = static_cast<double>(value.size());
  for (std::size_t count : counts) {
    if (count == 0) continue;
    double p = static_cast<double>(count) / n;
    bits -= p * std::log2(p);
  }
  return bits;
}

// `mysecretpassword`, `Postgres_123`: only common password words, digits and separators.
bool made_of_weak_words(std::string_view value) {
  const auto& words = secret_value_words().weak_words;
  std::string lower = util::to_lower_ascii(value);
  std::size_t i = 0;
  bool any_word = false;
  while (i < lower.size()) {
    if (!util::is_ascii_alpha(lower[i])) {
      ++i;
      continue;
    }
    std::size_t longest = 0;
    for (const auto& w : words) {
      if (w.size() > longest && lower.compare(i, w.size(), w) == 0) longest = w.size();
    }
    if (longest == 0) return false;
    i += longest;
    any_word = true;
  }
  return any_word;
}

bool is_number(std::string_view value) {
  std::size_t digits = 0;
  for (char c : value) {
    if (util::is_ascii_digit(c)) {
      ++digits;
    } else if (c != '.' && c != '-' && c != '+') {
      return false;
    }
  }
  return digits > 0;
}

// `/run/secrets/db`, `./keys/dev.pem`, `~/.ssh/id`: where a secret is, not the secret. Base64
// can start with `/` too, but it carries `+` or `=` padding or no further `/`.
bool is_path(std::string_view value) {
  bool rooted = value.rfind("/", 0) == 0 || value.rfind("./", 0) == 0 || value.rfind("../", 0) == 0 ||
                value.rfind("~/", 0) == 0;
  if (!rooted || value.find_first_of("+= \t") != std::string_view::npos) return false;
  return value.find('/', 1) != std::string_view::npos || value.find('.') != std::string_view::npos;
}

// `https://auth.example.org/token` for a name such as OAUTH_TOKEN_ENDPOINT: a URL without a
// password in it is an address.
bool is_plain_url(std::string_view value) {
  std::size_t scheme = value.find("://");
  if (scheme == std::string_view::npos || scheme == 0) return false;
  for (char c : value.substr(0, scheme)) {
    if (!util::is_ascii_alnum(c) && c != '+' && c != '.' && c != '-') return false;
  }
  std::string_view rest = value.substr(scheme + 3);
  std::string_view authority = rest.substr(0, rest.find('/'));
  return authority.find('@') == std::string_view::npos;
}

bool names_a_password(std::string_view name) {
  const auto& tokens = secret_value_words().password_tokens;
  for (const auto& token : name_tokens(name)) {
    if (contains(tokens, token)) return true;
    for (const auto& t : tokens) {
      // DBPASSWORD, ROOTPASSWD: the compound written as one word.
      if (t.size() >= 6 && token.size() > t.size() && token.compare(token.size() - t.size(), t.size(), t) == 0) {
        return true;
      }
    }
  }
  return false;
}

// A vendor's documented example (AWS publishes AKIAIOSFODNN7EXAMPLE) or a format filled with
// one repeated character (`ghp_xxxx…`): the shape of a token without being one.
bool is_sample_token(std::string_view token) {
  std::string lower = util::to_lower_ascii(token);
  return lower.find("example") != std::string::npos || bits_per_char(token) < 2.5;
}

struct UrlParts {
  std::string_view password;
  std::string_view host;
};

// `scheme://user:password@host[:port]/…` as the URL pattern matched it.
std::optional<UrlParts> url_parts(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::nullopt;
  std::string_view rest = url.substr(scheme + 3);
  std::size_t at = rest.rfind('@', rest.find('/'));
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view userinfo = rest.substr(0, at);
  std::size_t colon = userinfo.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view host = rest.substr(at + 1);
  host = host.substr(0, host.find_first_of("/?#"));
  if (!host.empty() && host.front() == '[') {
    host = host.substr(1, host.find(']') == std::string_view::npos ? host.size() - 1 : host.find(']') - 1);
  } else {
    host = host.substr(0, host.find(':'));
  }
  return UrlParts{userinfo.substr(colon + 1), host};
}

}  // namespace

bool is_high_entropy(std::string_view value) {
  value = value.substr(0, kMaxJudged);
  return value.size() >= 12 && bits_per_char(value) >= 3.0 && !made_of_weak_words(value);
}

bool is_local_host(std::string_view host) {
  std::string lower = util::to_lower_ascii(host);
  if (lower == "localhost" || lower == "::1" || lower == "0.0.0.0" || lower == "host.docker.internal") return true;
  if (lower.rfind("127.", 0) == 0) return true;
  if (lower.size() > 10 && lower.compare(lower.size() - 10, 10, ".localhost") == 0) return true;
  // A single label (`db`, `redis`, `postgres`) resolves only on the local network: in compose,
  // a service of the same project.
  return !lower.empty() && lower.find('.') == std::string::npos && lower.find(':') == std::string::npos;
}

SecretValue classify_secret_value(std::string_view name, std::string_view value) {
  value = value.substr(0, kMaxJudged);
  std::string_view trimmed = util::trim_ascii_space(value);
  if (trimmed.empty()) return SecretValue::kEmpty;
  if (trimmed.find('$') != std::string_view::npos) return SecretValue::kReference;
  // A known format wins over words that look like placeholders (`ghp_…` with `fake` in it is
  // still a token) unless it is a documented example or filler.
  if (auto match = find_secret(trimmed); match && !match->url) {
    if (!is_sample_token(trimmed.substr(match->begin, match->end - match->begin))) return SecretValue::kStrong;
  }
  if (is_placeholder(trimmed)) return SecretValue::kPlaceholder;
  std::string lower = util::to_lower_ascii(trimmed);
  if (contains(secret_value_words().booleans, lower)) return SecretValue::kNotCredential;
  if (is_number(trimmed) && !names_a_password(name)) return SecretValue::kNotCredential;
  if (is_path(trimmed) || is_plain_url(trimmed)) return SecretValue::kNotCredential;
  return is_high_entropy(trimmed) ? SecretValue::kStrong : SecretValue::kWeak;
}

std::optional<FoundCredential> find_credential(std::string_view text) {
  std::size_t offset = 0;
  while (offset < text.size()) {
    auto match = find_secret(text.substr(offset));
    if (!match) return std::nullopt;
    match->begin += offset;
    match->end += offset;
    offset = match->end > offset ? match->end : offset + 1;
    std::string_view found = text.substr(match->begin, match->end - match->begin);
    if (!match->url) {
      if (!is_sample_token(found)) return FoundCredential{*match, true, false};
      continue;
    }
    auto parts = url_parts(found);
    if (!parts) continue;
    SecretValue password = classify_secret_value("password", parts->password);
    if (password != SecretValue::kWeak && password != SecretValue::kStrong) continue;
    // `https://user:pw@registry.example.com`: documentation, whatever the password.
    if (is_placeholder(parts->host)) continue;
    bool local = is_local_host(parts->host);
    bool strong = password == SecretValue::kStrong;
    // `postgres://postgres:postgres@localhost/db`: a throwaway password for a local database.
    if (local && !strong) continue;
    return FoundCredential{*match, strong, local};
  }
  return std::nullopt;
}

}  // namespace plimsoll::knowledge
