// Kit shapes for project rules: once per project, on each compose service, on each build
// context, or on each checked env file. A rule derives from one and writes only `check`.
#pragma once

#include "project/project.h"
#include "rules/compose/services.h"
#include "rules/context/build_contexts.h"
#include "rules/kit/rule_base.h"
#include "rules/project_context.h"

namespace plimsoll::rules::kit {

// Called once per checked project (compose stacks, env files, Dockerfiles, Makefiles).
template <const RuleInfo& Info>
class ProjectRule : public RuleBase<Info> {
 public:
  Interest interest() const final { return Interest::at_project(); }
  void on_project(ProjectContext& ctx) const final { check(ctx); }

 protected:
  virtual void check(ProjectContext& ctx) const = 0;
};

// Called for every service of every compose stack, with the merged mapping and its stack.
template <const RuleInfo& Info>
class ServiceRule : public RuleBase<Info> {
 public:
  Interest interest() const final { return Interest::at_project(); }
  void on_project(ProjectContext& ctx) const final {
    for_each_service(ctx.project(), [&](const ServiceView& service) { check(service, ctx); });
  }

 protected:
  virtual void check(const ServiceView& service, ProjectContext& ctx) const = 0;
};

// Called for every build: a checked Dockerfile with its context directory and ignore file.
template <const RuleInfo& Info>
class BuildContextRule : public RuleBase<Info> {
 public:
  Interest interest() const final { return Interest::at_project(); }
  void on_project(ProjectContext& ctx) const final {
    for (const BuildContext& build : build_contexts(ctx)) {
      // Every finding about a context says which context it was judged in, and why that one.
      std::size_t before = ctx.reported().size();
      check(build, ctx);
      for (std::size_t i = before; i < ctx.reported().size(); ++i) ctx.reported()[i].finding.notes = build.notes;
    }
  }

 protected:
  virtual void check(const BuildContext& build, ProjectContext& ctx) const = 0;
};

// Called for every env file the check was asked about (not the ones only referenced).
template <const RuleInfo& Info>
class EnvFileRule : public RuleBase<Info> {
 public:
  Interest interest() const final { return Interest::at_project(); }
  void on_project(ProjectContext& ctx) const final {
    for (const project::LoadedEnvFile& env : ctx.project().env_files) {
      if (env.checked) check(env, ctx);
    }
  }

 protected:
  virtual void check(const project::LoadedEnvFile& env, ProjectContext& ctx) const = 0;
};

}  // namespace plimsoll::rules::kit
