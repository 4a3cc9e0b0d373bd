#include "dockerfile/model.h"

#include <algorithm>
#include <functional>

#include "util/text.h"

namespace plimsoll::dockerfile {
namespace {

constexpr std::string_view kPlatformArgs[] = {
    "BUILDPLATFORM", "BUILDOS", "BUILDOSVERSION", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM",
    "TARGETOS", "TARGETOSVERSION", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE"};

// WORKDIR semantics: absolute paths replace, relative ones are joined; the result is cleaned.
std::string join_workdir(const std::string& current, const std::string& next) {
  std::string path = !next.empty() && next[0] == '/' ? next : current + "/" + next;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& part : parts) out += "/" + part;
  return out.empty() ? "/" : out;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && util::is_ascii_space(text[pos])) ++pos;
    std::size_t end = pos;
    while (end < text.size() && !util::is_ascii_space(text[end])) ++end;
    if (end > pos) words.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  return words;
}

uint32_t parse_number(std::string_view text) {
  if (text.empty() || text.size() > 5) return 0;
  uint32_t value = 0;
  for (char c : text) {
    if (!util::is_ascii_digit(c)) return 0;
    value = value * 10 + static_cast<uint32_t>(c - '0');
  }
  return value <= 65535 ? value : 0;
}

// `80`, `80/udp`, `3000-3005/tcp`; anything else (host IPs, mappings) is kept but invalid.
ExposedPort parse_port(const std::string& word, const Instruction* via) {
  ExposedPort port;
  port.text = word;
  port.via = via;
  std::string_view ports = word;
  if (std::size_t slash = word.find('/'); slash != std::string::npos) {
    port.protocol = util::to_lower_ascii(word.substr(slash + 1));
    ports = ports.substr(0, slash);
    if (port.protocol != "tcp" && port.protocol != "udp" && port.protocol != "sctp") return port;
  }
  std::size_t dash = ports.find('-');
  uint32_t first = parse_number(ports.substr(0, dash));
  uint32_t last = dash == std::string_view::npos ? first : parse_number(ports.substr(dash + 1));
  if (first == 0 || last == 0 || last < first) return port;
  port.first = first;
  port.last = last;
  return port;
}

class ModelBuilder {
 public:
  explicit ModelBuilder(const Dockerfile& file) : file_(file) {}

  Model build() {
    for (std::string_view name : kPlatformArgs) model_.global_env.set(std::string(name), "");
    model_.global_env.set("TARGETPLATFORM", "linux/amd64");
    model_.global_env.set("BUILDPLATFORM", "linux/amd64");
    model_.global_env.set("TARGETOS", "linux");
    model_.global_env.set("TARGETARCH", "amd64");
    global_defaults_ = model_.global_env;  // shares every entry
    for (const auto& in : file_.instructions) {
      if (in.kind == Keyword::kFrom) {
        start_stage(in);
      } else if (model_.stages.empty()) {
        if (in.kind == Keyword::kArg) global_arg(in);
      } else {
        stage_instruction(model_.stages.back(), in);
      }
    }
    return std::move(model_);
  }

 private:
  void global_arg(const Instruction& in) {
    model_.global_args.push_back(&in);
    for (const auto& decl : in.typed.args()) {
      bool has_value = decl.default_value.has_value();
      std::string value = has_value ? expand_at(decl.raw_default, model_.global_env, in).words.at(0) : "";
      global_defaults_.set(decl.name, value);
      if (has_value) model_.global_env.set(decl.name, value);
    }
  }

  void start_stage(const Instruction& in) {
    Stage stage;
    stage.index = static_cast<int>(model_.stages.size());
    stage.from = &in;
    if (in.args.size() >= 3 && util::iequals_ascii(in.args[1].value, "as")) {
      stage.name = util::to_lower_ascii(in.args[2].value);
    }
    if (!in.args.empty()) {
      stage.base_written = in.args[0].value;
      Expansion e = expand_at(stage.base_written, model_.global_env, in);
      stage.base = e.ok() && !e.words.empty() ? e.words[0] : stage.base_written;
      stage.base_resolved = e.ok() && e.unset.empty();
    }
    std::string lowered = util::to_lower_ascii(stage.base);
    if (lowered == "scratch") {
      stage.base_kind = BaseKind::kScratch;
    } else if (const Stage* parent = model_.find_stage(lowered); parent != nullptr && !lowered.empty()) {
      stage.base_kind = BaseKind::kStage;
      stage.parent = parent->index;
      inherit(stage, *parent);
    } else {
      stage.image = parse_image_ref(stage.base);
    }
    if (stage.base_kind == BaseKind::kImage) {
      stage.root_image = nullptr;  // set after the stage is stored (address stability)
    }
    if (!stage.name.empty()) model_.stage_names.emplace(stage.name, stage.index);  // the first one wins
    model_.stages.push_back(std::move(stage));
  }

  static void inherit(Stage& stage, const Stage& parent) {
    stage.user = parent.user;
    stage.user_value = parent.user_value;
    stage.healthcheck = parent.healthcheck;
    stage.cmd = parent.cmd;
    stage.entrypoint = parent.entrypoint;
    stage.env = parent.env;
    stage.workdir_instruction = parent.workdir_instruction;
    stage.workdir = parent.workdir;
    stage.shell_instruction = parent.shell_instruction;
    stage.shell = parent.shell;
    stage.exposed = parent.exposed;
  }

  void stage_instruction(Stage& stage, const Instruction& in) {
    stage.instructions.push_back(&in);
    switch (in.kind) {
      case Keyword::kArg:
        for (const auto& decl : in.typed.args()) {
          if (decl.default_value) {
            stage.env.set(decl.name, expand_at(decl.raw_default, stage.env, in).words.at(0));
          } else if (auto global = global_defaults_.get(decl.name)) {
            if (!stage.env.get(decl.name)) stage.env.set(decl.name, std::string(*global));
          }
        }
        break;
      case Keyword::kEnv:
      {
        // Every value of one ENV is expanded against the environment before that ENV.
        std::vector<std::pair<std::string, std::string>> assignments;
        for (const auto& pair : in.typed.pairs()) {
          Expansion e = expand_at(pair.raw_value, stage.env, in);
          assignments.emplace_back(pair.key, e.words.at(0));
        }
        for (auto& [key, value] : assignments) stage.env.set(std::move(key), std::move(value));
        break;
      }
      case Keyword::kUser:
        stage.user = &in;
        if (!in.args.empty()) {
          Expansion e = expand_at(in.args[0].value, stage.env, in);
          stage.user_value = e.ok() && !e.words.empty() ? e.words[0] : in.args[0].value;
        }
        break;
      case Keyword::kHealthcheck:
        stage.healthcheck = &in;
        break;
      case Keyword::kWorkdir:
        if (!in.args.empty()) {
          stage.workdir_instruction = &in;
          stage.workdir = join_workdir(stage.workdir, expand_at(in.args[0].value, stage.env, in).words.at(0));
        }
        break;
      case Keyword::kShell:
        if (in.json && !in.args.empty()) {
          stage.shell_instruction = &in;
          stage.shell_changes.push_back(&in);
          stage.shell.clear();
          for (const auto& arg : in.args) stage.shell.push_back(arg.value);
        }
        break;
      case Keyword::kExpose:
        for (const auto& arg : in.args) {
          Expansion e = expand_at(arg.value, stage.env, in);
          for (const auto& word : split_words(e.words.at(0))) stage.exposed.push_back(parse_port(word, &in));
        }
        break;
      case Keyword::kCmd:
        stage.cmd = &in;
        break;
      case Keyword::kEntrypoint:
        stage.entrypoint = &in;
        break;
      case Keyword::kCopy:
      case Keyword::kAdd:
        if (in.typed.copy() && in.typed.copy()->from) add_use(stage, in.typed.copy()->from->value, in);
        break;
      case Keyword::kRun:
        if (!in.typed.run()) break;
        for (const auto& mount : in.typed.run()->mounts) {
          if (mount.from) add_use(stage, mount.from->value, in);
        }
        break;
      default:
        break;
    }
  }

  void add_use(Stage& stage, const std::string& reference, const Instruction& in) {
    Expansion e = expand_at(reference, stage.env, in);
    std::string name = util::to_lower_ascii(e.ok() && !e.words.empty() ? e.words[0] : reference);
    StageEdge edge;
    edge.via = &in;
    if (const Stage* target = model_.find_stage(name); target != nullptr && target->index < stage.index) {
      edge.from_stage = target->index;
    } else if (!name.empty() && std::all_of(name.begin(), name.end(), util::is_ascii_digit) && name.size() < 6 &&
               std::stoi(name) < stage.index) {
      edge.from_stage = std::stoi(name);
    } else {
      edge.image = name;
    }
    stage.uses.push_back(std::move(edge));
  }

  // expand(), noting in the model when a word hit an expansion limit (once per instruction).
  // Past kMaxModelExpansion in all, words are kept as written: each is capped, but thousands of
  // `ENV Bn=$A` naming one large value would still add up.
  Expansion expand_at(std::string_view text, const Environment& env, const Instruction& in) {
    if (expanded_ > kMaxModelExpansion) {
      Expansion e;
      e.words.assign(1, std::string(text));
      return e;
    }
    Expansion e = expand(text, env, file_.escape);
    if (e.limit && limited_ != &in) {
      limited_ = &in;
      model_.diagnostics.push_back({core::Severity::kError, in.keyword_span, "cannot expand this instruction: " + e.error});
    }
    for (const auto& word : e.words) expanded_ += word.size();
    if (expanded_ > kMaxModelExpansion) {
      model_.diagnostics.push_back({core::Severity::kError, in.keyword_span,
                                    "variables expand to more than " + std::to_string(kMaxModelExpansion) +
                                        " bytes in this file; from here on words are read as written"});
    }
    return e;
  }

  const Dockerfile& file_;
  const Instruction* limited_ = nullptr;
  std::size_t expanded_ = 0;  // bytes of expanded words so far
  Model model_;
  MapEnvironment global_defaults_;  // every global ARG, with its default or empty
};

}  // namespace

const Stage* Model::find_stage(std::string_view name) const {
  if (name.empty()) return nullptr;
  auto it = stage_names.find(std::string(name));
  return it == stage_names.end() ? nullptr : &stages[static_cast<std::size_t>(it->second)];
}

std::vector<int> Model::final_chain() const {
  std::vector<int> chain;
  for (int i = stages.empty() ? -1 : static_cast<int>(stages.size()) - 1; i >= 0; i = stages[i].parent) {
    chain.push_back(i);
    if (chain.size() > stages.size()) break;  // defensive: parents always point backwards
  }
  return chain;
}

int Model::stage_of(const Instruction* instruction) const {
  // Stages and their instructions lie in file order in one array: search, do not scan, so
  // rules asking once per instruction stay linear on files with 100,000 instructions.
  std::less<const Instruction*> before;
  auto after = std::upper_bound(stages.begin(), stages.end(), instruction,
                                [&](const Instruction* in, const Stage& stage) { return before(in, stage.from); });
  if (after == stages.begin()) return -1;
  const Stage& stage = *std::prev(after);
  if (stage.from == instruction) return stage.index;
  const Instruction* last = stage.instructions.empty() ? stage.from : stage.instructions.back();
  if (before(last, instruction)) return -1;
  return std::binary_search(stage.instructions.begin(), stage.instructions.end(), instruction, before) ? stage.index : -1;
}

Expansion expand(std::string_view text, const Environment& env, char escape) {
  LexerOptions options;
  options.escape = escape;
  Expansion e = ShellLexer(options).process_word(text, env);
  if (!e.ok()) e.words.assign(1, std::string(text));
  return e;
}

Model build_model(const Dockerfile& file) {
  Model model = ModelBuilder(file).build();
  for (auto& stage : model.stages) {
    if (stage.base_kind == BaseKind::kImage) {
      stage.root_image = &stage.image;
    } else if (stage.base_kind == BaseKind::kStage) {
      stage.root_image = model.stages[stage.parent].root_image;
    }
  }
  return model;
}

}  // namespace plimsoll::dockerfile
