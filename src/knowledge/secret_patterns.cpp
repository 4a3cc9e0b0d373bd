#include "knowledge/secret_patterns.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "knowledge/load.h"
#include "util/text.h"

namespace plimsoll::knowledge {
namespace {

struct Patterns {
  std::vector<std::string> names;
  std::vector<std::unique_ptr<RE2>> regexes;  // to locate a match once the set says which
  std::unique_ptr<RE2::Set> set;
  std::vector<std::string> placeholders;
};

const Patterns& patterns() {
  static const Patterns instance = [] {
    Patterns p;
    util::YamlNode doc = load_embedded_yaml("data/knowledge/secret_patterns.yaml");
    RE2::Options options;
    options.set_log_errors(false);
    p.set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    if (const util::YamlNode* list = doc.find("patterns")) {
      for (const auto& item : list->items) {
        std::string regex = scalar_or(item.find("regex"), "");
        std::string error;
        // The data ships with the binary and is tested; a bad pattern is a build defect.
        if (p.set->Add(regex, &error) < 0) std::abort();
        p.names.push_back(scalar_or(item.find("name"), "credential"));
        p.regexes.push_back(std::make_unique<RE2>(regex, options));
      }
    }
    if (!p.set->Compile()) std::abort();
    p.placeholders = scalar_list(doc.find("placeholders"));
    return p;
  }();
  return instance;
}

}  // namespace

std::optional<SecretMatch> find_secret(std::string_view text) {
  const Patterns& p = patterns();
  std::vector<int> hits;
  if (!p.set->Match(re2::StringPiece(text.data(), text.size()), &hits) || hits.empty()) return std::nullopt;
  std::optional<SecretMatch> best;
  for (int index : hits) {
    re2::StringPiece match;
    re2::StringPiece input(text.data(), text.size());
    if (!p.regexes[static_cast<std::size_t>(index)]->Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) continue;
    std::size_t begin = static_cast<std::size_t>(match.data() - text.data());
    if (!best || begin < best->begin) best = SecretMatch{p.names[static_cast<std::size_t>(index)], begin, begin + match.size()};
  }
  return best;
}

bool is_placeholder(std::string_view value) {
  std::string lower = util::to_lower_ascii(value);
  for (const auto& p : patterns().placeholders) {
    if (lower == p || (p.size() <= 2 && lower.rfind(p, 0) == 0) || lower.find("example") != std::string::npos) return true;
  }
  return false;
}

}  // namespace plimsoll::knowledge
