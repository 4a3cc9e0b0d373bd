#include "rules/dockerfile/runtime.h"

#include <algorithm>

#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/packages.h"
#include "util/format.h"
#include "util/text.h"

#include <cctype>

namespace plimsoll::rules {
namespace {

// Last commands that are not a long-running program, or that show the script manages its
// children itself (`trap … ; app & wait`).
bool is_not_a_service(std::string_view program) {
  static constexpr std::string_view kBuiltins[] = {"exec", "wait", "exit", "true", "false", ":", "echo",
                                                   "printf", "return", "trap", "fi", "done", "esac", "}"};
  return std::find(std::begin(kBuiltins), std::end(kBuiltins), program) != std::end(kBuiltins);
}

bool has_trap(const sh::Script& script) {
  return std::any_of(script.commands.begin(), script.commands.end(),
                     [](const sh::Command& c) { return c.program() == "trap"; });
}

void append_instruction(const dockerfile::Stage& stage, const dockerfile::Instruction& in,
                        std::vector<StartupWord>& out) {
  if (in.json) {
    for (const auto& arg : in.args) {
      StartupWord w;
      w.word.raw = w.word.value = arg.value;
      w.word.span = arg.span;
      w.via = &in;
      out.push_back(std::move(w));
    }
    return;
  }
  if (in.args.empty()) return;
  for (const auto& part : stage.shell) {
    StartupWord w;
    w.word.raw = w.word.value = part;
    w.word.span = in.keyword_span;
    w.via = &in;
    out.push_back(std::move(w));
  }
  StartupWord text;
  text.word.raw = text.word.value = in.args[0].value;
  text.word.span = in.args[0].span;
  text.via = &in;
  text.shell_text = true;
  out.push_back(std::move(text));
}

sh::Command command_of(const std::vector<StartupWord>& argv) {
  sh::Command command;
  for (const auto& w : argv) command.words.push_back(w.word);
  if (!command.words.empty()) command.span = core::cover(command.words.front().span, command.words.back().span);
  return command;
}

}  // namespace

bool is_export_only(const dockerfile::Model& model, const dockerfile::Stage& stage) {
  if (stage.cmd != nullptr || stage.entrypoint != nullptr) return false;
  const dockerfile::Stage* s = &stage;
  // Parents come before their children, so the walk ends.
  while (s->base_kind == dockerfile::BaseKind::kStage && s->parent >= 0 && s->parent < s->index) {
    s = &model.stages[static_cast<std::size_t>(s->parent)];
  }
  return s->base_kind == dockerfile::BaseKind::kScratch;
}

std::vector<StartupWord> startup_argv(const dockerfile::Stage& stage) {
  std::vector<StartupWord> argv;
  if (stage.entrypoint != nullptr) append_instruction(stage, *stage.entrypoint, argv);
  bool entrypoint_shell_form = stage.entrypoint != nullptr && !stage.entrypoint->json;
  if (stage.cmd != nullptr && !entrypoint_shell_form) append_instruction(stage, *stage.cmd, argv);
  return argv;
}

std::string_view path_basename(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool is_shell_program(std::string_view program) {
  static constexpr std::string_view kShells[] = {"sh", "bash", "dash", "ash", "zsh", "ksh"};
  return std::find(std::begin(kShells), std::end(kShells), path_basename(program)) != std::end(kShells);
}

bool is_init_program(std::string_view program) {
  static constexpr std::string_view kInits[] = {"tini", "tini-static", "dumb-init", "catatonit", "docker-init",
                                                "init", "s6-svscan", "runsvdir", "supervisord"};
  return std::find(std::begin(kInits), std::end(kInits), path_basename(program)) != std::end(kInits);
}

std::size_t skip_init(const std::vector<StartupWord>& argv) {
  if (argv.empty() || argv[0].shell_text || !is_init_program(argv[0].word.value)) return 0;
  std::size_t i = 1;
  // Init options come first; `--` ends them. Options that take a value (tini -p SIG) are rare
  // enough that a value word is treated as the program, which only makes the rules quieter.
  while (i < argv.size() && argv[i].word.value.starts_with("-")) {
    if (argv[i++].word.value == "--") break;
  }
  return i;
}

std::optional<std::size_t> shell_script_index(const std::vector<StartupWord>& argv, std::size_t start) {
  if (start >= argv.size() || argv[start].shell_text || !is_shell_program(argv[start].word.value)) return std::nullopt;
  for (std::size_t i = start + 1; i + 1 < argv.size(); ++i) {
    const std::string& v = argv[i].word.value;
    if (v.size() < 2 || v[0] != '-' || v[1] == '-') return std::nullopt;  // a script file, not -c
    if (v.find('c') != std::string::npos) return argv[i + 1].shell_text ? std::nullopt : std::optional(i + 1);
  }
  return std::nullopt;
}

sh::Script parse_script_word(FileContext& ctx, const StartupWord& word, bool* exact) {
  if (word.shell_text) {
    if (exact != nullptr) *exact = ctx.file().escape == '\\';
    return ctx.script(*word.via);
  }
  core::Span span = word.word.span;
  std::string_view raw = ctx.source().text().substr(span.begin, span.size());
  bool plain = raw.size() == word.word.value.size() + 2 && raw.substr(1, raw.size() - 2) == word.word.value;
  if (exact != nullptr) *exact = plain;
  return sh::parse_script(word.word.value, span.begin + 1);
}

std::vector<sh::Command> startup_commands(FileContext& ctx, const dockerfile::Stage& stage) {
  std::vector<StartupWord> argv = startup_argv(stage);
  std::vector<sh::Command> out;
  if (argv.empty()) return out;
  out.push_back(command_of(argv));
  std::size_t start = skip_init(argv);
  if (auto script = shell_script_index(argv, start)) {
    for (auto& c : parse_script_word(ctx, argv[*script]).commands) out.push_back(std::move(c));
  } else {
    for (const auto& w : argv) {
      if (!w.shell_text) continue;
      for (const auto& c : ctx.script(*w.via).commands) out.push_back(c);
    }
  }
  return out;
}

std::vector<sh::Command> healthcheck_commands(FileContext& ctx, const dockerfile::Instruction& check) {
  std::vector<sh::Command> out;
  const auto* typed = check.typed.healthcheck();
  if (!typed || typed->none || typed->type.value != "CMD" || typed->command.empty()) return out;
  if (typed->json) {
    std::vector<StartupWord> argv;
    for (const auto& arg : typed->command) {
      StartupWord w;
      w.word.raw = w.word.value = arg.value;
      w.word.span = arg.span;
      w.via = &check;
      argv.push_back(std::move(w));
    }
    out.push_back(command_of(argv));
    if (auto script = shell_script_index(argv, 0)) {
      for (auto& c : parse_script_word(ctx, argv[*script]).commands) out.push_back(std::move(c));
    }
    return out;
  }
  const dockerfile::Spanned& text = typed->command.front();
  core::Span span = text.span;
  std::string_view raw = ctx.source().text().substr(span.begin, span.size());
  sh::Script script = ctx.file().escape == '\\' ? sh::parse_script(raw, span.begin)
                                                : sh::parse_script(text.value, span.begin);
  return std::move(script.commands);
}

std::vector<const dockerfile::Stage*> from_chain(const dockerfile::Model& model, int target) {
  std::vector<const dockerfile::Stage*> chain;
  for (int i = target; i >= 0 && chain.size() <= model.stages.size();
       i = model.stages[static_cast<std::size_t>(i)].parent) {
    chain.push_back(&model.stages[static_cast<std::size_t>(i)]);
  }
  return chain;
}

std::vector<std::string> os_packages_in_chain(FileContext& ctx, const std::vector<const dockerfile::Stage*>& chain) {
  std::vector<std::string> out;
  for (const dockerfile::Stage* stage : chain) {
    for (const dockerfile::Instruction* in : stage->instructions) {
      if (in->kind != dockerfile::Keyword::kRun) continue;
      for (const auto& command : ctx.script(*in).commands) {
        for (const dockerfile::InstallerOperand* p : os_packages(ctx.installer(command))) out.push_back(p->name);
      }
    }
  }
  return out;
}

uint32_t parse_port_number(std::string_view text) {
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string_view::npos) return 0;
  uint32_t value = 0;
  for (char c : text) value = value * 10 + static_cast<uint32_t>(c - '0');
  return value <= 65535 ? value : 0;
}

bool is_server_program(std::string_view program) {
  static constexpr std::string_view kServers[] = {"gunicorn", "uvicorn", "hypercorn", "daphne", "granian",
                                                  "waitress-serve", "nginx", "httpd", "apache2-foreground",
                                                  "caddy", "php-fpm", "traefik", "envoy"};
  return std::find(std::begin(kServers), std::end(kServers), path_basename(program)) != std::end(kServers);
}

namespace {

// The span of `needle` inside the word's source text, or the whole word.
core::Span locate(FileContext& ctx, const sh::Word& word, std::string_view needle) {
  std::string_view text = ctx.source().text();
  // A word of an exec-form `sh -c` string is placed by its offset in the decoded string, which
  // can run past the source where decoding changed lengths (invalid UTF-8, escapes).
  if (word.span.begin > text.size()) return word.span;
  std::string_view raw = text.substr(word.span.begin, word.span.size());
  std::size_t at = needle.empty() ? std::string_view::npos : raw.find(needle);
  if (at == std::string_view::npos) return word.span;
  auto begin = static_cast<uint32_t>(word.span.begin + at);
  return {begin, static_cast<uint32_t>(begin + needle.size())};
}

// The port after the last ':' of `host:port` (`:8000`, `0.0.0.0:8000`, `[::]:8000`).
std::string_view port_of_address(std::string_view address) {
  std::size_t colon = address.rfind(':');
  return colon == std::string_view::npos ? std::string_view() : address.substr(colon + 1);
}

}  // namespace

std::vector<PortClaim> command_ports(FileContext& ctx, const dockerfile::Stage& stage) {
  std::vector<PortClaim> out;
  std::vector<sh::Command> commands = startup_commands(ctx, stage);
  for (std::size_t c = 0; c < commands.size(); ++c) {
    const sh::Command& command = commands[c];
    bool shell = c > 0;  // the first command is the exec-form argv: Docker expands nothing there
    std::vector<std::string> values;
    for (const auto& w : command.words) {
      if (shell && w.has_expansion) {
        auto e = dockerfile::expand(w.value, stage.env, ctx.file().escape);
        values.push_back(e.ok() && !e.words.empty() ? e.words[0] : "");
      } else {
        values.push_back(w.value);
      }
    }
    for (std::size_t i = 1; i < values.size(); ++i) {
      std::string_view v = values[i];
      std::string_view flag = v.substr(0, v.find('='));
      bool inline_value = v.find('=') != std::string_view::npos;
      std::string_view value;
      std::size_t value_index = i;
      bool address = false;
      if (flag == "--port" || flag == "--http-port" || flag == "--server.port") {
      } else if (flag == "--bind" || flag == "-b" || flag == "--listen" || flag == "runserver") {
        address = true;
        if (flag == "runserver") inline_value = false;
      } else {
        continue;
      }
      if (inline_value) {
        value = v.substr(v.find('=') + 1);
      } else if (i + 1 < values.size()) {
        value_index = i + 1;
        value = values[value_index];
      }
      std::string written = inline_value ? std::string(v) : std::string(flag) + " " + std::string(value);
      if (address) value = value.find(':') == std::string_view::npos ? std::string_view() : port_of_address(value);
      uint32_t port = parse_port_number(value);
      if (port == 0) continue;
      const sh::Word& word = command.words[value_index];
      out.push_back({port, locate(ctx, word, word.has_expansion ? std::string_view() : value),
                     util::format("`{}` in the container's command", written)});
    }
  }
  return out;
}

std::optional<PortClaim> healthcheck_port(FileContext& ctx, const dockerfile::Stage& stage) {
  if (stage.healthcheck == nullptr) return std::nullopt;
  static constexpr std::string_view kHosts[] = {"localhost", "127.0.0.1", "0.0.0.0", "[::1]"};
  for (const auto& command : healthcheck_commands(ctx, *stage.healthcheck)) {
    for (const auto& word : command.words) {
      std::string_view v = word.value;
      std::size_t scheme_end = v.find("://");
      if (scheme_end == std::string_view::npos) continue;
      std::size_t scheme_begin = scheme_end;
      while (scheme_begin > 0 && std::isalpha(static_cast<unsigned char>(v[scheme_begin - 1]))) --scheme_begin;
      std::string_view scheme = v.substr(scheme_begin, scheme_end - scheme_begin);
      std::string_view rest = v.substr(scheme_end + 3);
      for (std::string_view host : kHosts) {
        if (!rest.starts_with(host)) continue;
        std::string_view after = rest.substr(host.size());
        if (after.starts_with(":")) {
          std::size_t end = after.find_first_not_of("0123456789", 1);
          std::string_view digits = after.substr(1, end == std::string_view::npos ? end : end - 1);
          uint32_t port = parse_port_number(digits);
          if (port == 0) return std::nullopt;
          std::string needle = std::string(host) + ":" + std::string(digits);
          core::Span span = locate(ctx, word, needle);
          if (span.size() == needle.size()) span.begin += static_cast<uint32_t>(host.size() + 1);
          return PortClaim{port, span, util::format("the HEALTHCHECK URL `{}://{}`", scheme, needle)};
        }
        if (after.empty() || after.starts_with("/")) {
          uint32_t port = scheme == "http" ? 80 : scheme == "https" ? 443 : 0;
          if (port == 0) return std::nullopt;
          return PortClaim{port, locate(ctx, word, std::string(host)),
                           util::format("the HEALTHCHECK URL `{}://{}` (port {})", scheme, host, port)};
        }
      }
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> command_values(const sh::Command& command) {
  std::vector<std::string_view> out;
  for (const auto& w : command.words) out.push_back(w.value);
  return out;
}

const sh::Command* unexeced_last_command(const sh::Script& script) {
  std::vector<const sh::Command*> top;
  for (const auto& c : script.commands) {
    if (c.nesting == 0 && !c.empty()) top.push_back(&c);
  }
  if (top.size() < 2 || has_trap(script)) return nullptr;
  const sh::Command* last = top.back();
  // In a pipeline or in the background it cannot replace the shell.
  if (last->in_pipeline || last->joined_by == sh::Joiner::kPipe || last->joined_by == sh::Joiner::kBackground) {
    return nullptr;
  }
  if (is_not_a_service(last->program())) return nullptr;
  return last;
}

}  // namespace plimsoll::rules
