#include "util/diff.h"

#include <algorithm>
#include <vector>

#include "util/format.h"
#include "util/path.h"

namespace plimsoll::util {
namespace {

struct Line {
  std::string_view text;  // without its newline
  bool newline = true;    // false for a last line without one
  friend bool operator==(const Line&, const Line&) = default;
};

std::vector<Line> split(std::string_view text) {
  std::vector<Line> lines;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    if (nl == std::string_view::npos) {
      lines.push_back({text, false});
      break;
    }
    lines.push_back({text.substr(0, nl), true});
    text.remove_prefix(nl + 1);
  }
  return lines;
}

enum class Op { kKeep, kDelete, kInsert };

// Myers' O(ND) shortest edit script. Fixes change few lines, so D stays small; past the
// bound the remaining middle is written as one replacement, which is still a correct diff.
std::vector<Op> edit_script(const std::vector<Line>& a, const std::vector<Line>& b) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  const int max = n + m;
  constexpr int kMaxD = 4000;
  std::vector<int> v(2 * static_cast<std::size_t>(max) + 2, 0);
  std::vector<std::vector<int>> trace;
  auto at = [&](int k) -> int& { return v[static_cast<std::size_t>(k + max + 1)]; };
  int found = -1;
  for (int d = 0; d <= std::min(max, kMaxD) && found < 0; ++d) {
    trace.push_back(v);
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      int y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) ++x, ++y;
      at(k) = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) {
    std::vector<Op> ops(static_cast<std::size_t>(n), Op::kDelete);
    ops.insert(ops.end(), static_cast<std::size_t>(m), Op::kInsert);
    return ops;
  }
  std::vector<Op> reversed;
  int x = n, y = m;
  for (int d = found; d > 0; --d) {
    const std::vector<int>& prev = trace[static_cast<std::size_t>(d)];
    auto pat = [&](int k) { return prev[static_cast<std::size_t>(k + max + 1)]; };
    int k = x - y;
    int prev_k = (k == -d || (k != d && pat(k - 1) < pat(k + 1))) ? k + 1 : k - 1;
    int prev_x = pat(prev_k);
    int prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) reversed.push_back(Op::kKeep), --x, --y;
    reversed.push_back(x == prev_x ? Op::kInsert : Op::kDelete);
    x = prev_x;
    y = prev_y;
  }
  while (x > 0 && y > 0) reversed.push_back(Op::kKeep), --x, --y;
  return {reversed.rbegin(), reversed.rend()};
}

void write_line(std::string& out, char mark, const Line& line) {
  out += mark;
  out += line.text;
  out += '\n';
  if (!line.newline) out += "\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, std::string_view path, bool is_new) {
  if (before == after) return {};
  std::vector<Line> a = split(before);
  std::vector<Line> b = split(after);
  std::vector<Op> ops = edit_script(a, b);
  constexpr std::size_t kContext = 3;
  // git's a/ and b/ prefixes for relative paths (so `git apply` and `patch -p1` take it); git
  // refuses `a/./x`, so the path is normalised first.
  std::string shown = normal_path(path);
  std::string from = path.starts_with("/") ? shown : "a/" + shown;
  std::string to = path.starts_with("/") ? shown : "b/" + shown;
  std::string out = format("--- {}\n+++ {}\n", is_new ? std::string("/dev/null") : from, to);
  std::size_t i = 0;
  while (i < ops.size()) {
    if (ops[i] == Op::kKeep) {
      ++i;
      continue;
    }
    // A hunk: from `kContext` kept lines before this change to `kContext` after the last
    // change that is no further than 2 * kContext kept lines from the previous one.
    std::size_t start = i >= kContext ? i - kContext : 0;
    while (start < i && ops[start] != Op::kKeep) ++start;
    std::size_t end = i;
    for (std::size_t j = i, kept = 0; j < ops.size(); ++j) {
      if (ops[j] == Op::kKeep) {
        if (++kept > 2 * kContext) break;
      } else {
        kept = 0;
        end = j + 1;
      }
    }
    std::size_t stop = std::min(ops.size(), end + kContext);
    // Line numbers at `start`.
    std::size_t la = 0, lb = 0;
    for (std::size_t j = 0; j < start; ++j) {
      if (ops[j] != Op::kInsert) ++la;
      if (ops[j] != Op::kDelete) ++lb;
    }
    std::size_t na = 0, nb = 0;
    for (std::size_t j = start; j < stop; ++j) {
      if (ops[j] != Op::kInsert) ++na;
      if (ops[j] != Op::kDelete) ++nb;
    }
    out += format("@@ -{},{} +{},{} @@\n", na == 0 ? la : la + 1, na, nb == 0 ? lb : lb + 1, nb);
    for (std::size_t j = start, ia = la, ib = lb; j < stop; ++j) {
      switch (ops[j]) {
        case Op::kKeep: write_line(out, ' ', a[ia++]), ++ib; break;
        case Op::kDelete: write_line(out, '-', a[ia++]); break;
        case Op::kInsert: write_line(out, '+', b[ib++]); break;
      }
    }
    i = stop;
  }
  return out;
}

}  // namespace plimsoll::util
