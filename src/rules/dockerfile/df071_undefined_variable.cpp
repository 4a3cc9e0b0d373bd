// DF071 undefined-variable: `$VAR` in an instruction BuildKit expands, where BuildKit's scoping
// leaves it empty: not a global ARG in FROM, a global ARG not re-declared in the stage, a
// variable used before the ARG/ENV that defines it, or never defined on a scratch base.
#include <algorithm>
#include <array>
#include <set>

#include "dockerfile/shell_lexer.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF071", "undefined-variable", core::Severity::kWarning, "dockerfile",
                         "`$VAR` used but never defined by ARG/ENV (BuildKit rules on ARG scope across FROM).",
                         "df071_undefined_variable"};

using dockerfile::Keyword;

constexpr std::array<std::string_view, 11> kPlatformArgs = {
    "BUILDPLATFORM", "BUILDOS", "BUILDOSVERSION", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM",
    "TARGETOS", "TARGETOSVERSION", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE"};
// Build args Docker accepts without an ARG line.
constexpr std::array<std::string_view, 8> kProxyArgs = {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
                                                        "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy"};

bool expands_variables(Keyword k) {
  return k == Keyword::kAdd || k == Keyword::kCopy || k == Keyword::kEnv || k == Keyword::kExpose ||
         k == Keyword::kLabel || k == Keyword::kStopsignal || k == Keyword::kUser || k == Keyword::kVolume ||
         k == Keyword::kWorkdir || k == Keyword::kArg;
}

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// The names an ARG or ENV instruction defines.
std::vector<std::string> defined_by(const dockerfile::Instruction& in) {
  std::vector<std::string> names;
  if (in.kind == Keyword::kArg) {
    for (const auto& decl : in.typed.args()) names.push_back(decl.name);
  } else if (in.kind == Keyword::kEnv) {
    for (const auto& pair : in.typed.pairs()) names.push_back(pair.key);
  }
  return names;
}

struct Use {
  std::string name;
  core::Span span;
  bool has_modifier = false;  // ${X:-d} and friends decide for themselves what unset means
};

// Variable references in the expanded parts of an instruction, located in the source text.
std::vector<Use> uses_in(const dockerfile::Instruction& in, const core::SourceFile& source, char escape) {
  std::vector<std::pair<std::string_view, core::Span>> parts;
  if (in.kind == Keyword::kArg) {
    for (const auto& decl : in.typed.args()) {
      if (decl.default_value) parts.push_back({decl.raw_default, decl.default_span});
    }
  } else if (in.kind == Keyword::kEnv || in.kind == Keyword::kLabel) {
    for (const auto& pair : in.typed.pairs()) parts.push_back({pair.raw_value, pair.value_span});
  } else {
    for (const auto& a : in.args) parts.push_back({a.value, a.span});
    if (const auto* copy = in.typed.copy()) {
      // BuildKit expands --chown and --chmod; --from names a stage or image as written.
      for (const auto* flag : {&copy->chown, &copy->chmod, &copy->from}) {
        if (*flag) parts.push_back({(*flag)->value, (*flag)->span});
      }
    }
  }
  std::vector<Use> uses;
  dockerfile::MapEnvironment empty;
  dockerfile::LexerOptions options;
  options.escape = escape;
  dockerfile::ShellLexer lexer(options);
  for (const auto& [text, span] : parts) {
    if (text.find('$') == std::string_view::npos) continue;
    dockerfile::Expansion e = lexer.process_word(text, empty);
    std::string_view raw = source.text().substr(span.begin, span.size());
    for (const auto& name : e.unset) {
      std::size_t at = raw.find("${" + name);
      bool braced = at != std::string_view::npos;
      if (!braced) at = raw.find("$" + name);
      core::Span where = span;
      bool modifier = false;
      if (at != std::string_view::npos) {
        std::size_t after = at + name.size() + (braced ? 2 : 1);
        modifier = braced && after < raw.size() && raw[after] != '}';
        std::size_t end = braced ? raw.find('}', at) : after;
        end = end == std::string_view::npos ? after : end + (braced ? 1 : 0);
        where = {span.begin + static_cast<uint32_t>(at), span.begin + static_cast<uint32_t>(end)};
      }
      uses.push_back({name, where, modifier});
    }
  }
  return uses;
}

class UndefinedVariable final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    const auto& model = ctx.model();
    std::set<std::string> global;
    for (const dockerfile::Instruction* arg : model.global_args) {
      for (const auto& name : defined_by(*arg)) global.insert(name);
    }
    // FROM lines see global ARGs and the platform ARGs only.
    for (const auto& stage : model.stages) {
      for (const Use& use : uses_in(*stage.from, ctx.source(), ctx.file().escape)) {
        if (use.has_modifier || global.count(use.name) || listed(kPlatformArgs, use.name)) continue;
        ctx.report(kInfo, use.span,
                   util::format("`{}` is not a global ARG, so it is empty in FROM; declare `ARG {}` before the first FROM",
                                use.name, use.name));
      }
    }
    std::vector<std::set<std::string>> stage_env(model.stages.size());  // ENV names per stage, inherited
    for (const auto& stage : model.stages) check_stage(stage, global, stage_env, ctx);
  }

 private:
  static void check_stage(const dockerfile::Stage& stage, const std::set<std::string>& global,
                          std::vector<std::set<std::string>>& stage_env, FileContext& ctx) {
    std::set<std::string> defined;
    if (stage.parent >= 0) defined = stage_env[static_cast<std::size_t>(stage.parent)];
    std::set<std::string> later;  // defined somewhere in this stage
    for (const dockerfile::Instruction* in : stage.instructions) {
      for (const auto& name : defined_by(*in)) later.insert(name);
    }
    bool scratch_root = stage.root_image == nullptr && stage.base_resolved;
    for (const dockerfile::Instruction* in : stage.instructions) {
      if (expands_variables(in->kind)) {
        std::vector<std::string> own = defined_by(*in);
        for (const Use& use : uses_in(*in, ctx.source(), ctx.file().escape)) {
          if (use.has_modifier || defined.count(use.name) || listed(kProxyArgs, use.name)) continue;
          // `ENV PATH=/x:$PATH` extends what the base image set; it is not a use before definition.
          if (std::find(own.begin(), own.end(), use.name) != own.end() && !scratch_root) continue;
          report(use, global, later, scratch_root, ctx);
        }
      }
      for (const auto& name : defined_by(*in)) {
        defined.insert(name);
        if (in->kind == Keyword::kEnv) stage_env[static_cast<std::size_t>(stage.index)].insert(name);
      }
    }
    if (stage.parent >= 0) {
      const auto& inherited = stage_env[static_cast<std::size_t>(stage.parent)];
      stage_env[static_cast<std::size_t>(stage.index)].insert(inherited.begin(), inherited.end());
    }
  }

  static void report(const Use& use, const std::set<std::string>& global, const std::set<std::string>& later,
                     bool scratch_root, FileContext& ctx) {
    if (global.count(use.name) || listed(kPlatformArgs, use.name)) {
      ctx.report(kInfo, use.span,
                 util::format("`{}` is declared before the first FROM, which makes it visible to FROM lines only; "
                              "repeat `ARG {}` inside this stage",
                              use.name, use.name));
    } else if (later.count(use.name)) {
      ctx.report(kInfo, use.span,
                 util::format("`{}` is used before the ARG or ENV that defines it, so it is empty here", use.name));
    } else if (scratch_root) {
      ctx.report(kInfo, use.span, util::format("`{}` is never defined by ARG or ENV, so it is empty here", use.name));
    }
    // Otherwise the base image's own ENV may define it; that is not visible from the file.
  }
};

}  // namespace

PLIMSOLL_RULE(df071_undefined_variable, UndefinedVariable)

}  // namespace plimsoll::rules
