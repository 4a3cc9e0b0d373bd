// The typed instruction layer's entry point: which family types which instruction, ONBUILD
// triggers typed like top-level instructions, and the flag-word span map every family uses.
#include "dockerfile/typed_internal.h"

#include <algorithm>

#include "dockerfile/shell_lexer.h"
#include "util/text.h"

namespace plimsoll::dockerfile {

std::string_view mount_type_name(MountType type) {
  switch (type) {
    case MountType::kBind:
      return "bind";
    case MountType::kCache:
      return "cache";
    case MountType::kTmpfs:
      return "tmpfs";
    case MountType::kSecret:
      return "secret";
    case MountType::kSsh:
      return "ssh";
  }
  return "bind";
}

const StringFlag* HealthcheckArgs::option(std::string_view name) const {
  const std::optional<StringFlag>* found = nullptr;
  if (name == "interval") found = &interval;
  if (name == "timeout") found = &timeout;
  if (name == "start-period") found = &start_period;
  if (name == "start-interval") found = &start_interval;
  if (name == "retries") found = &retries;
  return found != nullptr && found->has_value() ? &**found : nullptr;
}

const std::vector<KeyValue>& Typed::pairs() const {
  static const std::vector<KeyValue> kNone;
  const auto* pairs = std::get_if<std::vector<KeyValue>>(&value);
  return pairs != nullptr ? *pairs : kNone;
}

const std::vector<ArgDecl>& Typed::args() const {
  static const std::vector<ArgDecl> kNone;
  const auto* args = std::get_if<std::vector<ArgDecl>>(&value);
  return args != nullptr ? *args : kNone;
}

const CopyArgs* Typed::copy() const { return std::get_if<CopyArgs>(&value); }
const RunArgs* Typed::run() const { return std::get_if<RunArgs>(&value); }
const HealthcheckArgs* Typed::healthcheck() const { return std::get_if<HealthcheckArgs>(&value); }

namespace internal {
namespace {

void type_one(Instruction& in, const TypingContext& ctx) {
  switch (in.kind) {
    case Keyword::kEnv:
    case Keyword::kLabel:
      type_key_values(in, ctx, in.typed);
      break;
    case Keyword::kArg:
      type_arg(in, ctx, in.typed);
      break;
    case Keyword::kCopy:
    case Keyword::kAdd:
      type_copy(in, ctx, in.typed);
      break;
    case Keyword::kRun:
      type_run(in, ctx, in.typed);
      break;
    case Keyword::kHealthcheck:
      type_healthcheck(in, ctx, in.typed);
      break;
    default:
      break;
  }
}

// BuildKit's flag scanner removes quotes and escapes and re-encodes bytes above 0x7F as
// Latin-1 (two bytes each); this replays it over the raw word, noting where each byte came from.
bool map_word(std::string_view raw, uint32_t base, char escape_char, std::size_t expected,
              std::vector<uint32_t>& begins, std::vector<uint32_t>& ends) {
  const unsigned char escape = static_cast<unsigned char>(escape_char);
  unsigned char quote = 0;
  for (std::size_t pos = 0; pos < raw.size(); ++pos) {
    unsigned char ch = static_cast<unsigned char>(raw[pos]);
    std::size_t from = pos;
    if (quote == 0 && (ch == '\'' || ch == '"')) {
      quote = ch;
      continue;
    }
    if (quote != 0 && ch == quote) {
      quote = 0;
      continue;
    }
    if (ch == escape) {
      if (pos + 1 == raw.size()) {
        quote = 0;
        continue;
      }
      ch = static_cast<unsigned char>(raw[++pos]);
    }
    for (int copies = ch < 0x80 ? 1 : 2; copies > 0; --copies) {
      begins.push_back(base + static_cast<uint32_t>(from));
      ends.push_back(base + static_cast<uint32_t>(pos + 1));
    }
  }
  return begins.size() == expected;
}

}  // namespace

FlagText::FlagText(const Flag& flag, const TypingContext& ctx) : word_(flag.span) {
  value_size_ = flag.value.size();
  value_offset_ = flag.text.size() - flag.value.size();
  if (flag.span.end > ctx.text.size() || flag.span.begin > flag.span.end) return;
  std::vector<uint32_t> begins;
  std::vector<uint32_t> ends;
  std::string_view raw = ctx.text.substr(flag.span.begin, flag.span.size());
  if (!map_word(raw, flag.span.begin, ctx.escape, flag.text.size(), begins, ends)) return;
  bytes_.reserve(begins.size());
  for (std::size_t i = 0; i < begins.size(); ++i) bytes_.push_back({begins[i], ends[i]});
}

core::Span FlagText::value_span(std::size_t begin, std::size_t end) const {
  if (bytes_.empty()) return word_;
  begin = std::min(begin, value_size_) + value_offset_;
  end = std::min(end, value_size_) + value_offset_;
  if (begin >= end) {
    uint32_t at = begin < bytes_.size() ? bytes_[begin].begin : word_.end;
    return {at, at};
  }
  return {bytes_[begin].begin, bytes_[end - 1].end};
}

StringFlag string_flag(const Flag& flag, const TypingContext& ctx) {
  FlagText spans(flag, ctx);
  return {flag.value, spans.value_span(), flag.span};
}

BoolFlag bool_flag(const Flag& flag) {
  // A value other than true/false is an error validate_flags reports; BuildKit stops there.
  return {!flag.has_value || util::iequals_ascii(flag.value, "true"), flag.span};
}

std::string unquote(std::string_view raw, char escape) {
  if (raw.find_first_of("'\"") == std::string_view::npos && raw.find(escape) == std::string_view::npos) {
    return std::string(raw);
  }
  LexerOptions options;
  options.escape = escape;
  options.skip_unset_env = true;
  MapEnvironment none;
  Expansion e = ShellLexer(options).process_word(raw, none);
  return e.ok() && !e.words.empty() ? e.words[0] : std::string(raw);
}

void type_instructions(Dockerfile& file, std::string_view text) {
  TypingContext ctx{text, file.escape, &file.instruction_diagnostics, nullptr};
  for (auto& in : file.instructions) {
    ctx.heredocs = &in.heredocs;
    for (Instruction* at = &in; at != nullptr; at = at->onbuild.get()) type_one(*at, ctx);
  }
}

}  // namespace internal
}  // namespace plimsoll::dockerfile
