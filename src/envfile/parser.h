// Env files (`.env`, `env_file:`) parsed the way `docker compose` parses them: `export`,
// `KEY=value` and `KEY: value`, quotes spanning lines, escapes in double quotes, inline
// comments, inherited keys, and interpolation. Every entry keeps its position.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/location.h"
#include "envfile/template.h"

namespace plimsoll::envfile {

struct EnvEntry {
  std::string key;
  std::string value;        // after escapes and interpolation
  std::string raw_value;    // as written, without the quotes
  char quote = '\0';        // '\'', '"' or '\0'
  bool exported = false;    // `export KEY=…`
  bool inherited = false;   // a bare `KEY`: the value comes from the environment, if set there
  bool yaml_style = false;  // `KEY: value`
  core::Span key_span;
  core::Span value_span;    // the value as written, quotes included
};

struct EnvFile {
  std::vector<EnvEntry> entries;  // in file order; a key may repeat (the last one wins)
  // What compose would reject (errors) or read differently from how it looks (warnings).
  std::vector<core::Diagnostic> diagnostics;

  const EnvEntry* find(std::string_view key) const;  // the effective (last) entry
};

// `lookup` supplies variables from outside the file (compose: the OS environment); keys defined
// earlier in the file are visible to later values. Parsing goes on after an error at the next
// line, so one mistake does not hide the rest.
EnvFile parse_env_file(std::string_view text, const Lookup& lookup = {});

}  // namespace plimsoll::envfile
