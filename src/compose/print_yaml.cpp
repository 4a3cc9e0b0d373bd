#include "compose/print_yaml.h"

#include "compose/yaml_json.h"
#include "util/format.h"
#include "util/printable.h"
#include "util/text.h"

namespace plimsoll::compose {
namespace {

constexpr std::size_t kMaxImplicitKey = 1000;  // bytes, below YAML's 1024 characters

// YAML 1.1 booleans: a YAML 1.1 reader (and compose's warning) takes these for true and false.
bool is_yaml11_boolean(std::string_view text) {
  static constexpr std::string_view kWords[] = {"y", "n", "yes", "no", "on", "off"};
  for (std::string_view word : kWords) {
    if (util::iequals_ascii(text, word)) return true;
  }
  return false;
}

bool needs_quotes(std::string_view text) {
  // Anything util::printable would escape (controls, bidirectional overrides, bytes that are
  // not UTF-8) is written as a YAML escape inside quotes.
  if (text.empty() || util::printable(text) != text) return true;
  if (util::is_ascii_space(text.front()) || util::is_ascii_space(text.back())) return true;
  // Characters that start something else in YAML: indicators, anchors, tags, comments, quotes.
  // `-m` is plain (a dash starts a sequence item only before a space); `-`, `- x` and `---` are not.
  bool option_like = text.size() > 1 && text.front() == '-' && !util::is_ascii_space(text[1]) && !text.starts_with("---");
  if (!option_like && std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos) return true;
  if (text.back() == ':') return true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) return true;
    if (text[i] == ':' && i + 1 < text.size() && util::is_ascii_space(text[i + 1])) return true;
    if (text[i] == '#' && i > 0 && util::is_ascii_space(text[i - 1])) return true;
  }
  // Unicode line breaks of YAML 1.1 (NEL, LS, PS): a plain scalar would be split at them.
  for (std::string_view separator : {"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
    if (text.find(separator) != std::string_view::npos) return true;
  }
  if (is_yaml11_boolean(text)) return true;
  return !plain_scalar_value(text).is_string();
}

void append_quoted(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      std::size_t length = 0;
      char32_t cp = util::decode_utf8(text, i, length);
      if (length == 0) length = 1;
      // A byte that is not UTF-8 becomes U+FFFD: YAML text is Unicode, and a reader would refuse it.
      if (cp == 0xFFFD && !(length == 3 && text.substr(i, 3) == "\xEF\xBF\xBD")) {
        out += "\xEF\xBF\xBD";
      } else if (cp == 0x2028 || cp == 0x2029 || util::printable(text.substr(i, length)) != text.substr(i, length)) {
        // YAML line breaks, C1 controls, bidirectional overrides: escaped, so a reader gets the
        // character back and a terminal never sees it.
        out += util::format("\\u{:04X}", static_cast<unsigned>(cp));
      } else {
        out.append(text.substr(i, length));
      }
      i += length;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out += util::format("\\x{:02X}", static_cast<unsigned>(c));
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

std::string scalar_text(const nlohmann::ordered_json& value) {
  if (value.is_null()) return "null";
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_string()) return yaml_scalar(value.get_ref<const std::string&>());
  return value.dump();
}

bool is_empty_collection(const nlohmann::ordered_json& value) { return value.is_structured() && value.empty(); }

void write(std::string& out, const nlohmann::ordered_json& value, int indent);

// The value of a key or sequence item: a scalar or empty collection on the same line, a
// collection below it.
void write_nested(std::string& out, const nlohmann::ordered_json& value, int indent) {
  if (value.is_object() && !value.empty()) {
    out += '\n';
    write(out, value, indent);
  } else if (value.is_array() && !value.empty()) {
    out += '\n';
    write(out, value, indent);
  } else {
    out += ' ';
    out += is_empty_collection(value) ? (value.is_object() ? "{}" : "[]") : scalar_text(value);
    out += '\n';
  }
}

void write(std::string& out, const nlohmann::ordered_json& value, int indent) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      std::string written = yaml_scalar(key);
      out += pad;
      // YAML limits an implicit key to 1024 characters: a longer one is written as an explicit
      // key (`? key` then `: value`), which has no limit.
      if (written.size() > kMaxImplicitKey) out += "? " + written + "\n" + pad;
      if (written.size() <= kMaxImplicitKey) out += written;
      out += ':';
      write_nested(out, item, indent + 2);
    }
    return;
  }
  if (value.is_array()) {
    for (const auto& item : value) {
      out += pad;
      out += '-';
      if (item.is_object() && !item.empty()) {
        // The first key shares the dash's line; the rest align under it.
        std::string nested;
        write(nested, item, indent + 2);
        out += ' ';
        out.append(nested, static_cast<std::size_t>(indent) + 2, std::string::npos);
      } else {
        write_nested(out, item, indent + 2);
      }
    }
    return;
  }
  out += pad + scalar_text(value) + '\n';
}

}  // namespace

std::string yaml_scalar(std::string_view text) {
  if (!needs_quotes(text)) return std::string(text);
  std::string out;
  append_quoted(out, text);
  return out;
}

std::string print_yaml(const nlohmann::ordered_json& value) {
  std::string out;
  if (is_empty_collection(value) || !value.is_structured()) {
    write_nested(out, value, 0);
    return out.substr(1);
  }
  write(out, value, 0);
  return out;
}

}  // namespace plimsoll::compose
