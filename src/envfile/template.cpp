#include "envfile/template.h"

namespace plimsoll::envfile {
namespace {

// Depth guard: defaults nest (`${A:-${B:-…}}`) and each level recurses once.
constexpr int kMaxDepth = 64;

// The index of the `}` that closes the `${` at `open`, counting nested `${`, or npos.
std::size_t closing_brace(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    if (text[i] == '}') {
      if (--depth == 0) return i;
    } else if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') {
      ++depth;
      ++i;
    }
  }
  return std::string_view::npos;
}

struct Braced {
  std::string_view name;
  Operator op = Operator::kNone;
  std::string_view argument;
};

// Splits the inside of `${…}`: a name, then optionally one operator and its argument.
std::optional<Braced> split_braced(std::string_view inside) {
  if (inside.empty() || !is_variable_name_start(inside[0])) return std::nullopt;
  std::size_t n = 1;
  while (n < inside.size() && is_variable_name_char(inside[n])) ++n;
  Braced b;
  b.name = inside.substr(0, n);
  std::string_view rest = inside.substr(n);
  if (rest.empty()) return b;
  bool colon = rest[0] == ':';
  if (colon) rest.remove_prefix(1);
  if (rest.empty()) return std::nullopt;
  switch (rest[0]) {
    case '-': b.op = colon ? Operator::kDefaultIfEmpty : Operator::kDefaultIfUnset; break;
    case '?': b.op = colon ? Operator::kErrorIfEmpty : Operator::kErrorIfUnset; break;
    case '+': b.op = colon ? Operator::kAlternateIfValue : Operator::kAlternateIfSet; break;
    default: return std::nullopt;
  }
  b.argument = rest.substr(1);
  return b;
}

class Substituter {
 public:
  Substituter(const Lookup& lookup, Substitution& out) : lookup_(lookup), out_(out) {}

  // Appends the expansion of `text` to `value`; false after an error (recorded in out_).
  bool run(std::string_view text, std::string& value, uint32_t base, int depth) {
    if (depth > kMaxDepth) return fail("Invalid template: nesting too deep", base);
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t dollar = text.find('$', i);
      if (dollar == std::string_view::npos) {
        value.append(text.substr(i));
        break;
      }
      value.append(text.substr(i, dollar - i));
      std::size_t next = dollar + 1;
      if (next < text.size() && text[next] == '$') {  // `$$` is a literal `$`
        value.push_back('$');
        i = next + 1;
      } else if (next < text.size() && is_variable_name_start(text[next])) {
        std::size_t end = next + 1;
        while (end < text.size() && is_variable_name_char(text[end])) ++end;
        plain(text.substr(next, end - next), value);
        if (too_long(value, base + static_cast<uint32_t>(dollar))) return false;
        i = end;
      } else if (next < text.size() && text[next] == '{') {
        std::size_t close = closing_brace(text, dollar);
        std::optional<Braced> braced;
        if (close != std::string_view::npos) braced = split_braced(text.substr(next + 1, close - next - 1));
        if (!braced) return fail("Invalid template: \"" + std::string(whole_) + "\"", base + static_cast<uint32_t>(dollar));
        if (!apply(*braced, value, base + static_cast<uint32_t>(dollar), depth)) return false;
        if (too_long(value, base + static_cast<uint32_t>(dollar))) return false;
        i = close + 1;
      } else {
        value.push_back('$');  // a lone `$` (`a $ b`, `^x$`) stays as it is
        i = next;
      }
    }
    return true;
  }

  void set_whole(std::string_view whole) { whole_ = whole; }

 private:
  void plain(std::string_view name, std::string& value) {
    if (auto v = lookup_(name)) {
      value += *v;
    } else {
      out_.unset.emplace_back(name);
    }
  }

  bool apply(const Braced& b, std::string& value, uint32_t at, int depth) {
    std::optional<std::string> current = lookup_(b.name);
    auto expand_argument = [&](std::string& into) { return run(b.argument, into, at, depth + 1); };
    switch (b.op) {
      case Operator::kNone:
        plain(b.name, value);
        return true;
      // Each operator expands its argument only when it uses it, as compose does since it
      // stopped expanding defaults eagerly: `${SET:-${UNSET:?x}}` is not an error.
      case Operator::kDefaultIfEmpty:
      case Operator::kDefaultIfUnset: {
        bool use_default = !current || (b.op == Operator::kDefaultIfEmpty && current->empty());
        if (!use_default) {
          value += *current;
          return true;
        }
        return expand_argument(value);
      }
      case Operator::kErrorIfEmpty:
      case Operator::kErrorIfUnset: {
        if (current && !(b.op == Operator::kErrorIfEmpty && current->empty())) {
          value += *current;
          return true;
        }
        std::size_t unset_before = out_.unset.size();
        std::string message;
        if (!expand_argument(message)) return false;
        out_.unset.resize(unset_before);
        return fail("required variable " + std::string(b.name) + " is missing a value: " + message, at);
      }
      case Operator::kAlternateIfValue:
      case Operator::kAlternateIfSet: {
        bool use_alternate = current && (b.op == Operator::kAlternateIfSet || !current->empty());
        return !use_alternate || expand_argument(value);
      }
    }
    return true;
  }

  bool too_long(const std::string& value, uint32_t at) {
    if (value.size() <= kMaxSubstitutedBytes) return false;
    fail("Invalid template: the value expands to more than " + std::to_string(kMaxSubstitutedBytes) + " bytes", at);
    return true;
  }

  bool fail(std::string message, uint32_t at) {
    if (!out_.error) {
      out_.error = std::move(message);
      out_.error_offset = at;
    }
    return false;
  }

  const Lookup& lookup_;
  Substitution& out_;
  std::string_view whole_;
};

void collect(std::string_view text, uint32_t base, int depth, std::vector<VariableUse>& out) {
  if (depth > kMaxDepth) return;
  std::size_t i = 0;
  while ((i = text.find('$', i)) != std::string_view::npos) {
    std::size_t next = i + 1;
    if (next < text.size() && text[next] == '$') {
      i = next + 1;
    } else if (next < text.size() && is_variable_name_start(text[next])) {
      std::size_t end = next + 1;
      while (end < text.size() && is_variable_name_char(text[end])) ++end;
      out.push_back({std::string(text.substr(next, end - next)), Operator::kNone, "", base + static_cast<uint32_t>(i),
                     base + static_cast<uint32_t>(end)});
      i = end;
    } else if (next < text.size() && text[next] == '{') {
      std::size_t close = closing_brace(text, i);
      if (close == std::string_view::npos) return;
      std::string_view inside = text.substr(next + 1, close - next - 1);
      auto braced = split_braced(inside);
      if (!braced) return;
      out.push_back({std::string(braced->name), braced->op, std::string(braced->argument), base + static_cast<uint32_t>(i),
                     base + static_cast<uint32_t>(close + 1)});
      uint32_t argument_base = base + static_cast<uint32_t>(next + 1 + (braced->argument.data() - inside.data()));
      collect(braced->argument, argument_base, depth + 1, out);
      i = close + 1;
    } else {
      i = next;
    }
  }
}

}  // namespace

bool is_variable_name_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_variable_name_char(char c) { return is_variable_name_start(c) || (c >= '0' && c <= '9'); }

Substitution substitute(std::string_view text, const Lookup& lookup) {
  Substitution out;
  Substituter substituter(lookup, out);
  substituter.set_whole(text);
  if (!substituter.run(text, out.value, 0, 0)) out.value.clear();
  return out;
}

std::vector<VariableUse> variables_in(std::string_view text) {
  std::vector<VariableUse> out;
  collect(text, 0, 0, out);
  return out;
}

}  // namespace plimsoll::envfile
