// DF041 secret-literal: a credential written into the Dockerfile is in the repository, in every
// build log and usually in the image history; it has to be rotated, not just removed.
#include "knowledge/secret_names.h"
#include "knowledge/secret_values.h"
#include "rules/dockerfile/command_passwords.h"
#include "rules/file_context.h"
#include "rules/kit/rule_base.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF041", "secret-literal", core::Severity::kError, "dockerfile",
                         "A literal credential (known token formats, private-key headers, high-entropy assignments) "
                         "anywhere in the Dockerfile.",
                         "df041_secret_literal"};

std::string masked(std::string_view secret) {
  return std::string(secret.substr(0, std::min<std::size_t>(4, secret.size() / 4))) + "…";
}

// Assignments in RUN scripts (`export API_TOKEN=…`, `TOKEN=… cmd`) of high-entropy literals or
// known token formats to credential-looking names; `SECRET_KEY=dummy ./manage.py collectstatic`
// and `PGPASSWORD=postgres psql` for a throwaway build database are not secrets. ENV and ARG
// are DF040's.
void check_assignments(const sh::Script& script, FileContext& ctx) {
  for (const auto& command : script.commands) {
    std::vector<const sh::Word*> candidates;
    for (const auto& a : command.assignments) candidates.push_back(&a);
    if (command.program() == "export") {
      for (std::size_t i = 1; i < command.words.size(); ++i) candidates.push_back(&command.words[i]);
    }
    for (const sh::Word* w : candidates) {
      std::size_t eq = w->value.find('=');
      if (eq == std::string::npos || w->has_expansion) continue;
      std::string_view name = std::string_view(w->value).substr(0, eq);
      std::string_view value = std::string_view(w->value).substr(eq + 1);
      if (!knowledge::looks_like_secret_name(name)) continue;
      if (knowledge::classify_secret_value(name, value) != knowledge::SecretValue::kStrong) continue;
      ctx.report(kInfo, w->span,
                 util::format("`{}` is assigned a literal credential (`{}`); pass it with "
                              "`RUN --mount=type=secret,id={},env={}` instead, and rotate it",
                              name, masked(value), name, name));
    }
  }
}

// A password given to a program on its command line is set or sent for real, whatever it looks
// like: `echo 'root:root' | chpasswd` gives the image a root password anyone can read.
void check_command_passwords(const sh::Script& script, FileContext& ctx) {
  for (const auto& found : command_passwords(script)) {
    bool strong = knowledge::is_high_entropy(found.password);
    ctx.report(kInfo, found.word->span,
               util::format("`{}` is given a literal password (`{}`{}); it is in the repository and the image "
                            "history: read it from `RUN --mount=type=secret` instead, and rotate it",
                            found.how, masked(found.password), strong ? "" : ", a weak one"));
  }
}

// Known token formats anywhere in the text, comments and heredocs included.
class SecretLiteralScan final : public kit::RuleBase<kInfo> {
 public:
  Interest interest() const override {
    Interest i = Interest::on({dockerfile::Keyword::kRun});
    i.file_end = true;
    return i;
  }
  void on_instruction(const dockerfile::Instruction& run, FileContext& ctx) const override {
    const sh::Script& script = ctx.script(run);
    check_assignments(script, ctx);
    check_command_passwords(script, ctx);
  }
  void on_file_end(FileContext& ctx) const override {
    std::string_view text = ctx.source().text();
    std::size_t offset = 0;
    while (offset < text.size()) {
      auto found = knowledge::find_credential(text.substr(offset));
      if (!found) break;
      std::size_t begin = offset + found->match.begin;
      std::size_t end = offset + found->match.end;
      std::string_view secret = text.substr(begin, end - begin);
      ctx.report(kInfo, {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)},
                 util::format("credential in the Dockerfile: {}{} (`{}`); remove it, rotate it, and pass secrets "
                              "with `RUN --mount=type=secret`",
                              found->match.kind, found->strong ? "" : " (a weak password, to a remote host)",
                              masked(secret)));
      offset = end > offset ? end : offset + 1;
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df041_secret_literal, SecretLiteralScan)

}  // namespace plimsoll::rules
