// Fuzzes the env-file parser and compose interpolation: every span must stay inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "envfile/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto lookup = [](std::string_view name) -> std::optional<std::string> {
    if (name == "SET") return std::string("value");
    if (name == "EMPTY") return std::string();
    return std::nullopt;
  };
  plimsoll::envfile::EnvFile file = plimsoll::envfile::parse_env_file(text, lookup);
  for (const auto& entry : file.entries) {
    if (entry.key_span.end > size || entry.value_span.end > size || entry.key_span.begin > entry.key_span.end) std::abort();
  }
  for (const auto& d : file.diagnostics) {
    if (d.span.begin > size + 1) std::abort();
  }
  (void)plimsoll::envfile::substitute(text, lookup);
  for (const auto& use : plimsoll::envfile::variables_in(text)) {
    if (use.end > size || use.begin >= use.end) std::abort();
  }
  return 0;
}
