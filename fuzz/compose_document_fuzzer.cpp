// Fuzzes the compose loader end to end: YAML with marks and aliases, merge keys, interpolation,
// merging a file into itself (as `-f a -f a` would), the schema check and the printed model of
// `debug compose` (YAML and JSON). Every finding span must stay inside the input; the printed
// YAML must read back; nothing may crash, hang or allocate without bound.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "compose/document.h"
#include "compose/merge.h"
#include "compose/print_yaml.h"
#include "compose/printed_model.h"
#include "compose/schema_check.h"
#include "util/yaml.h"

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
  plimsoll::compose::PrintContext context;
  context.project_name = "fuzz";
  context.base_dir = [](const plimsoll::util::YamlNode&) { return std::string("/project"); };
  context.variables = options.variables;
  context.read_file = [&text](const std::string& path) -> plimsoll::util::Result<std::string> {
    if (path == "/project/.env") return text;  // an env file as hostile as the compose file
    return plimsoll::util::unexpected("no such file");
  };
  context.profiles = {"dev"};
  context.home = "/home/fuzz";
  plimsoll::compose::drop_reset_entries(merged);
  auto printed = plimsoll::compose::printed_model(merged, context);
  (void)printed.model.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::string yaml = plimsoll::compose::print_yaml(printed.model);
  if (!plimsoll::util::parse_yaml(yaml).has_value()) std::abort();  // what it prints, YAML reads
  return 0;
}
