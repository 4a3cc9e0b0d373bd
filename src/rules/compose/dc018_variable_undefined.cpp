// DC018 variable-undefined: compose substitutes an empty string for a variable nobody sets,
// so `${TAG}` silently becomes `image: app:`; `${VAR:?}` stops `docker compose` outright.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "project/file_kind.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

using envfile::Operator;
using Variables = std::map<std::string, std::string, std::less<>>;

constexpr kit::ListOption kEnvironmentVariables{"environment-variables",
                                                "HOME,USER,PWD,PATH,LOGNAME,SHELL,XDG_RUNTIME_DIR",
                                                "Variables taken to be set by the shell that runs `docker compose`."};
constexpr OptionSpec kOptions[] = {kEnvironmentVariables};
constexpr RuleInfo kInfo{"DC018", "variable-undefined", core::Severity::kWarning, "compose",
                         "`${VAR}` with no default and no value in the env files in use; `${VAR:?msg}` unset is an "
                         "error.",
                         "dc018_variable_undefined", kOptions};

enum class Fault { kNone, kUnset, kRequired };

struct Lookup {
  const Variables& defined;
  const std::vector<std::string>& shell;
  std::optional<std::string> operator()(const std::string& name) const {
    if (auto it = defined.find(name); it != defined.end()) return it->second;
    if (std::find(shell.begin(), shell.end(), name) != shell.end()) return std::string("set");
    return std::nullopt;
  }
};

Fault fault_of(const compose::VariableReference& ref, const std::optional<std::string>& value) {
  switch (ref.op) {
    case Operator::kNone: return value ? Fault::kNone : Fault::kUnset;
    case Operator::kErrorIfUnset: return value ? Fault::kNone : Fault::kRequired;
    case Operator::kErrorIfEmpty: return value && !value->empty() ? Fault::kNone : Fault::kRequired;
    default: return Fault::kNone;
  }
}

// Whether a reference's argument (default or alternate) is substituted, so references in it count.
bool uses_argument(const compose::VariableReference& ref, const std::optional<std::string>& value) {
  switch (ref.op) {
    case Operator::kDefaultIfEmpty: return !value || value->empty();
    case Operator::kDefaultIfUnset: return !value;
    case Operator::kAlternateIfValue: return value && !value->empty();
    case Operator::kAlternateIfSet: return value.has_value();
    default: return false;
  }
}

bool mentions(const std::string& argument, const std::string& name) {
  for (const auto& use : envfile::variables_in(argument)) {
    if (use.name == name) return true;
  }
  return false;
}

// The references of one document that compose would evaluate: all top-level ones, and those in
// a default or alternate only when it is used (`${A:-${B}}` needs B only while A is unset).
std::vector<std::pair<const compose::VariableReference*, Fault>> faults(const compose::ComposeDocument& doc,
                                                                         const Lookup& lookup) {
  std::vector<std::pair<const compose::VariableReference*, Fault>> out;
  const auto& refs = doc.variables;
  std::vector<bool> active(refs.size(), true);
  for (std::size_t i = 0; i < refs.size(); ++i) {
    for (std::size_t j = i; j-- > 0;) {
      if (refs[j].line != refs[i].line || refs[j].column != refs[i].column) break;
      if (!mentions(refs[j].argument, refs[i].name)) continue;
      active[i] = active[j] && uses_argument(refs[j], lookup(refs[j].name));
      break;
    }
    if (!active[i]) continue;
    Fault fault = fault_of(refs[i], lookup(refs[i].name));
    if (fault != Fault::kNone) out.emplace_back(&refs[i], fault);
  }
  return out;
}

std::string env_files_text(const project::ComposeStack& stack) {
  if (stack.env_files.empty()) return "no env file is in use";
  std::string names;
  for (const auto& path : stack.env_files) {
    names += (names.empty() ? "" : ", ") + std::string(util::basename(path));
  }
  return "the env files in use (" + names + ") do not set it";
}

// An env template (`.env.example`, …) beside the compose file that wrote the reference and that
// names the variable; "" when none does.
std::string template_declaring(ProjectContext& ctx, const project::ComposeStack& stack,
                               const compose::VariableReference& ref) {
  util::YamlNode at;
  at.origin = ref.origin;
  std::string dir = util::parent_dir(stack.document_of(at).path);
  for (const auto& env : ctx.project().env_files) {
    if (util::parent_dir(env.path) != dir || !project::is_env_template_name(util::basename(env.path))) continue;
    if (env.env.find(ref.name) != nullptr) return std::string(util::basename(env.path));
  }
  return {};
}

class VariableUndefined final : public kit::ProjectRule<kInfo> {
  void check(ProjectContext& ctx) const override {
    std::vector<std::string> shell = option<kEnvironmentVariables>(ctx.settings());
    for (const auto& stack : ctx.project().stacks) {
      Lookup lookup{stack.variables, shell};
      for (const auto& doc : stack.documents) {
        // Once per variable and file: the first required use if any, else the first plain one.
        std::map<std::string, std::pair<const compose::VariableReference*, Fault>> first;
        std::map<std::string, int> uses;
        for (const auto& [ref, fault] : faults(doc, lookup)) {
          ++uses[ref->name];
          auto [it, inserted] = first.try_emplace(ref->name, ref, fault);
          if (!inserted && fault == Fault::kRequired && it->second.second != Fault::kRequired) it->second = {ref, fault};
        }
        for (const auto& [name, hit] : first) report(ctx, stack, *hit.first, hit.second, uses[name]);
      }
    }
  }

 private:
  static void report(ProjectContext& ctx, const project::ComposeStack& stack, const compose::VariableReference& ref,
                     Fault fault, int uses) {
    util::YamlNode at;
    at.line = ref.line;
    at.column = ref.column;
    at.origin = ref.origin;
    std::string more = uses > 1 ? util::format(" (used {} times in this file)", uses) : "";
    if (fault == Fault::kRequired) {
      // An env file in use that leaves it empty makes compose stop: certain. Unset everywhere,
      // `:?` is the author saying the value comes from outside (the shell, CI, a deploy
      // secret), which the files cannot show: a warning, and only a setup step when a template
      // beside the compose file names it.
      bool empty_in_file = stack.variables.contains(ref.name);
      std::string template_name = empty_in_file ? std::string() : template_declaring(ctx, stack, ref);
      core::Severity severity = empty_in_file            ? core::Severity::kError
                                : !template_name.empty() ? core::Severity::kInfo
                                                         : core::Severity::kWarning;
      std::string advice = empty_in_file ? std::string("; set it in the env file")
                           : !template_name.empty()
                               ? util::format("; it is listed in `{}`: create the env file from it, or export it where "
                                              "compose runs",
                                              template_name)
                               : std::string("; set it in an env file, or make sure the environment that runs compose "
                                             "(CI, the deploy shell) exports it");
      ctx.report_node(kInfo, stack, at,
                      util::format("`{}` is required (`${{{}{}…}}`) but {}{}: `docker compose` stops with \"required "
                                   "variable {} is missing a value\" unless it is set{}",
                                   ref.name, ref.name, ref.op == Operator::kErrorIfEmpty ? ":?" : "?",
                                   empty_in_file ? "is empty" : env_files_text(stack), more, ref.name, advice),
                      {}, severity);
      return;
    }
    ctx.report_node(kInfo, stack, at,
                    util::format("`${{{}}}` has no default and {}{}: compose substitutes an empty string; set it in "
                                 "the env file or give a default (`${{{}:-value}}`, `${{{}:?message}}` to require it)",
                                 ref.name, env_files_text(stack), more, ref.name, ref.name));
  }
};

}  // namespace

PLIMSOLL_RULE(dc018_variable_undefined, VariableUndefined)

}  // namespace plimsoll::rules
