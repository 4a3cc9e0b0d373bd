#include "dockerfile/instruction_builder.h"

#include "dockerfile/parser_internal.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::dockerfile {
namespace {

// BuildKit splits keywords and lists on [\t\v\f\r ]+.
bool is_token_space(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'; }

std::string_view trim(std::string_view s) { return util::trim_ascii_space(s); }

}  // namespace

void InstructionBuilder::error(std::string_view at, std::string message) {
  diagnostics_.push_back({core::Severity::kError, line_.span_of(at), std::move(message)});
}

void InstructionBuilder::add_arg(Instruction& out, std::string value, std::string_view source) {
  out.args.push_back({std::move(value), line_.span_of(source)});
}

bool InstructionBuilder::build(std::string_view text, Instruction& out) {
  std::string_view trimmed = trim(text);
  std::size_t keyword_end = 0;
  while (keyword_end < trimmed.size() && !is_token_space(trimmed[keyword_end])) ++keyword_end;
  std::string_view keyword = trimmed.substr(0, keyword_end);
  out.keyword = std::string(keyword);
  out.kind = keyword_from_string(keyword);
  out.keyword_span = line_.span_of(keyword);
  out.original = std::string(trimmed);

  std::string_view rest = trimmed.substr(keyword_end);
  while (!rest.empty() && is_token_space(rest.front())) rest.remove_prefix(1);
  std::vector<internal::Piece> flags;
  std::size_t args_at = rest.empty() ? 0 : internal::extract_builder_flags(rest, escape_, flags);
  for (auto& flag : flags) {
    Flag f;
    f.text = std::move(flag.value);
    std::string_view body = std::string_view(f.text).substr(2);
    std::size_t eq = body.find('=');
    f.name = std::string(body.substr(0, eq));
    if (eq != std::string_view::npos) {
      f.value = std::string(body.substr(eq + 1));
      f.has_value = true;
    }
    f.span = line_.span_of(rest.substr(flag.begin, flag.end - flag.begin));
    out.flags.push_back(std::move(f));
  }
  std::string_view args = trim(rest.substr(args_at));
  if (args.empty()) args = rest.substr(rest.size());  // keep the view inside the line
  return dispatch(args, out);
}

bool InstructionBuilder::dispatch(std::string_view args, Instruction& out) {
  switch (out.kind) {
    case Keyword::kAdd:
    case Keyword::kCopy:
    case Keyword::kVolume:
      return json_or_list(args, out);
    case Keyword::kCmd:
    case Keyword::kEntrypoint:
    case Keyword::kRun:
    case Keyword::kShell:
      return json_or_string(args, out);
    case Keyword::kEnv:
    case Keyword::kLabel:
      return name_values(args, out);
    case Keyword::kArg:
      words(args, out);
      return true;
    case Keyword::kFrom:
    case Keyword::kExpose:
      whitespace_list(args, out);
      return true;
    case Keyword::kMaintainer:
    case Keyword::kUser:
    case Keyword::kWorkdir:
    case Keyword::kStopsignal:
      if (!args.empty()) add_arg(out, std::string(args), args);
      return true;
    case Keyword::kHealthcheck:
      return healthcheck(args, out);
    case Keyword::kOnbuild: {
      if (args.empty()) return true;
      if (depth_ > 8) {
        error(args, "ONBUILD nested too deeply");
        return false;
      }
      ++depth_;
      out.onbuild = std::make_unique<Instruction>();
      bool ok = build(args, *out.onbuild);
      --depth_;
      out.onbuild->start_line = out.start_line;
      out.onbuild->end_line = out.end_line;
      out.onbuild->span = line_.span_of(args);
      return ok;
    }
    case Keyword::kUnknown:
      // Unknown instructions are kept with one empty argument; they fail later, not here.
      add_arg(out, "", args.substr(0, 0));
      return true;
  }
  return true;
}

std::optional<bool> InstructionBuilder::exec_form(std::string_view args, Instruction& out) {
  std::vector<internal::Piece> items;
  switch (internal::parse_json_string_array(args, items)) {
    case internal::JsonArrayResult::kOk:
      out.json = true;
      for (auto& item : items) add_arg(out, std::move(item.value), args.substr(item.begin, item.end - item.begin));
      return true;
    case internal::JsonArrayResult::kNotStringArray:
      error(args, "when using JSON array syntax, arrays must be comprised of strings only");
      return false;
    case internal::JsonArrayResult::kNotJson:
      break;
  }
  return std::nullopt;
}

bool InstructionBuilder::json_or_string(std::string_view args, Instruction& out) {
  if (args.empty()) return true;
  std::optional<bool> json = exec_form(args, out);
  if (json && *json) return true;
  // Not JSON (or rejected JSON, kept as text so later stages still see the instruction).
  add_arg(out, std::string(args), args);
  return !json.has_value();
}

bool InstructionBuilder::json_or_list(std::string_view args, Instruction& out) {
  std::optional<bool> json = exec_form(args, out);
  if (json && *json) return true;
  whitespace_list(args, out);
  return !json.has_value();
}

void InstructionBuilder::whitespace_list(std::string_view args, Instruction& out) {
  std::size_t pos = 0;
  while (pos < args.size()) {
    while (pos < args.size() && is_token_space(args[pos])) ++pos;
    if (pos >= args.size()) break;
    std::size_t end = pos;
    while (end < args.size() && !is_token_space(args[end])) ++end;
    add_arg(out, std::string(args.substr(pos, end - pos)), args.substr(pos, end - pos));
    pos = end;
  }
}

void InstructionBuilder::words(std::string_view args, Instruction& out) {
  for (auto& word : internal::parse_words(args, escape_)) {
    add_arg(out, std::move(word.value), args.substr(word.begin, word.end - word.begin));
  }
}

bool InstructionBuilder::name_values(std::string_view args, Instruction& out) {
  std::vector<internal::Piece> words = internal::parse_words(args, escape_);
  if (words.empty()) return true;
  const char* what = out.kind == Keyword::kEnv ? "ENV" : "LABEL";
  if (words[0].value.find('=') == std::string::npos) {
    // Legacy `KEY value`: the value is the whole rest of the line, verbatim.
    std::size_t key_end = 0;
    while (key_end < args.size() && !is_token_space(args[key_end])) ++key_end;
    std::size_t value_begin = key_end;
    while (value_begin < args.size() && is_token_space(args[value_begin])) ++value_begin;
    if (value_begin >= args.size()) {
      error(args, util::format("{} must have two arguments", what));
      return false;
    }
    std::string_view key = args.substr(0, key_end);
    std::string_view value = args.substr(value_begin);
    add_arg(out, std::string(key), key);
    add_arg(out, std::string(value), value);
    add_arg(out, "", args.substr(key_end, 0));
    return true;
  }
  for (auto& word : words) {
    std::string_view source = args.substr(word.begin, word.end - word.begin);
    std::size_t eq = word.value.find('=');
    if (eq == std::string::npos) {
      error(source, util::format("Syntax error - can't find = in \"{}\". Must be of the form: name=value", word.value));
      return false;
    }
    std::size_t source_eq = source.find('=');
    if (source_eq == std::string_view::npos) source_eq = source.size();
    add_arg(out, word.value.substr(0, eq), source.substr(0, source_eq));
    add_arg(out, word.value.substr(eq + 1), source.substr(std::min(source_eq + 1, source.size())));
    add_arg(out, "=", source.substr(source_eq, source_eq < source.size() ? 1 : 0));
  }
  return true;
}

bool InstructionBuilder::healthcheck(std::string_view args, Instruction& out) {
  auto is_space = [](char c) {
    unsigned char b = static_cast<unsigned char>(c);
    return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r' || b == 0x85 || b == 0xA0;
  };
  std::size_t sep = 0;
  while (sep < args.size() && !is_space(args[sep])) ++sep;
  if (sep == 0) return true;
  std::size_t next = sep;
  while (next < args.size() && is_space(args[next])) ++next;
  add_arg(out, std::string(args.substr(0, sep)), args.substr(0, sep));
  return json_or_string(args.substr(next), out);
}

}  // namespace plimsoll::dockerfile
