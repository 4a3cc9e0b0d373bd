// COPY and ADD: their flags, sources (paths, URLs, heredoc inline files) and destination, as
// BuildKit's parseCopy/parseAdd and parseSourcesAndDest read them.
#include "dockerfile/parser_internal.h"
#include "dockerfile/typed_internal.h"
#include "util/format.h"

namespace plimsoll::dockerfile::internal {
namespace {

std::optional<std::string> heredoc_name(const std::string& word) {
  HeredocWord heredoc;
  if (parse_heredoc_word(word, heredoc) != HeredocWordResult::kHeredoc) return std::nullopt;
  return heredoc.name;
}

void type_flags(const Instruction& in, const TypingContext& ctx, CopyArgs& copy) {
  bool add = in.kind == Keyword::kAdd;
  for (const auto& flag : in.flags) {
    // Flags the instruction does not accept are validate_flags' errors; they carry no meaning.
    const std::string& name = flag.name;
    if (name == "from" && !add) copy.from = string_flag(flag, ctx);
    if (name == "chown") copy.chown = string_flag(flag, ctx);
    if (name == "chmod") copy.chmod = string_flag(flag, ctx);
    if (name == "checksum" && add) copy.checksum = string_flag(flag, ctx);
    if (name == "link") copy.link = bool_flag(flag);
    if (name == "parents" && !add) copy.parents = bool_flag(flag);
    if (name == "keep-git-dir" && add) copy.keep_git_dir = bool_flag(flag);
    if (name == "unpack" && add) copy.unpack = bool_flag(flag);
    if (name == "exclude") copy.excludes.push_back(string_flag(flag, ctx));
  }
}

}  // namespace

void type_copy(const Instruction& in, const TypingContext& ctx, Typed& out) {
  CopyArgs copy;
  copy.json = in.json;
  type_flags(in, ctx, copy);
  std::string_view keyword = keyword_name(in.kind);
  if (in.args.size() < 2) {
    core::Span at = in.args.empty() ? in.keyword_span : in.args.front().span;
    ctx.error(at, util::format("{} requires at least two arguments, but only one was provided. Destination could "
                               "not be determined",
                               keyword));
  } else {
    const Argument& dest = in.args.back();
    copy.destination = Spanned{dest.value, dest.span};
    if (heredoc_name(dest.value)) {
      ctx.error(dest.span, util::format("{} cannot accept a heredoc as a destination", keyword));
    }
  }
  // Without a destination BuildKit rejects the instruction, so nothing is a source either.
  std::size_t sources = in.args.size() < 2 ? 0 : in.args.size() - 1;
  for (std::size_t i = 0; i < sources; ++i) {
    CopySource source{in.args[i].value, in.args[i].span, false, std::nullopt};
    if (auto name = heredoc_name(source.path)) {
      source.inline_file = true;
      for (std::size_t h = 0; ctx.heredocs != nullptr && h < ctx.heredocs->size(); ++h) {
        if ((*ctx.heredocs)[h].name == *name) {
          source.heredoc = h;
          break;
        }
      }
    }
    copy.sources.push_back(std::move(source));
  }
  out.value = std::move(copy);
}

}  // namespace plimsoll::dockerfile::internal
