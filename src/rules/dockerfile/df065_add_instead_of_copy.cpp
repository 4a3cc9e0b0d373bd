// DF065 add-instead-of-copy: ADD for plain local files (COPY says what it does), and ADD of a
// remote file without --checksum (the build trusts whatever the server sends).
#include <algorithm>
#include <array>

#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF065", "add-instead-of-copy", core::Severity::kWarning, "dockerfile",
                         "Use `COPY` for local files; `ADD <url>` needs `--checksum`.", "df065_add_instead_of_copy",
                         {}, Fixes::kOffered};

bool is_url(std::string_view s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

bool is_git_source(std::string_view s) {
  return s.rfind("git@", 0) == 0 || s.rfind("git://", 0) == 0 ||
         (is_url(s) && (s.find(".git#") != std::string_view::npos || s.ends_with(".git")));
}

// ADD unpacks local tar archives (by content, but the name is what we can see).
bool is_archive(std::string_view s) {
  static constexpr std::array<std::string_view, 10> kSuffixes = {".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2",
                                                                 ".tar.xz", ".txz", ".tar.zst", ".tzst", ".tar.lz"};
  std::string lower = util::to_lower_ascii(s);
  return std::any_of(kSuffixes.begin(), kSuffixes.end(), [&](std::string_view suffix) { return lower.ends_with(suffix); });
}

// Flags COPY does not accept: keeping them means ADD is still needed.
bool has_add_only_flag(const dockerfile::CopyArgs& add) {
  return add.checksum || add.keep_git_dir || add.unpack;
}

class AddInsteadOfCopy final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kAdd> {
  void check(const dockerfile::Instruction& add, FileContext& ctx) const override {
    if (!add.typed.copy()) return;
    const dockerfile::CopyArgs& typed = *add.typed.copy();
    if (!typed.destination && add.heredocs.empty()) return;
    std::size_t sources = typed.sources.size();
    bool any_local_plain = false;
    bool only_local_plain = true;  // COPY does what this ADD does only when no source is fetched or unpacked
    for (const auto& source : typed.sources) {
      std::string_view value = source.path;
      if (value.find('$') != std::string_view::npos) return;  // cannot tell what it names
      if (is_git_source(value)) {
        only_local_plain = false;
        continue;
      }
      if (is_url(value)) {
        only_local_plain = false;
        if (!typed.checksum) {
          ctx.report(kInfo, source.span,
                     util::format("ADD downloads `{}` without `--checksum`, so the build trusts whatever the server "
                                  "returns; add `--checksum=sha256:<digest>`",
                                  value));
        }
        continue;
      }
      if (!is_archive(value) && !source.inline_file) any_local_plain = true;
      if (is_archive(value)) only_local_plain = false;
    }
    if (!add.heredocs.empty() && sources == 0) any_local_plain = true;
    if (!any_local_plain) return;
    std::optional<core::Fix> fix;
    if (only_local_plain && !has_add_only_flag(typed)) {
      bool lower = add.keyword == util::to_lower_ascii(add.keyword);
      fix = core::Fix{"Use COPY", {{add.keyword_span, lower ? "copy" : "COPY"}}};
    }
    ctx.report(kInfo, add.keyword_span,
               "ADD of local files also unpacks archives and fetches URLs; use COPY, which only copies", std::move(fix));
  }
};

}  // namespace

PLIMSOLL_RULE(df065_add_instead_of_copy, AddInsteadOfCopy)

}  // namespace plimsoll::rules
