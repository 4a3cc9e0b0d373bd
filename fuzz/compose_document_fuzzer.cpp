// Fuzzes the compose loader end to end: YAML with marks and aliases, merge keys, interpolation,
// merging a file into itself (as `-f a -f a` would) and the schema check. Every finding span
// must stay inside the input; nothing may crash, hang or allocate without bound.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "compose/document.h"
#include "compose/merge.h"
#include "compose/schema_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto source = std::make_shared<plimsoll::core::SourceFile>("compose.yaml", text);
  plimsoll::compose::LoadOptions options;
  options.variables = [](std::string_view name) -> std::optional<std::string> {
    if (name == "TAG") return std::string("1.2.3");
    if (name == "EMPTY") return std::string();
    return std::nullopt;
  };
  plimsoll::compose::ComposeDocument doc = plimsoll::compose::load_document(source, options);
  for (const auto& d : doc.diagnostics) {
    if (d.span.begin > d.span.end || d.span.end > size) std::abort();
  }
  if (!doc.loaded) return 0;
  plimsoll::util::YamlNode merged = doc.root;
  plimsoll::compose::merge_into(merged, doc.root);
  for (const auto& v : plimsoll::compose::check_schema(doc.root)) {
    if (v.message.empty()) std::abort();
  }
  return 0;
}
