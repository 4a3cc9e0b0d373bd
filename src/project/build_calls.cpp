#include "project/build_calls.h"

#include <algorithm>
#include <array>
#include <optional>

#include "sh/script.h"
#include "util/path.h"
#include "util/text.h"

namespace plimsoll::project {
namespace {

// Options of `docker build`/`buildx build`/`podman build`/`buildah bud` that take a value as
// the next word. An option not listed here is read as a flag; when that is wrong the value
// shows up as a second positional, and the call is skipped as ambiguous.
constexpr std::array kValueOptions = {
    "--add-host",     "--allow",        "--annotation",  "--attest",      "--build-arg",     "--build-context",
    "--builder",      "--cache-from",   "--cache-to",    "--call",        "--cgroup-parent", "--cpu-period",
    "--cpu-quota",    "--cpu-shares",   "-c",            "--cpuset-cpus", "--cpuset-mems",   "--iidfile",
    "--isolation",    "--label",        "--memory",      "-m",            "--memory-swap",   "--metadata-file",
    "--network",      "--output",       "-o",            "--platform",    "--progress",      "--secret",
    "--security-opt", "--shm-size",     "--ssh",         "--tag",         "-t",              "--target",
    "--ulimit",       "--format",       "--jobs",        "--manifest",      "--os",
    "--arch",         "--variant",      "--volume",      "-v",            "--userns",        "--authfile",
    "--cert-dir",     "--creds",        "--signature-policy", "--timestamp", "--env",       "--unsetenv",
    "--ignorefile",   "--logfile",      "--runtime",     "--pull-policy", "--retry",         "--retry-delay",
    "--from",         "--dns",          "--dns-option",  "--dns-search",  "--ipc",           "--pid",
    "--uts",          "--cap-add",      "--cap-drop",    "--device",      "--decryption-key", "--sign-by",
    "--label-file",   "--annotation-file", "--hooks-dir", "--sbom-output", "--sbom-image-output",
};

bool takes_value(std::string_view option) {
  return std::find(kValueOptions.begin(), kValueOptions.end(), option) != kValueOptions.end();
}

// Where the build subcommand's arguments start in `words`, or 0 when this is no build call.
std::size_t build_arguments(const std::vector<sh::Word>& words, std::size_t program) {
  std::string_view name = util::basename(words[program].value);
  auto word = [&](std::size_t i) -> std::string_view { return i < words.size() ? std::string_view(words[i].value) : ""; };
  if (name == "docker" || name == "podman") {
    if (word(program + 1) == "build") return program + 2;
    if ((word(program + 1) == "buildx" || word(program + 1) == "image") && word(program + 2) == "build") return program + 3;
    return 0;
  }
  if (name == "buildah" && (word(program + 1) == "bud" || word(program + 1) == "build")) return program + 2;
  return 0;
}

bool is_remote(std::string_view context) {
  return context.find("://") != std::string_view::npos || context.starts_with("git@") || context.starts_with("github.com/") ||
         context == "-";
}

// What one call states, or false when it states nothing this reader can resolve.
bool read_call(const std::vector<sh::Word>& words, std::size_t first, BuildCall& call) {
  std::vector<const sh::Word*> positional;
  bool file_unknown = false;
  for (std::size_t i = first; i < words.size(); ++i) {
    const sh::Word& w = words[i];
    std::string_view v = w.value;
    if (v == "--") {
      for (++i; i < words.size(); ++i) positional.push_back(&words[i]);
      break;
    }
    if (!v.starts_with('-') || v == "-") {
      positional.push_back(&w);
      continue;
    }
    std::size_t eq = v.find('=');
    std::string_view option = v.substr(0, eq);
    // `-t NAME`, `--tag NAME`, `--tag=NAME`, `-t=NAME`, `-tNAME`: several may be given.
    bool is_tag = option == "-t" || option == "--tag";
    if (is_tag || (v.starts_with("-t") && !v.starts_with("--"))) {
      const sh::Word* word = &w;
      std::string_view tag = is_tag ? v.substr(eq == std::string_view::npos ? v.size() : eq + 1) : v.substr(2);
      if (is_tag && eq == std::string_view::npos) {
        if (i + 1 >= words.size()) return false;
        word = &words[++i];
        tag = word->value;
      }
      if (!word->has_expansion && !tag.empty()) call.tags.emplace_back(tag);
      continue;
    }
    if (option == "--build-context") {
      std::string_view value = v.substr(eq == std::string_view::npos ? v.size() : eq + 1);
      if (eq == std::string_view::npos) {
        if (i + 1 >= words.size()) return false;
        value = words[++i].value;
      }
      if (std::string_view name = named_context_name(value); !name.empty()) call.named_contexts.emplace_back(name);
      continue;
    }
    bool is_file = option == "-f" || option == "--file";
    if (!is_file && v.starts_with("-f") && !v.starts_with("--") && v.size() > 2) {  // `-fdocker/Dockerfile`
      call.dockerfile = std::string(v.substr(2));
      file_unknown = w.has_expansion;
      continue;
    }
    if (eq != std::string_view::npos) {
      if (is_file) {
        call.dockerfile = std::string(v.substr(eq + 1));
        file_unknown = w.has_expansion;
      }
      continue;
    }
    if (is_file) {
      if (i + 1 >= words.size()) return false;
      call.dockerfile = words[++i].value;
      file_unknown = words[i].has_expansion;
      continue;
    }
    if (takes_value(option)) ++i;
  }
  if (positional.size() != 1 || file_unknown || call.dockerfile == "-") return false;
  const sh::Word& context = *positional.front();
  if (context.has_expansion || context.value.empty() || is_remote(context.value)) return false;
  call.context = context.value;
  return true;
}

// `"$(dirname "$0")/.."` and its spellings: the rest after the script's directory ("/.."), or
// nullopt for any other word.
std::optional<std::string> after_script_dir(std::string_view raw) {
  std::string unquoted;
  for (char c : raw) {
    if (c != '"') unquoted += c;
  }
  for (std::string_view prefix : {"$(dirname $0)", "$(dirname -- $0)", "$(dirname ${0})", "$(dirname ${BASH_SOURCE[0]})",
                                  "$(dirname $BASH_SOURCE)", "$(cd $(dirname $0) && pwd)",
                                  "$(cd $(dirname ${BASH_SOURCE[0]}) && pwd)"}) {
    if (!std::string_view(unquoted).starts_with(prefix)) continue;
    std::string rest = unquoted.substr(prefix.size());
    if (rest.find_first_of("$`") != std::string::npos) return std::nullopt;
    if (!rest.empty() && !rest.starts_with('/')) return std::nullopt;
    return rest;
  }
  return std::nullopt;
}

uint32_t line_at(std::string_view text, uint32_t offset) {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  return static_cast<uint32_t>(std::count(text.begin(), text.begin() + offset, '\n')) + 1;
}

}  // namespace

std::vector<BuildCall> read_build_calls(std::string_view shell_text, uint32_t first_line) {
  std::vector<BuildCall> out;
  // The cheap test first: most scripts build nothing, and parsing them would be wasted.
  if (shell_text.find("build") == std::string_view::npos && shell_text.find("bud") == std::string_view::npos) return out;
  sh::Script script = sh::parse_script(shell_text);
  std::string cwd;  // relative to where the text runs; "" there
  bool from_script_dir = false;
  uint32_t newlines_before = 0;
  uint32_t counted_to = 0;
  for (const sh::Command& command : script.commands) {
    // Nested scripts (`sh -c`, `$(…)`) run elsewhere or produce values: only top-level calls.
    if (command.nesting != 0 || command.words.empty()) continue;
    std::size_t program = 0;
    while (program < command.words.size() &&
           (command.words[program].value == "sudo" || command.words[program].value == "exec" ||
            command.words[program].value == "time" || command.words[program].value == "command")) {
      ++program;
    }
    if (program >= command.words.size()) continue;
    const sh::Word& head = command.words[program];
    if (head.value == "cd" || head.value == "pushd") {
      if (command.subshell != 0) continue;  // `(cd x && …)` moves only its own group
      if (command.words.size() <= program + 1) return out;  // `cd` alone: home, unknown
      const sh::Word& to = command.words[program + 1];
      if (auto rest = after_script_dir(to.raw)) {
        from_script_dir = true;
        cwd = rest->empty() ? "" : util::normal_path(rest->substr(1));
        if (cwd == ".") cwd.clear();
        continue;
      }
      if (to.has_expansion || to.value.starts_with('/') || to.value.starts_with('~') || to.value == "-") return out;
      cwd = util::normal_path(util::join_path(cwd, to.value));
      if (cwd == ".") cwd.clear();
      continue;
    }
    std::size_t first = build_arguments(command.words, program);
    if (first == 0 || head.has_expansion) continue;
    BuildCall call;
    if (!read_call(command.words, first, call)) continue;
    if (call.context.starts_with('/') || call.dockerfile.starts_with('/')) continue;  // absolute: another machine's
    if (!cwd.empty()) {
      call.context = util::join_path(cwd, call.context);
      if (!call.dockerfile.empty()) call.dockerfile = util::join_path(cwd, call.dockerfile);
    }
    // Lines counted incrementally: commands come in source order.
    uint32_t offset = std::min<uint32_t>(head.span.begin, static_cast<uint32_t>(shell_text.size()));
    if (offset >= counted_to) {
      newlines_before += line_at(shell_text.substr(counted_to, offset - counted_to), offset - counted_to) - 1;
      counted_to = offset;
    }
    call.line = first_line + newlines_before;
    call.from_script_dir = from_script_dir;
    out.push_back(std::move(call));
  }
  return out;
}

std::string_view named_context_name(std::string_view value) {
  std::size_t eq = value.find('=');
  if (eq == std::string_view::npos) return {};
  std::string_view name = util::trim_ascii_space(value.substr(0, eq));
  return name.find_first_of("$`") == std::string_view::npos ? name : std::string_view();
}

}  // namespace plimsoll::project
