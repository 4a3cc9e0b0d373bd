// Every comparator becomes a half-open range [low, high) of release versions, so the grammars
// differ only in how an operator and a partial version map to a range. One pass over a capped
// text: linear in its length.
#include "init/version_requirement.h"

#include <cctype>

#include "util/format.h"

namespace plimsoll::init {
namespace {

constexpr std::size_t kMaxText = 256;
constexpr std::size_t kMaxDigits = 9;  // a part beyond this is no release number

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// A version as written: how many parts were given and whether a wildcard ended it.
struct Written {
  Version v;
  int given = 0;  // 0 for a bare wildcard (`*`, `x`): any version
  bool wildcard = false;
};

std::optional<Written> read_written(std::string_view text) {
  if (!text.empty() && (text[0] == 'v' || text[0] == 'V')) text.remove_prefix(1);
  Written w;
  std::size_t i = 0;
  while (w.given < 3) {
    if (i < text.size() && (text[i] == '*' || text[i] == 'x' || text[i] == 'X')) {
      w.wildcard = true;
      ++i;
      break;
    }
    std::size_t start = i;
    while (i < text.size() && digit(text[i])) ++i;
    if (i == start || i - start > kMaxDigits) return std::nullopt;
    w.v.parts[w.given++] = std::stol(std::string(text.substr(start, i - start)));
    if (i + 1 < text.size() && text[i] == '.' && (digit(text[i + 1]) || text[i + 1] == '*' || text[i + 1] == 'x' || text[i + 1] == 'X'))
      ++i;
    else
      break;
  }
  // What follows the release (a fourth part, `rc1`, `-beta`, `+build`, `.post1`) narrows it
  // below the precision base images are chosen at; a wildcard must end the version.
  if (w.wildcard && i < text.size()) return std::nullopt;
  if (w.given == 0 && !w.wildcard) return std::nullopt;
  return w;
}

// The first `count` parts with the last of them raised by one: the end of that series.
Version bump(const Version& v, int count) {
  Version out;
  for (int i = 0; i < count; ++i) out.parts[i] = v.parts[i];
  if (count > 0) ++out.parts[count - 1];
  return out;
}

Version next_patch(const Version& v) { return bump(v, 3); }

using Bound = VersionMatcher::Bound;

Bound at_least(const Version& v) { return {v, true, {}, false, false}; }
Bound below(const Version& v) { return {{}, false, v, true, false}; }
Bound range(const Version& low, const Version& high) { return {low, true, high, true, false}; }
Bound series(const Written& w) { return w.given == 0 ? Bound{} : range(w.v, bump(w.v, w.given)); }

// The range one operator and version name, or an error message.
util::Result<Bound> comparator(std::string_view op, const Written& w, VersionGrammar g) {
  bool partial = w.wildcard || w.given < 3;
  bool npm = g == VersionGrammar::kNpm;
  if (w.given == 0 && !op.empty() && op != "=" && op != "==") return util::unexpected(std::string("a wildcard needs no operator"));
  if (w.wildcard && op != "" && op != "=" && op != "==" && op != "!=") return util::unexpected(util::format("`{}` takes no wildcard", op));
  if (op.empty() || op == "=" || op == "==" || op == "===" || op == "!=") {
    // PEP 440 compares `==3.11` as 3.11.0; elsewhere (npm, Poetry's bare `3.11`, a wildcard) a
    // partial version names its series.
    bool exact = g == VersionGrammar::kPep440 && (op == "==" || op == "===" || op == "!=") && !w.wildcard;
    Bound b = exact ? range(w.v, next_patch(w.v)) : partial ? series(w) : range(w.v, next_patch(w.v));
    b.negated = op == "!=";
    return b;
  }
  if (op == ">=") return at_least(w.v);
  if (op == ">") return at_least(npm && partial ? bump(w.v, w.given) : next_patch(w.v));
  if (op == "<") return below(w.v);
  if (op == "<=") return below(npm && partial ? bump(w.v, w.given) : next_patch(w.v));
  if (op == "~=") {
    if (g != VersionGrammar::kPep440 || w.given < 2) return util::unexpected(std::string("`~=` needs a version of two parts or more"));
    return range(w.v, bump(w.v, w.given - 1));
  }
  if (op == "~") return range(w.v, bump(w.v, w.given >= 2 ? 2 : 1));
  if (op == "^") {
    int first_nonzero = w.given - 1;
    for (int i = 0; i < w.given; ++i) {
      if (w.v.parts[i] != 0) {
        first_nonzero = i;
        break;
      }
    }
    return range(w.v, bump(w.v, first_nonzero + 1));
  }
  return util::unexpected(util::format("unknown operator `{}`", op));
}

bool operator_char(char c) { return c == '<' || c == '>' || c == '=' || c == '!' || c == '~' || c == '^'; }
bool separator(char c) { return c == ' ' || c == '\t' || c == ','; }

util::Result<std::vector<Bound>> alternative(std::string_view text, VersionGrammar g) {
  std::vector<Bound> out;
  bool hyphen = false;  // npm `A - B`: A read, B to come
  std::size_t i = 0;
  while (i < text.size()) {
    if (separator(text[i])) {
      ++i;
      continue;
    }
    std::size_t op_start = i;
    while (i < text.size() && operator_char(text[i])) ++i;
    std::string_view op = text.substr(op_start, i - op_start);
    while (i < text.size() && separator(text[i]) && text[i] != ',') ++i;
    std::size_t start = i;
    while (i < text.size() && !separator(text[i])) ++i;
    std::string_view word = text.substr(start, i - start);
    if (g == VersionGrammar::kNpm && op.empty() && word == "-") {
      if (out.empty() || hyphen) return util::unexpected(std::string("a hyphen range needs a version on each side"));
      hyphen = true;
      continue;
    }
    auto w = read_written(word);
    if (!w) return util::unexpected(util::format("\"{}\" is not a version", word));
    if (hyphen) {
      // `18 - 20` is >=18 and <21: the upper end of a hyphen range includes its series.
      out.back() = range(out.back().low, w->given < 3 ? bump(w->v, w->given) : next_patch(w->v));
      hyphen = false;
      continue;
    }
    auto b = comparator(op, *w, g);
    if (!b) return util::unexpected(b.error().message);
    out.push_back(*b);
  }
  if (hyphen) return util::unexpected(std::string("a hyphen range needs a version on each side"));
  if (out.empty()) return util::unexpected(std::string("no version"));
  return out;
}

bool inside(const Bound& b, const Version& v) {
  bool in = (!b.has_low || v >= b.low) && (!b.has_high || v < b.high);
  return b.negated ? !in : in;
}

}  // namespace

namespace {

// The release number at the start of `text`, after an optional `go` or `v`.
std::optional<Written> leading(std::string_view text) {
  if (text.starts_with("go")) text.remove_prefix(2);
  if (!text.empty() && (text[0] == 'v' || text[0] == 'V')) text.remove_prefix(1);
  std::size_t end = 0;
  while (end < text.size() && (digit(text[end]) || (text[end] == '.' && end + 1 < text.size() && digit(text[end + 1])))) ++end;
  return read_written(text.substr(0, end));
}

}  // namespace

std::optional<Version> leading_version(std::string_view text) {
  auto w = leading(text);
  if (!w) return std::nullopt;
  return w->v;
}

util::Result<VersionMatcher> VersionMatcher::parse(const VersionRequirement& r) {
  auto fail = [&](const std::string& why) {
    return util::unexpected(util::format("{} \"{}\": {}", r.source, r.text.substr(0, 64), why));
  };
  if (r.text.size() > kMaxText) return fail(util::format("longer than {} bytes", kMaxText));
  std::string_view text = r.text;
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  VersionMatcher m;
  if (r.grammar == VersionGrammar::kMinimum || r.grammar == VersionGrammar::kSeries) {
    auto w = leading(text);
    if (!w) return fail("not a version");
    m.alternatives_.push_back({r.grammar == VersionGrammar::kMinimum ? at_least(w->v) : series(*w)});
    return m;
  }
  std::size_t start = 0;
  while (true) {
    std::size_t bar = r.grammar == VersionGrammar::kPep440 || r.grammar == VersionGrammar::kNpm ? text.find("||", start) : std::string_view::npos;
    auto alt = alternative(text.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start), r.grammar);
    if (!alt) return fail(alt.error().message);
    m.alternatives_.push_back(std::move(*alt));
    if (bar == std::string_view::npos) break;
    start = bar + 2;
  }
  return m;
}

bool VersionMatcher::matches(const Version& v) const {
  for (const auto& alt : alternatives_) {
    bool all = true;
    for (const auto& b : alt) all = all && inside(b, v);
    if (all) return true;
  }
  return false;
}

std::optional<Version> VersionMatcher::floor() const {
  if (alternatives_.empty()) return std::nullopt;
  std::optional<Version> low;
  for (const auto& b : alternatives_.front()) {
    if (b.negated || !b.has_low) continue;
    if (!low || b.low > *low) low = b.low;
  }
  return low;
}

}  // namespace plimsoll::init
