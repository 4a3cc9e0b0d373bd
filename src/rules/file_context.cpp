#include "rules/file_context.h"

#include <algorithm>

#include "util/path.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

// The raw shell-form text of a RUN with its comment and blank lines inside continuations
// blanked out (same length), so sh sees what BuildKit joins while offsets stay exact.
std::string shell_text_for_sh(std::string_view raw) {
  std::string text(raw);
  std::size_t line_start = text.find('\n');
  while (line_start != std::string::npos) {
    ++line_start;
    std::size_t line_end = text.find('\n', line_start);
    std::size_t stop = line_end == std::string::npos ? text.size() : line_end;
    std::string_view line = util::trim_ascii_space(std::string_view(text).substr(line_start, stop - line_start));
    if (line.empty() || line[0] == '#') {
      for (std::size_t i = line_start; i < stop; ++i) text[i] = ' ';
      if (line_end != std::string::npos) text[line_end] = ' ';
    }
    line_start = line_end;
  }
  return text;
}

sh::Script exec_form_script(const dockerfile::Instruction& run) {
  sh::Script script;
  sh::Command command;
  for (const auto& arg : run.args) {
    sh::Word word;
    word.raw = word.value = arg.value;
    word.span = arg.span;
    command.words.push_back(std::move(word));
  }
  if (!command.words.empty()) {
    command.span = core::cover(command.words.front().span, command.words.back().span);
    script.commands.push_back(std::move(command));
  }
  return script;
}

}  // namespace

const sh::Script& FileContext::script(const dockerfile::Instruction& run) {
  auto it = scripts_.find(&run);
  if (it != scripts_.end()) return it->second;
  sh::Script script;
  if (run.json) {
    script = exec_form_script(run);
  } else if (run.heredocs.size() == 1 && run.args.size() == 1 &&
             util::trim_ascii_space(run.args[0].value).find(' ') == std::string_view::npos &&
             run.args[0].value.find("<<") != std::string::npos) {
    // `RUN <<EOF`: the body is the script (BuildKit hands it to the shell as is).
    const dockerfile::Heredoc& doc = run.heredocs.front();
    script = sh::parse_script(doc.content, doc.body_span.begin);
  } else if (!run.args.empty()) {
    core::Span span = run.args[0].span;
    std::string_view raw = source_.text().substr(span.begin, span.size());
    if (file_.escape == '\\') {
      script = sh::parse_script(shell_text_for_sh(raw), span.begin);
    } else {
      script = sh::parse_script(run.args[0].value, span.begin);  // offsets approximate
    }
  }
  return scripts_.emplace(&run, std::move(script)).first->second;
}

const dockerfile::InstallerCommand* FileContext::installer(const sh::Command& command) {
  auto [it, inserted] = installers_.try_emplace(&command);
  if (inserted) it->second = dockerfile::parse_installer(command);
  return it->second ? &*it->second : nullptr;
}

namespace {

// A development environment's image (VS Code dev containers and Codespaces read
// `.devcontainer/`, Gitpod `.gitpod.Dockerfile`): a workstation for the project's developers,
// never deployed, so nothing in it ships.
bool is_development_environment(std::string_view path) {
  return util::basename(path) == ".gitpod.Dockerfile" || util::has_directory(path, ".devcontainer");
}

}  // namespace

const std::vector<int>& FileContext::shipped_targets() {
  if (shipped_targets_) return *shipped_targets_;
  std::vector<int> targets;
  if (is_development_environment(source_.path())) return *(shipped_targets_ = std::move(targets));
  const auto& stages = model_.stages;
  for (const auto& stage : stages) {
    bool last = stage.index + 1 == static_cast<int>(stages.size());
    bool named = !stage.name.empty() &&
                 std::any_of(settings_.production_targets.begin(), settings_.production_targets.end(),
                             [&](const std::string& t) { return util::iequals_ascii(t, stage.name); });
    if (last || named) targets.push_back(stage.index);
  }
  return *(shipped_targets_ = std::move(targets));
}

const std::vector<int>& FileContext::shipped_stages() {
  if (shipped_stages_) return *shipped_stages_;
  std::vector<bool> shipped(model_.stages.size(), false);
  for (int target : shipped_targets()) {
    std::size_t guard = 0;
    for (int i = target; i >= 0 && guard <= model_.stages.size(); i = model_.stages[static_cast<std::size_t>(i)].parent, ++guard) {
      shipped[static_cast<std::size_t>(i)] = true;
    }
  }
  std::vector<int> out;
  for (std::size_t i = 0; i < shipped.size(); ++i) {
    if (shipped[i]) out.push_back(static_cast<int>(i));
  }
  return *(shipped_stages_ = std::move(out));
}

bool FileContext::is_shipped(int stage_index) {
  const auto& stages = shipped_stages();
  return std::binary_search(stages.begin(), stages.end(), stage_index);
}

void FileContext::report(const RuleInfo& rule, core::Span span, std::string message, std::optional<core::Fix> fix,
                         std::optional<core::Severity> severity) {
  reported_.push_back(make_reported(rule, nullptr, span, std::move(message), std::move(fix), severity));
}

}  // namespace plimsoll::rules
