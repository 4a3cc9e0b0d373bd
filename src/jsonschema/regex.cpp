#include "jsonschema/regex.h"

#include <re2/re2.h>

#include <string>

#include "util/format.h"

namespace plimsoll::jsonschema {
namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

}  // namespace

util::Result<std::string> translate_ecma_pattern(std::string_view in) {
  std::string out;
  out.reserve(in.size() + 8);
  bool in_class = false;
  for (std::size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '\\' && i + 1 < in.size()) {
      char n = in[i + 1];
      if (n == 'u' && i + 5 < in.size() && is_hex(in[i + 2]) && is_hex(in[i + 3]) &&
          is_hex(in[i + 4]) && is_hex(in[i + 5])) {
        out += "\\x{";
        out.append(in.substr(i + 2, 4));
        out += '}';
        i += 5;
        continue;
      }
      if (n == 'c' && i + 2 < in.size() &&
          ((in[i + 2] >= 'a' && in[i + 2] <= 'z') || (in[i + 2] >= 'A' && in[i + 2] <= 'Z'))) {
        out += util::format("\\x{{{:02x}}}", in[i + 2] % 32);
        i += 2;
        continue;
      }
      if (n >= '1' && n <= '9' && !in_class) {
        return util::unexpected(
            util::format("backreference `\\{}` is not supported by RE2", std::string(1, n)));
      }
      if (n == '/') {  // an identity escape in ECMA; RE2 rejects unknown escapes of letters only
        out += '/';
        ++i;
        continue;
      }
      out += c;
      out += n;
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      // A leading `]` or `^]` is a literal in RE2 but an empty class in ECMA; rare enough to
      // pass through unchanged.
      continue;
    }
    if (c == '(' && i + 2 < in.size() && in[i + 1] == '?') {
      std::string_view rest = in.substr(i + 2);
      if (rest.starts_with("=") || rest.starts_with("!")) {
        return util::unexpected("lookahead `(?" + std::string(1, rest[0]) +
                                "` is not supported by RE2");
      }
      if (rest.starts_with("<=") || rest.starts_with("<!")) {
        return util::unexpected("lookbehind `(?" + std::string(rest.substr(0, 2)) +
                                "` is not supported by RE2");
      }
      if (rest.starts_with("<")) {
        out += "(?P<";
        i += 2;
        continue;
      }
    }
    out += c;
  }
  return out;
}

util::Result<Regex> Regex::compile(std::string_view ecma_pattern) {
  auto translated = translate_ecma_pattern(ecma_pattern);
  if (!translated) return util::unexpected(translated.error().message);
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_shared<const RE2>(*translated, options);
  if (!re->ok()) return util::unexpected("RE2 cannot compile it: " + re->error());
  return Regex(std::move(re));
}

bool Regex::search(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

}  // namespace plimsoll::jsonschema
