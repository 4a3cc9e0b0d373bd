// Parsing a JSON-RPC body under limits on nesting depth and value count, checked while the
// parse runs, so a hostile body is refused before its tree is built. Values, no I/O.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "lsp/jsonrpc.h"

namespace plimsoll::lsp {

// LSP messages nest a dozen levels at most; 128 leaves room for any client's settings.
inline constexpr std::size_t kMaxJsonDepth = 128;
// Values (scalars, arrays, objects) in one body. A didOpen is a handful of values around one
// long string; a codeAction request carries its diagnostics. About 100 MB of tree at most.
inline constexpr std::size_t kMaxJsonValues = std::size_t{1} << 20;

struct JsonLimits {
  std::size_t max_depth = kMaxJsonDepth;
  std::size_t max_values = kMaxJsonValues;
};

struct BoundedParse {
  enum class Outcome { kOk, kSyntax, kTooDeep, kTooMany };
  Outcome outcome = Outcome::kOk;
  Json value;         // when kOk
  std::string error;  // otherwise: why, for the error response
};

// Never throws. Parsing stops at the first value past a limit: memory stays bounded by the
// limits, however long the body.
BoundedParse parse_bounded(std::string_view body, const JsonLimits& limits = {});

}  // namespace plimsoll::lsp
