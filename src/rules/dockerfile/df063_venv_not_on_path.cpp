// DF063 venv-not-on-path: a virtualenv copied into the image is only used when its bin/ comes
// first on PATH; otherwise `python`, `uvicorn`, … resolve to the system ones without the
// project's packages (or are not found at all).
#include <algorithm>
#include <string>
#include <vector>

#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF063", "venv-not-on-path", core::Severity::kWarning, "dockerfile",
                         "A virtualenv copied into the final stage must be on `PATH`.", "df063_venv_not_on_path"};

std::string without_trailing_slashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

bool is_venv_dir(std::string_view path) {
  const std::string trimmed = without_trailing_slashes(std::string(path));  // outlives the view below
  return path_basename(trimmed).ends_with("venv");  // venv, .venv, myproject-venv
}

// Where a `COPY --from` puts a virtualenv, made absolute against the stage's WORKDIR.
std::optional<std::string> copied_venv(const dockerfile::Instruction& copy, const dockerfile::Stage& stage) {
  const auto* typed = copy.typed.copy();
  if (!typed || typed->from_context() || !typed->destination) return std::nullopt;
  const std::string& dest = typed->destination->value;
  for (const auto& copied : typed->sources) {
    const std::string& source = copied.path;
    if (copied.inline_file || !is_venv_dir(source)) continue;
    std::string target = dest;
    // `COPY /app/.venv /app/` keeps the name only for files; a directory's contents land in
    // /app/, which is then the venv unless the destination itself is named like one.
    if (!is_venv_dir(dest) && typed->sources.size() > 1) {
      target = without_trailing_slashes(dest) + "/" + std::string(path_basename(without_trailing_slashes(source)));
    }
    if (!target.starts_with("/") && !target.starts_with("$")) {
      target = without_trailing_slashes(stage.workdir) + "/" + target;
    }
    return without_trailing_slashes(target);
  }
  return std::nullopt;
}

bool path_contains(std::string_view path_value, const std::string& dir) {
  std::size_t start = 0;
  while (start <= path_value.size()) {
    std::size_t end = path_value.find(':', start);
    if (end == std::string_view::npos) end = path_value.size();
    if (without_trailing_slashes(std::string(path_value.substr(start, end - start))) == dir) return true;
    start = end + 1;
  }
  return false;
}

// The container calls the venv's programs by absolute path (`/app/.venv/bin/python`), or through
// a tool that finds the project's venv itself.
bool started_from_venv(FileContext& ctx, const dockerfile::Stage& stage, const std::string& venv) {
  for (const auto& command : startup_commands(ctx, stage)) {
    for (const auto& word : command.words) {
      if (word.value.starts_with(venv + "/bin/")) return true;
    }
    std::string_view program = command.program();
    if (program == "uv" || program == "poetry" || program == "pdm" || program == "pipenv") return true;
  }
  return false;
}

class VenvNotOnPath final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    for (int index : ctx.shipped_targets()) check(ctx, index);
  }

 private:
  static void check(FileContext& ctx, int index) {
    auto chain = from_chain(ctx.model(), index);
    const dockerfile::Stage& target = *chain.front();
    auto path = target.env.get("PATH");
    for (const dockerfile::Stage* stage : chain) {
      for (const dockerfile::Instruction* in : stage->instructions) {
        if (in->kind != dockerfile::Keyword::kCopy && in->kind != dockerfile::Keyword::kAdd) continue;
        auto venv = copied_venv(*in, *stage);
        if (!venv || venv->find('$') != std::string::npos) continue;
        if (path && path_contains(*path, *venv + "/bin")) continue;
        if (started_from_venv(ctx, target, *venv)) continue;
        ctx.report(kInfo, in->typed.copy()->destination->span,
                   util::format("the virtualenv copied to `{}` is not on PATH, so `python` and the project's "
                                "commands resolve outside it; add `ENV PATH=\"{}/bin:$PATH\"`",
                                *venv, *venv));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df063_venv_not_on_path, VenvNotOnPath)

}  // namespace plimsoll::rules
