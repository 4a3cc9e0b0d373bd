// Fuzzes the whole check on a small project (Dockerfiles, compose files, env files, ignore
// files, a Makefile; see project_input.h): discovery's view through an
// overlay, the project model, every rule, every report format.
#include <cstddef>
#include <cstdint>

#include "project_request.h"
#include "render_formats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  plimsoll::session::Request request = plimsoll::fuzzing::project_request(data, size);
  plimsoll::fuzzing::render_every_format(plimsoll::session::check(request));
  return 0;
}
