// Fuzzes `fix` on a small project (see project_input.h): every file with a fix is fixed to its
// fixed point through the same checker `plimsoll fix` uses, the project's other files around it.
// A fix must end (the engine's round cap), keep the text within a bound of what it was, and
// leave a text that checks without crashing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "fix/engine.h"
#include "project_input.h"
#include "session/candidate.h"
#include "session/session.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using plimsoll::fuzzing::ProjectFile;
  const std::string root = "/nonexistent-plimsoll-fuzz";
  plimsoll::session::Request request;
  request.root = root;
  for (const ProjectFile& file : plimsoll::fuzzing::split_project(data, size)) {
    std::string path = root + "/" + file.name;
    (file.name.find("Dockerfile") != std::string::npos ? request.dockerfiles : request.project_files).push_back(path);
    request.overlays[path] = file.text;
  }
  for (const auto& report : plimsoll::session::check(request)) {
    if (!report.source) continue;
    bool fixable = false;
    for (const auto& finding : report.findings) fixable = fixable || finding.fix.has_value();
    if (!fixable) continue;
    std::string before(report.source->text());
    plimsoll::fix::Result fixed =
        plimsoll::fix::fix_to_fixed_point(before, plimsoll::session::candidate_checker(report.path, request));
    if (fixed.rounds > plimsoll::fix::Options{}.max_rounds) std::abort();
    // Fixes edit words and lines: a text many times its size means a fix fed on its own output.
    if (fixed.text.size() > 4 * before.size() + 4096) std::abort();
    plimsoll::session::Request after = request;
    after.overlays[report.path] = fixed.text;
    (void)plimsoll::session::check(after);
  }
  return 0;
}
