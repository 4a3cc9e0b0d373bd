// Fuzzes the whole check of one Dockerfile inside a project (the project rules run too, with
// nothing around it) and every report format on the result.
#include <cstddef>
#include <cstdint>
#include <string>

#include "project_input.h"
#include "render_formats.h"
#include "session/session.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = "/nonexistent-plimsoll-fuzz/Dockerfile";
  plimsoll::session::Request request;
  request.root = "/nonexistent-plimsoll-fuzz";
  request.dockerfiles = {path};
  request.overlays[path] = std::string(reinterpret_cast<const char*>(data), size);
  plimsoll::fuzzing::render_every_format(plimsoll::session::check(request));
  return 0;
}
