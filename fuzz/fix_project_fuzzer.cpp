// Fuzzes `fix` on a small project (see project_input.h) the way `plimsoll fix` runs it: every
// file with a fix fixed to its fixed point together (session::fix_files), the project's other
// files around them. A fix must end (the engine's round cap), keep the text within a bound of
// what it was, and leave a project that checks without crashing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "fix/engine.h"
#include "project_request.h"
#include "session/candidate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  plimsoll::session::Request request = plimsoll::fuzzing::project_request(data, size);
  std::vector<std::string> paths, texts;
  for (const auto& report : plimsoll::session::check(request)) {
    if (!report.source) continue;
    bool fixable = false;
    for (const auto& finding : report.findings) fixable = fixable || finding.fix.has_value();
    if (!fixable) continue;
    paths.push_back(report.path);
    texts.emplace_back(report.source->text());
  }
  if (paths.empty()) return 0;
  std::vector<plimsoll::fix::Result> fixed = plimsoll::session::fix_files(paths, texts, request);
  if (fixed.size() != paths.size()) std::abort();
  plimsoll::session::Request after = request;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (fixed[i].rounds > plimsoll::fix::Options{}.max_rounds) std::abort();
    // Fixes edit words and lines: a text many times its size means a fix fed on its own output.
    if (fixed[i].text.size() > 4 * texts[i].size() + 4096) std::abort();
    after.overlays[paths[i]] = fixed[i].text;
  }
  (void)plimsoll::session::check(after);
  return 0;
}
