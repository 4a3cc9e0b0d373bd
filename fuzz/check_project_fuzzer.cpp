// Fuzzes the whole check on a small project (Dockerfiles, compose files, env files, ignore
// files, a Makefile; see project_input.h): discovery's view through an
// overlay, the project model, every rule, every report format.
#include <cstddef>
#include <cstdint>

#include "project_input.h"
#include "render_formats.h"
#include "session/session.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using plimsoll::fuzzing::ProjectFile;
  // A root that does not exist: nothing is read from disk, every file is an overlay.
  const std::string root = "/nonexistent-plimsoll-fuzz";
  plimsoll::session::Request request;
  request.root = root;
  for (const ProjectFile& file : plimsoll::fuzzing::split_project(data, size)) {
    std::string path = root + "/" + file.name;
    bool dockerfile = file.name.find("Dockerfile") != std::string::npos;
    (dockerfile ? request.dockerfiles : request.project_files).push_back(path);
    request.overlays[path] = file.text;
  }
  request.project_rules = true;
  plimsoll::fuzzing::render_every_format(plimsoll::session::check(request));
  return 0;
}
