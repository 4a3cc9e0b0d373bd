// Fuzzes the sh parser used for RUN bodies.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sh/script.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  plimsoll::sh::Script script =
      plimsoll::sh::parse_script(std::string_view(reinterpret_cast<const char*>(data), size), 7);
  for (const auto& command : script.commands) (void)command.program();
  (void)script.sets_pipefail();
  return 0;
}
