#include "compose/document.h"

#include <algorithm>
#include <cstdio>

#include "util/yaml_merge.h"

namespace plimsoll::compose {
namespace {

// "line L, column C: reason" from util::parse_yaml, turned into a located diagnostic.
core::Diagnostic yaml_error(const core::SourceFile& source, const std::string& message) {
  unsigned line = 1, column = 1;
  int consumed = 0;
  std::string reason = message;
  if (std::sscanf(message.c_str(), "line %u, column %u: %n", &line, &column, &consumed) == 2 && consumed > 0) {
    reason = message.substr(static_cast<std::size_t>(consumed));
  }
  util::YamlNode at;
  at.line = line;
  at.column = column;
  return {core::Severity::kError, span_of(source, at), "invalid YAML: " + reason};
}

class Interpolator {
 public:
  Interpolator(const core::SourceFile& source, const LoadOptions& options, ComposeDocument& out)
      : source_(source), options_(options), out_(out) {}

  // Iterative: documents may nest deeply and each level would otherwise cost a stack frame.
  void run(util::YamlNode& root) {
    std::vector<util::YamlNode*> stack{&root};
    while (!stack.empty()) {
      util::YamlNode* node = stack.back();
      stack.pop_back();
      node->origin = options_.origin;
      if (node->is_map()) {
        for (auto& e : node->entries) {
          e.key.origin = options_.origin;
          stack.push_back(&e.value);
        }
      } else if (node->is_sequence()) {
        for (auto& item : node->items) stack.push_back(&item);
      } else if (node->is_scalar() && node->scalar.find('$') != std::string::npos) {
        scalar(*node);
      }
    }
  }

 private:
  void scalar(util::YamlNode& node) {
    for (auto& use : envfile::variables_in(node.scalar)) {
      out_.variables.push_back({use.name, use.op, use.argument, node.line, node.column, options_.origin});
    }
    static const envfile::Lookup kNothing = [](std::string_view) { return std::optional<std::string>(); };
    if (substituted_ > envfile::kMaxSubstitutedTotal) return;  // reported once, where it was crossed
    // A plain scalar holding `$` is a YAML string before and after substitution: compose types
    // values when it decodes the YAML, then substitutes into the strings (`${PORT:-}` is "", not null).
    node.interpolated = true;
    const envfile::Lookup& given = options_.variables ? options_.variables : kNothing;
    bool missing = false;
    envfile::Lookup lookup = [&](std::string_view name) {
      auto value = given(name);
      if (!value) missing = true;
      return value;
    };
    envfile::Substitution s = envfile::substitute(node.scalar, lookup);
    node.unresolved = missing;
    if (s.error) {
      out_.diagnostics.push_back(
          {core::Severity::kError, span_of(source_, node), *s.error + " (escape a literal $ as $$)"});
      return;
    }
    // Each value is capped, but many values naming one large variable would still add up.
    if (s.value.size() > node.scalar.size()) substituted_ += s.value.size() - node.scalar.size();
    if (substituted_ > envfile::kMaxSubstitutedTotal) {
      out_.diagnostics.push_back(
          {core::Severity::kError, span_of(source_, node),
           "interpolation stops here: the file's values expand to more than " +
               std::to_string(envfile::kMaxSubstitutedTotal) + " bytes in total; this and later values are kept as written"});
      return;
    }
    node.scalar = std::move(s.value);
  }

  const core::SourceFile& source_;
  const LoadOptions& options_;
  ComposeDocument& out_;
  std::size_t substituted_ = 0;  // bytes interpolation has added to this document so far
};

}  // namespace

core::Span span_of(const core::SourceFile& source, const util::YamlNode& node) {
  const auto& lines = source.lines();
  uint32_t line = node.line == 0 ? 1 : node.line;
  if (line > lines.line_count()) return {static_cast<uint32_t>(source.text().size()), static_cast<uint32_t>(source.text().size())};
  std::string_view text = lines.line_text(line);
  uint32_t start = static_cast<uint32_t>(text.data() - source.text().data());
  uint32_t column = node.column == 0 ? 0 : node.column - 1;
  if (column > text.size()) column = static_cast<uint32_t>(text.size());
  uint32_t end = static_cast<uint32_t>(text.size());
  // A scalar ends where its value ends on this line; anything else covers the rest of the line.
  if (node.is_scalar() && node.plain && column + node.scalar.size() <= text.size()) {
    end = column + static_cast<uint32_t>(node.scalar.size());
  }
  if (end <= column) end = std::min<uint32_t>(column + 1, static_cast<uint32_t>(text.size()));
  return {start + column, start + std::max(end, column)};
}

ComposeDocument load_document(std::shared_ptr<const core::SourceFile> source, const LoadOptions& options) {
  ComposeDocument doc;
  doc.path = source->path();
  doc.source = source;
  auto parsed = util::parse_yaml(source->text(), options.limits);
  if (!parsed) {
    doc.diagnostics.push_back(yaml_error(*source, parsed.error().message));
    return doc;
  }
  doc.root = std::move(*parsed);
  if (std::string error = util::apply_merge_keys(doc.root); !error.empty()) {
    doc.diagnostics.push_back(yaml_error(*source, error));
    return doc;
  }
  Interpolator(*source, options, doc).run(doc.root);
  std::stable_sort(doc.variables.begin(), doc.variables.end(), [](const VariableReference& a, const VariableReference& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(),
                   [](const core::Diagnostic& a, const core::Diagnostic& b) { return a.span.begin < b.span.begin; });
  doc.loaded = true;
  return doc;
}

}  // namespace plimsoll::compose
