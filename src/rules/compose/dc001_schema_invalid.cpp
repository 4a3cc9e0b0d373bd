// DC001 schema-invalid: `docker compose` validates every file against the Compose
// Specification schema and refuses to start on a violation; catching it here names the line.
#include "compose/document.h"
#include "compose/schema_check.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC001", "schema-invalid", core::Severity::kError, "compose",
                         "The file must validate against the Compose Specification schema (unknown keys, wrong types).",
                         "dc001_schema_invalid"};

class SchemaInvalid final : public kit::ProjectRule<kInfo> {
  void check(ProjectContext& ctx) const override {
    for (const auto& stack : ctx.project().stacks) {
      for (const auto& doc : stack.documents) {
        if (!doc.source) continue;
        // A file that does not load (bad YAML, a bad `${…}`) is invalid before any schema.
        for (const auto& d : doc.diagnostics) {
          // `${VAR:?msg}` without a value is DC018's finding, which says which env files were read
          // (the shell that runs compose may still set it); reporting it twice adds nothing.
          if (d.message.starts_with("required variable ")) continue;
          ctx.report(kInfo, doc.source, d.span, d.message);
        }
        if (!doc.loaded) continue;
        for (const auto& v : compose::check_schema(doc.root)) {
          util::YamlNode at;
          at.line = v.line;
          at.column = v.column;
          ctx.report(kInfo, doc.source, compose::span_of(*doc.source, at), v.message);
        }
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc001_schema_invalid, SchemaInvalid)

}  // namespace plimsoll::rules
