// DF062 python-env-missing: a Python service should log unbuffered (so `docker logs` shows
// output as it happens, and nothing is lost on a crash) and not write .pyc files at run time.
#include <algorithm>
#include <string>
#include <vector>

#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/packages.h"
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF062", "python-env-missing", core::Severity::kInfo, "dockerfile",
                         "Python final stages should set `PYTHONUNBUFFERED=1` and `PYTHONDONTWRITEBYTECODE=1`.",
                         "df062_python_env_missing", {}, Fixes::kOffered};

constexpr std::string_view kVariables[] = {"PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE"};

bool names_python(std::string_view text) { return text.find("python") != std::string_view::npos; }

// python:*, distroless/python3, chainguard/python, uv's `python3.12-…` tags.
bool python_base(const dockerfile::Stage& root) {
  if (root.root_image == nullptr) return false;
  return names_python(path_basename(root.root_image->repository)) || names_python(root.root_image->tag);
}

bool python_command(const dockerfile::InstallerCommand* install) {
  if (install != nullptr && install->kind.ecosystem == "python") return true;
  for (const dockerfile::InstallerOperand* package : os_packages(install)) {
    if (package->name.starts_with("python")) return true;
  }
  return false;
}

// Python is in the image: its base is a Python image, a RUN installs Python or Python
// packages, or the container starts python.
bool is_python_target(FileContext& ctx, const std::vector<const dockerfile::Stage*>& chain) {
  if (python_base(*chain.back())) return true;
  for (const dockerfile::Stage* stage : chain) {
    for (const dockerfile::Instruction* in : stage->instructions) {
      if (in->kind != dockerfile::Keyword::kRun) continue;
      const auto& commands = ctx.script(*in).commands;
      auto installs_python = [&](const sh::Command& command) { return python_command(ctx.installer(command)); };
      if (std::any_of(commands.begin(), commands.end(), installs_python)) return true;
    }
  }
  std::vector<StartupWord> argv = startup_argv(*chain.front());
  std::size_t start = skip_init(argv);
  return start < argv.size() && !argv[start].shell_text && path_basename(argv[start].word.value).starts_with("python");
}

class PythonEnvMissing final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    for (int index : ctx.shipped_targets()) check_stage(ctx, index);
  }

 private:
  static void check_stage(FileContext& ctx, int index) {
    auto chain = from_chain(ctx.model(), index);
    const dockerfile::Stage& stage = *chain.front();
    if (stage.from == nullptr || !is_python_target(ctx, chain)) return;
    std::vector<std::string_view> missing;
    for (std::string_view name : kVariables) {
      auto value = stage.env.get(name);
      if (!value || value->empty()) missing.push_back(name);  // Python honours any non-empty value
    }
    if (missing.empty()) return;
    std::string names, assignments;
    for (std::string_view name : missing) {
      names += (names.empty() ? "`" : " and `") + std::string(name) + "`";
      assignments += " " + std::string(name) + "=1";
    }
    core::Span end_of_from{stage.from->span.end, stage.from->span.end};
    // Unsafe: the variables reach every later RUN and the running app: unbuffered output and no
    // bytecode cache change how it writes its logs and how fast it starts.
    core::Fix fix{"Set the Python runtime variables", {{end_of_from, "\nENV" + assignments}}, core::Applicability::kUnsafe};
    ctx.report(kInfo, stage.from->keyword_span,
               util::format("the Python image built by this stage does not set {}; add `ENV{}`", names, assignments),
               std::move(fix));
  }
};

}  // namespace

PLIMSOLL_RULE(df062_python_env_missing, PythonEnvMissing)

}  // namespace plimsoll::rules
