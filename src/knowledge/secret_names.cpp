#include "knowledge/secret_names.h"

#include <algorithm>

#include "knowledge/load.h"
#include "util/text.h"

namespace plimsoll::knowledge {
namespace {

struct SecretNameTable {
  std::vector<std::string> secret;
  std::vector<std::string> harmless;
};

const SecretNameTable& table() {
  static const SecretNameTable instance = [] {
    util::YamlNode doc = load_embedded_yaml("data/knowledge/secret_names.yaml");
    return SecretNameTable{scalar_list(doc.find("secret_tokens")),
                           scalar_list(doc.find("harmless_tokens"))};
  }();
  return instance;
}

bool contains(const std::vector<std::string>& list, const std::string& token) {
  return std::find(list.begin(), list.end(), token) != list.end();
}

}  // namespace

std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<std::string> tokens;
  std::string current;
  char prev = '\0';
  for (char c : name) {
    bool separator = c == '_' || c == '-' || c == '.';
    bool camel_break = util::is_ascii_alpha(prev) && prev >= 'a' && prev <= 'z' && c >= 'A' && c <= 'Z';
    if ((separator || camel_break) && !current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
    if (!separator) current.push_back(util::ascii_lower(c));
    prev = c;
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

bool looks_like_secret_name(std::string_view name) {
  const SecretNameTable& t = table();
  std::vector<std::string> tokens = name_tokens(name);
  bool secret = false;
  for (const auto& token : tokens) {
    if (contains(t.harmless, token)) return false;
    if (contains(t.secret, token)) secret = true;
  }
  // Compounds written as one word, e.g. APIKEY or DBPASSWORD.
  if (!secret && tokens.size() == 1) {
    for (const auto& s : t.secret) {
      if (s.size() >= 6 && tokens[0].size() > s.size() &&
          tokens[0].compare(tokens[0].size() - s.size(), s.size(), s) == 0) {
        secret = true;
      }
    }
  }
  return secret;
}

}  // namespace plimsoll::knowledge
