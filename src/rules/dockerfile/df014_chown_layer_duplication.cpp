// DF014 chown-layer-duplication: changing ownership in a RUN rewrites every file into a new
// layer, so the copied files are stored twice; COPY --chown sets it while copying.
#include <algorithm>

#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF014", "chown-layer-duplication", core::Severity::kWarning, "dockerfile",
                         "`RUN chown -R` over files copied in earlier layers doubles their size; use `COPY --chown` "
                         "instead.",
                         "df014_chown_layer_duplication", {}, Fixes::kOffered};

std::string absolute(std::string_view path, std::string_view workdir) {
  std::string out = path.starts_with("/") ? std::string(path) : std::string(workdir) + "/" + std::string(path);
  while (out.size() > 1 && (out.back() == '/' || out.ends_with("/."))) out.erase(out.size() - (out.back() == '/' ? 1 : 2));
  return out.empty() ? "/" : out;
}

bool overlaps(const std::string& a, const std::string& b) {
  auto within = [](const std::string& inner, const std::string& outer) {
    return inner == outer || outer == "/" || (inner.rfind(outer, 0) == 0 && inner[outer.size()] == '/');
  };
  return within(a, b) || within(b, a);
}

std::string without_trailing_slash(std::string_view path) {
  std::string out(path);
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

// `RUN chown -R owner /a /b` alone in its RUN, where /a and /b are exactly the absolute
// destinations of the COPYs before it: the COPYs take `--chown=owner` and the RUN goes. Only
// when no RUN sits between those COPYs and the chown (it could have made files COPY did not),
// and every earlier COPY into those paths is one of them, without a --chown of its own.
std::optional<core::Fix> copy_chown_fix(const dockerfile::Instruction& run, const sh::Script& script,
                                        const dockerfile::Stage& stage, std::string_view text) {
  bool flags = run.typed.run() != nullptr && run.typed.run()->has_flags();
  if (run.json || flags || !run.heredocs.empty() || script.commands.size() != 1) return std::nullopt;
  const sh::Command& chown = script.commands.front();
  if (chown.program() != "chown" || !chown.assignments.empty() || !chown.redirects.empty()) return std::nullopt;
  const sh::Word* owner = nullptr;
  std::vector<std::string> targets;
  for (std::size_t i = 1; i < chown.words.size(); ++i) {
    const sh::Word& w = chown.words[i];
    if (w.has_expansion || w.raw != w.value) return std::nullopt;
    if (w.value.starts_with("-")) {
      if (w.value != "-R" && w.value != "--recursive") return std::nullopt;
    } else if (owner == nullptr) {
      owner = &w;
    } else {
      if (!w.value.starts_with("/")) return std::nullopt;
      targets.push_back(without_trailing_slash(w.value));
    }
  }
  if (owner == nullptr || targets.empty()) return std::nullopt;
  std::vector<core::TextEdit> edits;
  std::vector<std::string> covered;
  bool run_since_copy = false;
  for (const dockerfile::Instruction* in : stage.instructions) {
    if (in == &run) break;
    if (in->kind == dockerfile::Keyword::kRun && !edits.empty()) run_since_copy = true;
    const dockerfile::CopyArgs* copy = in->typed.copy();
    if (copy == nullptr || !copy->destination) continue;
    std::string dest = without_trailing_slash(copy->destination->value);
    bool into_target = std::any_of(targets.begin(), targets.end(), [&](const std::string& t) { return overlaps(dest, t); });
    if (!into_target) continue;
    bool exact = dest.starts_with("/") && std::find(targets.begin(), targets.end(), dest) != targets.end();
    bool owned = copy->chown.has_value();
    if (!exact || owned || in->json) return std::nullopt;
    edits.push_back({{in->keyword_span.end, in->keyword_span.end}, " --chown=" + owner->value});
    covered.push_back(dest);
  }
  for (const auto& t : targets) {
    if (std::find(covered.begin(), covered.end(), t) == covered.end()) return std::nullopt;
  }
  if (run_since_copy) return std::nullopt;
  // The RUN's whole lines go, when it starts its line.
  std::size_t begin = text.rfind('\n', run.keyword_span.begin == 0 ? 0 : run.keyword_span.begin - 1);
  begin = begin == std::string_view::npos || run.keyword_span.begin == 0 ? 0 : begin + 1;
  if (text.substr(begin, run.keyword_span.begin - begin).find_first_not_of(" \t") != std::string_view::npos) {
    return std::nullopt;
  }
  std::size_t end = run.span.end;
  if (end > text.size()) return std::nullopt;
  if (end > 0 && text[end - 1] != '\n') {
    std::size_t nl = text.find('\n', end);
    end = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  edits.push_back({{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}, ""});
  // Unsafe: `chown -R` also owns the destination directory itself (COPY --chown leaves an
  // existing one, such as a WORKDIR, as it was), and `--chown=user` sets the user's group where
  // `chown user` kept the group.
  return core::Fix{"Use COPY --chown", std::move(edits), core::Applicability::kUnsafe};
}

// What a recursive `chown`/`chmod` changes: to which owner (or mode), under which paths, and
// for chown's `--from` only the files that have that owner now.
struct Change {
  const sh::Word* owner = nullptr;  // the new owner, or chmod's mode
  std::optional<std::string> from;  // `--from=CURRENT`: a filter, not the new owner
  bool from_unknown = false;        // `--from=$UID`: which files it selects, the file does not say
  std::vector<const sh::Word*> paths;
};

// The operands after the options; nullopt for `--reference=FILE`, whose owner the file does not
// say, and for a command without owner and path.
std::optional<Change> read_change(const sh::Command& command) {
  Change c;
  bool options = true;
  for (std::size_t i = 1; i < command.words.size(); ++i) {
    const sh::Word& w = command.words[i];
    std::string_view v = w.value;
    if (options && v == "--") {
      options = false;
      continue;
    }
    if (options && v.size() > 1 && v.front() == '-') {
      bool separate = v == "--from" || v == "--reference";
      const sh::Word* value = &w;
      if (separate) {
        if (i + 1 >= command.words.size()) return std::nullopt;
        value = &command.words[++i];
      }
      if (v.starts_with("--reference")) return std::nullopt;
      if (v.starts_with("--from") && command.program() == "chown") {
        c.from = separate ? value->value : std::string(v.substr(v.find('=') + 1));
        c.from_unknown = value->has_expansion;
      }
      continue;
    }
    if (c.owner == nullptr) {
      c.owner = &w;
    } else {
      c.paths.push_back(&w);
    }
  }
  if (c.owner == nullptr || c.paths.empty()) return std::nullopt;
  return c;
}

// `root`, `0`, `root:root`, `0:0`, `:root`, `root:`: the owner COPY gives files without --chown.
bool names_root(std::string_view owner) {
  std::size_t sep = owner.find_first_of(":.");
  std::string_view user = owner.substr(0, sep);
  std::string_view group = sep == std::string_view::npos ? std::string_view() : owner.substr(sep + 1);
  auto root = [](std::string_view part) { return part.empty() || part == "root" || part == "0"; };
  return root(user) && root(group) && !owner.empty();
}

// Whether the change rewrites files this COPY wrote. COPY writes them as root:root unless it has
// --chown (--chmod for a mode): a COPY that sets ownership itself is not duplicated (whether
// `1000` and `app` are the same user, the file does not say); `chown --from=app` only touches
// files app owns, which a plain COPY made none of; `chown -R root` changes nothing.
bool rewrites(const sh::Command& command, const Change& change, const dockerfile::CopyArgs& copy) {
  if (command.program() == "chmod") return !copy.chmod.has_value();
  if (copy.chown.has_value()) return false;
  if (change.from) return !change.from_unknown && names_root(*change.from);
  return change.owner->has_expansion || !names_root(change.owner->value);
}

class ChownLayerDuplication final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    const dockerfile::Stage* stage = current_stage(ctx);
    if (stage == nullptr) return;
    // The commands first: the earlier COPYs are only worth collecting for a recursive chown.
    const auto& commands = ctx.script(run).commands;
    bool recursive = std::any_of(commands.begin(), commands.end(), [](const sh::Command& c) {
      return (c.program() == "chown" || c.program() == "chmod") && (c.has_flag("-R") || c.has_flag("--recursive"));
    });
    if (!recursive) return;
    struct Copied {
      std::string dest;
      const dockerfile::Instruction* in;
      const dockerfile::CopyArgs* copy;
    };
    std::vector<Copied> copied;
    for (const dockerfile::Instruction* in : stage->instructions) {
      if (in == &run) break;
      const dockerfile::CopyArgs* copy = in->typed.copy();
      if (copy != nullptr && copy->destination) copied.push_back({absolute(copy->destination->value, stage->workdir), in, copy});
    }
    if (copied.empty()) return;
    for (const auto& command : commands) {
      if (command.program() != "chown" && command.program() != "chmod") continue;
      if (!command.has_flag("-R") && !command.has_flag("--recursive")) continue;
      std::optional<Change> change = read_change(command);
      if (!change) continue;
      for (const sh::Word* w : change->paths) {
        if (w->has_expansion) continue;  // `$GOPATH`: where that is, the file does not say
        std::string target = absolute(w->value, stage->workdir);
        for (const auto& c : copied) {
          if (!overlaps(target, c.dest) || !rewrites(command, *change, *c.copy)) continue;
          ctx.report(kInfo, core::cover(command.words.front().span, command.words.back().span),
                     util::format("`{} -R {}` rewrites the files COPY put there (line {}) into a second layer; use "
                                  "`COPY --{}={}` instead",
                                  command.program(), w->value, c.in->start_line, command.program(),
                                  change->owner->value),
                     copy_chown_fix(run, ctx.script(run), *stage, ctx.source().text()));
          return;
        }
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df014_chown_layer_duplication, ChownLayerDuplication)

}  // namespace plimsoll::rules
