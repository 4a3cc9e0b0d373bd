#include "knowledge/secret_patterns.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <vector>

#include "knowledge/load.h"
#include "util/text.h"

namespace plimsoll::knowledge {
namespace {

// One credential format. Its regex is compiled the first time a text contains one of its
// keywords: compiling all of them up front cost more than the rest of a one-file check.
struct Pattern {
  std::string name;
  bool url = false;
  std::vector<std::string> keywords;
  std::string source;

  const RE2& regex() const {
    std::call_once(compiled_once, [this] {
      RE2::Options options;
      options.set_log_errors(false);
      compiled = std::make_unique<RE2>(source, options);
      // The data ships with the binary and is tested; a bad pattern is a build defect.
      if (!compiled->ok()) std::abort();
    });
    return *compiled;
  }

  bool may_match(std::string_view text) const {
    return std::any_of(keywords.begin(), keywords.end(),
                       [&](const std::string& keyword) { return text.find(keyword) != std::string_view::npos; });
  }

 private:
  mutable std::once_flag compiled_once;
  mutable std::unique_ptr<RE2> compiled;
};

struct Patterns {
  std::vector<std::unique_ptr<Pattern>> formats;
  std::vector<std::string> placeholder_substrings;
  std::vector<std::string> placeholder_words;
  std::vector<std::string> placeholder_verbs;
  SecretValueWords words;
};

const Patterns& patterns() {
  static const Patterns instance = [] {
    Patterns p;
    util::YamlNode doc = load_embedded_yaml("data/knowledge/secret_patterns.yaml");
    if (const util::YamlNode* list = doc.find("patterns")) {
      for (const auto& item : list->items) {
        auto format = std::make_unique<Pattern>();
        format->name = scalar_or(item.find("name"), "credential");
        format->url = scalar_or(item.find("url"), "false") == "true";
        format->keywords = scalar_list(item.find("keywords"));
        format->source = scalar_or(item.find("regex"), "");
        // Without keywords a format would never be searched for.
        if (format->keywords.empty()) std::abort();
        p.formats.push_back(std::move(format));
      }
    }
    p.placeholder_substrings = scalar_list(doc.find("placeholder_substrings"));
    p.placeholder_words = scalar_list(doc.find("placeholder_words"));
    p.placeholder_verbs = scalar_list(doc.find("placeholder_verbs"));
    p.words.booleans = scalar_list(doc.find("booleans"));
    p.words.password_tokens = scalar_list(doc.find("password_tokens"));
    p.words.weak_words = scalar_list(doc.find("weak_words"));
    return p;
  }();
  return instance;
}

}  // namespace

std::optional<SecretMatch> find_secret(std::string_view text) {
  std::optional<SecretMatch> best;
  for (const auto& format : patterns().formats) {
    if (!format->may_match(text)) continue;
    re2::StringPiece match;
    re2::StringPiece input(text.data(), text.size());
    if (!format->regex().Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) continue;
    std::size_t begin = static_cast<std::size_t>(match.data() - text.data());
    if (!best || begin < best->begin) best = SecretMatch{format->name, begin, begin + match.size(), format->url};
  }
  return best;
}

namespace {

// `changeMe`, `changePassword`, `change_this_secret`, `changeit`: a verb telling whoever
// deploys to put their own value there, then a word (a capital or a separator starts it), and
// letters only, which a generated value is not. `changes` or `changelog` stay values.
bool tells_to_replace(std::string_view value, std::string_view lower, std::string_view verb) {
  if (!lower.starts_with(verb) || lower.size() < verb.size() + 2) return false;
  std::string_view rest = lower.substr(verb.size());
  if (!std::all_of(rest.begin(), rest.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_' || c == '-' || c == '.'; })) {
    return false;
  }
  char next = value[verb.size()];
  return (next >= 'A' && next <= 'Z') || next == '_' || next == '-' || next == '.' || rest == "it" || rest == "me" ||
         rest == "this";
}

// `STRONG_DB_PASSWORD`, `YOUR_API_KEY`: capital words joined by `_`, the way an environment
// variable is named, written where the value goes. A generated credential mixes cases or digits.
bool names_the_value(std::string_view value) {
  if (value.size() < 5 || value.front() == '_' || value.back() == '_' || value.find('_') == std::string_view::npos ||
      value.find("__") != std::string_view::npos) {
    return false;
  }
  return std::all_of(value.begin(), value.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
}

}  // namespace

bool is_placeholder(std::string_view value) {
  const Patterns& p = patterns();
  std::string lower = util::to_lower_ascii(value);
  // `${TOKEN}`, `$TOKEN` and `<your token>` name what goes there instead of being it.
  if (lower.find('$') != std::string::npos) return true;
  std::size_t open = lower.find('<');
  if (open != std::string::npos && lower.find('>', open) != std::string::npos) return true;
  // Markers a template engine or build step replaces: `@APP_TOKEN@` (autoconf, CMake),
  // `%APP_TOKEN%`, `__APP_TOKEN__`, `{{ app_token }}`.
  auto wrapped = [&](std::string_view mark) {
    return lower.size() > 2 * mark.size() && lower.starts_with(mark) && lower.ends_with(mark);
  };
  if (wrapped("@") || wrapped("%") || wrapped("__")) return true;
  std::size_t braces = lower.find("{{");
  if (braces != std::string::npos && lower.find("}}", braces) != std::string::npos) return true;
  for (const auto& s : p.placeholder_substrings) {
    if (lower.find(s) != std::string::npos) return true;
  }
  if (names_the_value(value)) return true;
  for (const auto& verb : p.placeholder_verbs) {
    if (tells_to_replace(value, lower, verb)) return true;
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    if (i < lower.size() && util::is_ascii_alnum(lower[i])) continue;
    std::string_view word = std::string_view(lower).substr(start, i - start);
    if (!word.empty() && std::find(p.placeholder_words.begin(), p.placeholder_words.end(), word) != p.placeholder_words.end()) {
      return true;
    }
    start = i + 1;
  }
  return false;
}

const SecretValueWords& secret_value_words() { return patterns().words; }

}  // namespace plimsoll::knowledge
