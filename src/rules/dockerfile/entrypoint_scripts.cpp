#include "rules/dockerfile/entrypoint_scripts.h"

#include <fnmatch.h>

#include <algorithm>
#include <array>
#include <vector>

#include "rules/context/copy_sources.h"
#include "rules/dockerfile/runtime.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

// An entrypoint script is a few kilobytes; anything much larger is not read.
constexpr std::uint64_t kMaxScriptBytes = 256 * 1024;

constexpr std::array<std::string_view, 6> kPathDirs{"/usr/local/sbin", "/usr/local/bin", "/usr/sbin",
                                                    "/usr/bin",        "/sbin",          "/bin"};

std::string in_image(std::string_view path, std::string_view workdir) {
  std::string joined = path.starts_with("/") ? std::string(path) : util::join_path(workdir, path);
  std::string out = util::normal_path(joined);
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

// Where in the context the file at `target` came from, if this COPY wrote it: a file copied to
// that path or into that directory, or a directory copied around it.
std::vector<std::string> context_candidates(const dockerfile::Instruction& in, const dockerfile::Stage& stage,
                                            const std::string& target) {
  std::vector<std::string> out;
  const dockerfile::CopyArgs* copy = in.typed.copy();
  if (copy == nullptr || !copy->destination) return out;
  std::vector<CopySource> sources = context_sources(in);
  bool into_dir = copy->destination->value.ends_with("/") || copy->sources.size() > 1;
  std::string dest = in_image(copy->destination->value, stage.workdir);
  for (const auto& source : sources) {
    if (has_glob(source.path)) {
      // `COPY *.sh /`: a file the pattern matches lands directly in the destination directory.
      std::string dir = util::parent_dir(source.path);
      std::string pattern(util::basename(source.path));
      std::string name(util::basename(target));
      if (!has_glob(dir) && util::parent_dir(target) == dest &&
          ::fnmatch(pattern.c_str(), name.c_str(), FNM_PERIOD) == 0) {
        out.push_back(dir == "." ? name : util::join_path(dir, name));
      }
      continue;
    }
    auto under = [&](const std::string& rest) { return source.path.empty() ? rest : util::join_path(source.path, rest); };
    if (target.size() > dest.size() && target.compare(0, dest.size(), dest) == 0 &&
        (dest == "/" || target[dest.size()] == '/')) {
      std::string rest = target.substr(dest == "/" ? 1 : dest.size() + 1);
      out.push_back(under(rest));  // a directory copied to (or into) dest
      if (into_dir && rest == util::basename(source.path)) out.push_back(source.path);
    }
    if (!into_dir && target == dest && !source.path.empty()) out.push_back(source.path);
  }
  return out;
}

bool small_regular_file(const util::Filesystem& files, const std::string& path) {
  auto entries = files.list(util::parent_dir(path));
  if (!entries) return false;
  std::string name(util::basename(path));
  for (const auto& e : *entries) {
    if (e.name == name) return !e.is_dir && !e.is_symlink && e.size <= kMaxScriptBytes;
  }
  return false;
}

bool is_all_args(const sh::Word& w) { return w.value == "$@" || w.value == "${@}"; }

}  // namespace

std::optional<std::string> copied_script(const project::Project& project, const BuildContext& build,
                                         const std::vector<const dockerfile::Stage*>& chain, std::string_view image_path) {
  if (image_path.empty() || chain.empty()) return std::nullopt;
  std::vector<std::string> targets;
  if (image_path.find('/') == std::string_view::npos) {
    for (std::string_view dir : kPathDirs) targets.push_back(util::join_path(dir, image_path));
  } else {
    targets.push_back(in_image(image_path, chain.front()->workdir));
  }
  // The last COPY that wrote the path wins: walk the chain from its root stage to the target.
  std::vector<std::string> found;
  for (auto stage = chain.rbegin(); stage != chain.rend(); ++stage) {
    for (const dockerfile::Instruction* in : (*stage)->instructions) {
      for (const auto& target : targets) {
        std::vector<std::string> candidates = context_candidates(*in, **stage, target);
        if (!candidates.empty()) found = std::move(candidates);
      }
    }
  }
  const util::Filesystem& files = project.files();
  for (const auto& relative : found) {
    std::string path = util::join_path(build.dir, relative);
    if (!files.admits(path) || !small_regular_file(files, path)) continue;
    if (auto text = files.read(path)) return std::move(*text);
  }
  return std::nullopt;
}

ScriptEnd script_end(const sh::Script& script) {
  const sh::Command* last = nullptr;
  for (const auto& c : script.commands) {
    if (c.empty()) continue;
    std::string_view program = c.program();
    std::size_t first = program == "exec" ? 1 : 0;
    if (first < c.words.size() && is_init_program(c.words[first].value)) return {ScriptEnd::Kind::kRunsInit, {}};
    if (c.nesting == 0 && c.subshell == 0) last = &c;
  }
  if (last == nullptr || last->program() != "exec" || last->words.size() < 2) return {};
  std::size_t i = 1;
  // gosu and su-exec drop privileges and exec the rest: `exec gosu app "$@"`.
  while (i < last->words.size()) {
    std::string_view p = path_basename(last->words[i].value);
    if ((p == "gosu" || p == "su-exec") && i + 1 < last->words.size()) {
      i += 2;
      continue;
    }
    break;
  }
  if (i >= last->words.size()) return {};
  if (is_all_args(last->words[i])) return {ScriptEnd::Kind::kExecArgs, {}};
  if (last->words[i].has_expansion) return {};  // `exec "$APP"`: which program, the script does not say
  return {ScriptEnd::Kind::kExecProgram, std::string(path_basename(last->words[i].value))};
}

}  // namespace plimsoll::rules
