// The requests over an open document: quick fixes and hover. Both read the lint of the
// document's current text, which every change refreshes.
#include "lsp/diagnostics.h"
#include "lsp/hover.h"
#include "lsp/params.h"
#include "lsp/server.h"

namespace plimsoll::lsp {
namespace {

Position position_field(const Json& params) {
  const Json& p = object_field(params, "position", "params");
  int line = int_field(p, "line", "params.position");
  int character = int_field(p, "character", "params.position");
  if (line < 0 || character < 0) throw BadParams{"`params.position` must not be negative"};
  return {static_cast<uint32_t>(line), static_cast<uint32_t>(character)};
}

// `context.only` limits the kinds asked for; a prefix ("quickfix" of "quickfix.x") matches.
bool wants_quickfix(const Json& params) {
  auto context = params.find("context");
  if (context == params.end() || !context->is_object()) return true;
  auto only = context->find("only");
  if (only == context->end() || !only->is_array()) return true;
  for (const auto& kind : *only) {
    if (kind.is_string() && std::string_view("quickfix").starts_with(kind.get<std::string>()))
      return true;
  }
  return false;
}

}  // namespace

Json Server::code_action(const Json& params) {
  Document& doc = open_document(params);
  auto range = range_from_json(object_field(params, "range", "params"));
  if (!range) throw BadParams{"`params.range` is not a Range"};
  if (!wants_quickfix(params)) return Json::array();
  return code_actions(document_uri(params), doc.lint, *range);
}

Json Server::hover(const Json& params) {
  Document& doc = open_document(params);
  return hover_json(doc.lint, position_field(params));
}

}  // namespace plimsoll::lsp
