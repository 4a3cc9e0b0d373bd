// ENV and LABEL pairs and ARG declarations, typed from the parser's argument chain (key,
// value, separator triples for ENV/LABEL; one quote-aware word per ARG name).
#include "dockerfile/typed_internal.h"

namespace plimsoll::dockerfile::internal {
namespace {

// The part of `span` that `part` (a prefix or suffix of `whole`) came from, when the word's
// source text is exactly its value; the whole span otherwise (a word cut by a continuation).
core::Span sub_span(core::Span span, std::string_view whole, std::size_t begin, std::size_t end,
                    const TypingContext& ctx) {
  if (span.end > ctx.text.size() || ctx.text.substr(span.begin, span.size()) != whole) return span;
  return {span.begin + static_cast<uint32_t>(begin), span.begin + static_cast<uint32_t>(end)};
}

}  // namespace

void type_key_values(const Instruction& in, const TypingContext& ctx, Typed& out) {
  auto& pairs = out.value.emplace<std::vector<KeyValue>>();
  // The only place that knows the chain's shape: key, value, then "=" or "" (legacy form).
  for (std::size_t i = 0; i + 1 < in.args.size(); i += 3) {
    KeyValue pair;
    pair.raw_key = in.args[i].value;
    pair.raw_value = in.args[i + 1].value;
    pair.key = unquote(pair.raw_key, ctx.escape);
    pair.value = unquote(pair.raw_value, ctx.escape);
    pair.key_span = in.args[i].span;
    pair.value_span = in.args[i + 1].span;
    pair.legacy = i + 2 < in.args.size() && in.args[i + 2].value.empty();
    if (pair.key.empty()) ctx.error(pair.key_span, std::string(keyword_name(in.kind)) + " names can not be blank");
    pairs.push_back(std::move(pair));
  }
}

void type_arg(const Instruction& in, const TypingContext& ctx, Typed& out) {
  auto& args = out.value.emplace<std::vector<ArgDecl>>();
  for (const auto& word : in.args) {
    ArgDecl decl;
    decl.span = word.span;
    std::size_t eq = word.value.find('=');
    std::string_view raw_name = std::string_view(word.value).substr(0, eq);
    decl.name = unquote(raw_name, ctx.escape);
    decl.name_span = sub_span(word.span, word.value, 0, raw_name.size(), ctx);
    if (eq != std::string::npos) {
      decl.raw_default = word.value.substr(eq + 1);
      decl.default_value = unquote(decl.raw_default, ctx.escape);
      decl.default_span = sub_span(word.span, word.value, eq + 1, word.value.size(), ctx);
    } else {
      decl.default_span = {word.span.end, word.span.end};
    }
    if (decl.name.empty()) ctx.error(word.span, "ARG names can not be blank");
    args.push_back(std::move(decl));
  }
}

}  // namespace plimsoll::dockerfile::internal
