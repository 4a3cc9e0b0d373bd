// DF014 chown-layer-duplication: changing ownership in a RUN rewrites every file into a new
// layer, so the copied files are stored twice; COPY --chown sets it while copying.
#include <algorithm>

#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF014", "chown-layer-duplication", core::Severity::kWarning, "dockerfile",
                         "`RUN chown -R` over files copied in earlier layers doubles their size; use `COPY --chown` "
                         "instead.",
                         "df014_chown_layer_duplication"};

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

class ChownLayerDuplication final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::on({dockerfile::Keyword::kRun}); }
  void on_instruction(const dockerfile::Instruction& run, FileContext& ctx) const override {
    const dockerfile::Stage* stage = current_stage(ctx);
    if (stage == nullptr) return;
    // The commands first: the earlier COPYs are only worth collecting for a recursive chown.
    const auto& commands = ctx.script(run).commands;
    bool recursive = std::any_of(commands.begin(), commands.end(), [](const sh::Command& c) {
      return (c.program() == "chown" || c.program() == "chmod") && (c.has_flag("-R") || c.has_flag("--recursive"));
    });
    if (!recursive) return;
    std::vector<std::pair<std::string, const dockerfile::Instruction*>> copied;
    for (const dockerfile::Instruction* in : stage->instructions) {
      if (in == &run) break;
      if ((in->kind == dockerfile::Keyword::kCopy || in->kind == dockerfile::Keyword::kAdd) && in->args.size() >= 2) {
        copied.emplace_back(absolute(in->args.back().value, stage->workdir), in);
      }
    }
    if (copied.empty()) return;
    for (const auto& command : commands) {
      if (command.program() != "chown" && command.program() != "chmod") continue;
      if (!command.has_flag("-R") && !command.has_flag("--recursive")) continue;
      // Words after the program: options, then the owner (or mode), then paths.
      const sh::Word* owner = nullptr;
      for (std::size_t i = 1; i < command.words.size(); ++i) {
        const sh::Word& w = command.words[i];
        if (w.value.starts_with("-")) continue;
        if (owner == nullptr) {
          owner = &w;
          continue;
        }
        if (w.has_expansion) continue;  // `$GOPATH`: where that is, the file does not say
        std::string target = absolute(w.value, stage->workdir);
        for (const auto& [dest, copy] : copied) {
          if (!overlaps(target, dest)) continue;
          ctx.report(kInfo, core::cover(command.words.front().span, command.words.back().span),
                     util::format("`{} -R {}` rewrites the files COPY put there (line {}) into a second layer; use "
                                  "`COPY --{}={}` instead",
                                  command.program(), w.value, copy->start_line, command.program(), owner->value));
          return;
        }
      }
    }
  }
};

}  // namespace

const Rule& df014_chown_layer_duplication() {
  static const ChownLayerDuplication rule;
  return rule;
}

}  // namespace plimsoll::rules
