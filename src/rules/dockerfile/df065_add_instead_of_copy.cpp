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

// Names whose suffix says they are text or code, never a tar archive ADD would unpack.
bool is_plainly_not_archive(std::string_view s) {
  static constexpr std::array<std::string_view, 30> kSuffixes = {
      ".py", ".js", ".mjs", ".cjs", ".ts", ".json", ".yaml", ".yml", ".toml", ".txt", ".md", ".sh",
      ".conf", ".cfg", ".ini", ".html", ".css", ".go", ".rs", ".rb", ".php", ".java", ".lock", ".xml",
      ".sql", ".env", ".properties", ".pem", ".crt", ".mod"};
  std::string lower = util::to_lower_ascii(s);
  return std::any_of(kSuffixes.begin(), kSuffixes.end(), [&](std::string_view suffix) { return lower.ends_with(suffix); });
}

// A directory: ADD copies one as COPY does (only a file is ever unpacked).
bool names_directory(std::string_view s) { return s == "." || s == "./" || s.ends_with("/") || s.ends_with("/."); }

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
    bool any_remote = false, any_archive = false;
    // COPY does exactly what ADD did only when no source can be an archive: a heredoc, a
    // directory, or a name that says it is text. Any other file may be a tar by its content.
    bool same_as_copy = true;
    for (const auto& source : typed.sources) {
      std::string_view value = source.path;
      if (value.find('$') != std::string_view::npos) return;  // cannot tell what it names
      if (is_git_source(value)) {
        any_remote = true;
        continue;
      }
      if (is_url(value)) {
        any_remote = true;
        if (!typed.checksum) {
          ctx.report(kInfo, source.span,
                     util::format("ADD downloads `{}` without `--checksum`, so the build trusts whatever the server "
                                  "returns; add `--checksum=sha256:<digest>`",
                                  value));
        }
        continue;
      }
      if (source.inline_file) continue;
      if (is_archive(value)) {
        any_archive = true;
        continue;
      }
      any_local_plain = true;
      bool glob = value.find_first_of("*?[") != std::string_view::npos;
      if (glob || !(names_directory(value) || is_plainly_not_archive(value))) same_as_copy = false;
    }
    if (!add.heredocs.empty() && sources == 0) any_local_plain = true;
    if (!any_local_plain) return;
    std::optional<core::Fix> fix;
    // Beside a URL or an archive, COPY would fail to fetch or stop unpacking: no fix.
    if (!has_add_only_flag(typed) && !any_remote && !any_archive) {
      bool lower = add.keyword == util::to_lower_ascii(add.keyword);
      fix = core::Fix{"Use COPY", {{add.keyword_span, lower ? "copy" : "COPY"}},
                      same_as_copy ? core::Applicability::kSafe : core::Applicability::kUnsafe};
    }
    ctx.report(kInfo, add.keyword_span,
               "ADD of local files also unpacks archives and fetches URLs; use COPY, which only copies", std::move(fix));
  }
};

}  // namespace

PLIMSOLL_RULE(df065_add_instead_of_copy, AddInsteadOfCopy)

}  // namespace plimsoll::rules
