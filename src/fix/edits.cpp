#include "fix/edits.h"

#include <algorithm>

namespace plimsoll::fix {

core::Span extent(const core::Fix& fix) {
  if (fix.edits.empty()) return {};
  core::Span out = fix.edits.front().span;
  for (const auto& e : fix.edits) out = core::cover(out, e.span);
  return out;
}

bool conflict(core::Span a, core::Span b) {
  return a.begin == b.begin || (a.begin < b.end && b.begin < a.end);
}

util::Status applicable(const core::Fix& fix, std::size_t size) {
  for (const auto& e : fix.edits) {
    if (e.span.begin > e.span.end || e.span.end > size) return util::unexpected("an edit lies outside the file");
  }
  for (std::size_t i = 0; i < fix.edits.size(); ++i) {
    for (std::size_t j = i + 1; j < fix.edits.size(); ++j) {
      if (conflict(fix.edits[i].span, fix.edits[j].span)) return util::unexpected("its edits overlap");
    }
  }
  return util::ok();
}

std::vector<const core::Finding*> choose(const std::vector<core::Finding>& findings, std::size_t size) {
  std::vector<const core::Finding*> fixable;
  for (const auto& f : findings) {
    if (f.fix && !f.fix->edits.empty() && applicable(*f.fix, size)) fixable.push_back(&f);
  }
  std::stable_sort(fixable.begin(), fixable.end(), [](const core::Finding* a, const core::Finding* b) {
    return extent(*a->fix).begin < extent(*b->fix).begin;
  });
  std::vector<const core::Finding*> chosen;
  for (const core::Finding* f : fixable) {
    core::Span span = extent(*f->fix);
    bool clashes = std::any_of(chosen.begin(), chosen.end(),
                               [&](const core::Finding* c) { return conflict(extent(*c->fix), span); });
    if (!clashes) chosen.push_back(f);
  }
  return chosen;
}

namespace {

// Whether the line an edit at `at` lands on ends in CRLF (the last line, without an ending of
// its own, goes by the line before it).
bool crlf_at(std::string_view text, std::size_t at) {
  std::size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  return end != std::string_view::npos && end > 0 && text[end - 1] == '\r';
}

// Rules write fixes with LF; a line inserted into a CRLF line must end like its neighbours, or
// the file ends up with mixed endings.
std::string in_line_ending(std::string_view text, std::size_t at, const std::string& replacement) {
  if (replacement.find('\n') == std::string::npos || !crlf_at(text, at)) return replacement;
  std::string out;
  out.reserve(replacement.size() + 8);
  for (std::size_t i = 0; i < replacement.size(); ++i) {
    if (replacement[i] == '\n' && (i == 0 || replacement[i - 1] != '\r')) out += '\r';
    out += replacement[i];
  }
  return out;
}

}  // namespace

std::string apply(std::string_view text, std::vector<core::TextEdit> edits) {
  // Built front to back in one pass (replacing in place from the back moved the tail once per
  // edit: a round of many fixes was quadratic). Edits starting at one point land as applying
  // them in list order from the back would put them: the later one first.
  std::vector<std::size_t> order(edits.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (edits[a].span.begin != edits[b].span.begin) return edits[a].span.begin < edits[b].span.begin;
    return a > b;
  });
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  for (std::size_t i : order) {
    const core::TextEdit& e = edits[i];
    if (e.span.begin > at) out.append(text.substr(at, e.span.begin - at));
    out += in_line_ending(text, e.span.begin, e.replacement);
    at = std::max<std::size_t>(at, e.span.end);
  }
  if (at < text.size()) out.append(text.substr(at));
  return out;
}

}  // namespace plimsoll::fix
