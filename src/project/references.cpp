#include "project/references.h"

#include <set>

#include "util/format.h"
#include "util/path.h"

namespace plimsoll::project {
namespace {

// Collects notices once each: a compose file loads once per stack that uses it.
class Notices {
 public:
  Notices(const util::Filesystem& files, Project& project) : files_(files), project_(project) {}
  // `where` is "file:line" or "file"; `what` says which reference (`env_file`, …).
  void check(const std::string& where, std::string_view what, const std::string& path) {
    if (files_.admits(path)) return;
    std::string notice = util::format("{}: {} `{}`, which leads outside the project root; not read", where, what, path);
    if (seen_.insert(notice).second) project_.notices.push_back(std::move(notice));
  }

 private:
  const util::Filesystem& files_;
  Project& project_;
  std::set<std::string> seen_;
};

std::string at(const std::string& file, const util::YamlNode* node) {
  return node != nullptr && node->line > 0 ? util::format("{}:{}:{}", file, node->line, node->column) : file;
}

}  // namespace

void note_refused_references(const util::Filesystem& files, Project& project) {
  Notices notices(files, project);
  for (const auto& m : project.makefiles) {
    std::string dir = util::parent_dir(m.path);
    for (const auto& call : m.makefile.compose_calls) {
      std::string where = util::format("{}:{}", m.path, call.line);
      for (const auto& f : call.files) notices.check(where, "docker compose -f", util::join_path(dir, f));
      for (const auto& e : call.env_files) notices.check(where, "docker compose --env-file", util::join_path(dir, e));
    }
  }
  for (const auto& stack : project.stacks) {
    // A reference is relative to the file that wrote it (merged services mix several files).
    auto file_of = [&](const util::YamlNode* node) -> const std::string& { return stack.document_of(*node).path; };
    for (const compose::Service& service : stack.services) {
      for (const compose::EnvFile& env : service.env_files) {
        if (env.path.empty() || env.node == nullptr) continue;
        const std::string& file = file_of(env.node);
        notices.check(at(file, env.node), "env_file", util::join_path(util::parent_dir(file), env.path));
      }
      const auto& build = service.build;
      if (!build || build->remote || build->node == nullptr) continue;
      const std::string& file = file_of(build->node);
      std::string context = util::join_path(util::parent_dir(file), build->context);
      notices.check(at(file, build->node), "build.context", context);
      if (!build->inline_dockerfile) {
        notices.check(at(file, build->node), "build.dockerfile", util::join_path(context, build->dockerfile));
      }
    }
  }
  for (const auto& stated : project.stated_contexts) notices.check(stated.origin, "build context", stated.context);
  for (const auto& [dockerfile, context] : project.context_overrides) {
    notices.check("configuration", util::format("`build-contexts` gives `{}` the context", dockerfile), context);
  }
}

}  // namespace plimsoll::project
