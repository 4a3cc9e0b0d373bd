// A rule's verdict on one place in one file, with an optional fix expressed as text edits
// that `plimsoll fix` and the LSP apply. Rule ID and name point at static rule metadata.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/location.h"
#include "core/severity.h"

namespace plimsoll::core {

// Replace the bytes of `span` with `replacement` (an empty span inserts).
struct TextEdit {
  Span span;
  std::string replacement;
  friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

// Whether applying a fix can change what the build produces or how the container runs.
// `plimsoll fix` applies safe fixes; unsafe ones only with --unsafe-fixes (docs/fix.md says
// why each rule's fix is one or the other). Unsafe is the default, so a fix nobody classified
// is never applied unasked.
enum class Applicability { kUnsafe, kSafe };

struct Fix {
  std::string title;  // imperative, e.g. "Add --no-install-recommends"
  std::vector<TextEdit> edits;
  Applicability applicability = Applicability::kUnsafe;
  bool safe() const { return applicability == Applicability::kSafe; }
};

inline std::string_view applicability_name(Applicability a) { return a == Applicability::kSafe ? "safe" : "unsafe"; }

struct Finding {
  std::string_view rule_id;    // "DF004"
  std::string_view rule_name;  // "base-image-unpinned"
  Severity severity = Severity::kWarning;
  Span span;
  std::string message;  // names the offending value; never says "this rule"
  std::optional<Fix> fix;
  // What the finding was judged against, when that is not plain from the file (the build
  // context and where it was stated): `check --explain` and JSON show them.
  std::vector<std::string> notes;
};

// The message followed by one "note: …" line per note: for outputs with one text field (SARIF,
// the editor), so what the finding was judged against is never dropped.
inline std::string message_with_notes(const Finding& finding) {
  std::string text = finding.message;
  for (const auto& note : finding.notes) text += "\nnote: " + note;
  return text;
}

}  // namespace plimsoll::core
