// Longest common subsequence over lines (quadratic, fine for generated files of a few hundred
// lines; inputs over 4000 lines a side are shown as a full replacement instead).
#include "init/diff.h"

#include <vector>

#include "util/format.h"

namespace plimsoll::init {

namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    out.push_back(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
  }
  return out;
}

struct Edit {
  char op;  // ' ', '-', '+'
  std::string_view line;
};

std::vector<Edit> edits(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::vector<Edit> out;
  constexpr std::size_t kMaxLines = 4000;
  if (a.size() > kMaxLines || b.size() > kMaxLines) {
    for (auto l : a) out.push_back({'-', l});
    for (auto l : b) out.push_back({'+', l});
    return out;
  }
  std::vector<std::vector<unsigned>> lcs(a.size() + 1, std::vector<unsigned>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      out.push_back({' ', a[i++]});
      ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
      out.push_back({'+', b[j++]});
    } else {
      out.push_back({'-', a[i++]});
    }
  }
  return out;
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& path, bool is_new) {
  if (before == after) return {};
  auto a = lines_of(before), b = lines_of(after);
  auto script = edits(a, b);
  std::string out = util::format("--- {}\n+++ b/{}\n", is_new ? "/dev/null" : "a/" + path, path);
  constexpr std::size_t kContext = 3;
  std::size_t k = 0;
  while (k < script.size()) {
    if (script[k].op == ' ') {
      ++k;
      continue;
    }
    // A hunk: back up for context, then run until kContext*2 unchanged lines in a row.
    std::size_t start = k >= kContext ? k - kContext : 0;
    std::size_t end = k, same = 0;
    while (end < script.size() && (script[end].op != ' ' || same < 2 * kContext)) {
      same = script[end].op == ' ' ? same + 1 : 0;
      ++end;
    }
    if (same > kContext) end -= same - kContext;
    std::size_t a_line = 1, b_line = 1;
    for (std::size_t x = 0; x < start; ++x) {
      a_line += script[x].op != '+';
      b_line += script[x].op != '-';
    }
    std::size_t a_count = 0, b_count = 0;
    for (std::size_t x = start; x < end; ++x) {
      a_count += script[x].op != '+';
      b_count += script[x].op != '-';
    }
    out += util::format("@@ -{},{} +{},{} @@\n", a_count == 0 ? a_line - 1 : a_line, a_count, b_count == 0 ? b_line - 1 : b_line, b_count);
    for (std::size_t x = start; x < end; ++x) out += util::format("{}{}\n", script[x].op, script[x].line);
    k = end;
  }
  return out;
}

}  // namespace plimsoll::init
