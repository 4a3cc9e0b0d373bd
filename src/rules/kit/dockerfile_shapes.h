// Kit shapes for Dockerfile rules: on given instruction kinds, on every stage, on each shipped
// stage, or once at the end of the file. A rule derives from one and writes only `check`.
#pragma once

#include "dockerfile/ast.h"
#include "dockerfile/model.h"
#include "rules/file_context.h"
#include "rules/kit/rule_base.h"

namespace plimsoll::rules::kit {

// Called for each instruction of the listed kinds, in file order.
template <const RuleInfo& Info, dockerfile::Keyword... Kinds>
class InstructionRule : public RuleBase<Info> {
  static_assert(sizeof...(Kinds) > 0, "name the instruction kinds the rule looks at");

 public:
  Interest interest() const final { return Interest::on({Kinds...}); }
  void on_instruction(const dockerfile::Instruction& in, FileContext& ctx) const final {
    check(in, ctx);
  }

 protected:
  virtual void check(const dockerfile::Instruction& in, FileContext& ctx) const = 0;
};

// Called at the end of every stage, shipped or not.
template <const RuleInfo& Info>
class StageRule : public RuleBase<Info> {
 public:
  Interest interest() const final { return Interest::at_stage_end(); }
  void on_stage_end(const dockerfile::Stage& stage, FileContext& ctx) const final {
    check(stage, ctx);
  }

 protected:
  virtual void check(const dockerfile::Stage& stage, FileContext& ctx) const = 0;
};

// Called at the end of each stage whose files or runtime state ship (FileContext::is_shipped):
// the last stage, named production targets, and the stages they are built FROM.
template <const RuleInfo& Info>
class ShippedStageRule : public RuleBase<Info> {
 public:
  Interest interest() const final { return Interest::at_stage_end(); }
  void on_stage_end(const dockerfile::Stage& stage, FileContext& ctx) const final {
    if (ctx.is_shipped(stage.index)) check(stage, ctx);
  }

 protected:
  virtual void check(const dockerfile::Stage& stage, FileContext& ctx) const = 0;
};

// Called once per Dockerfile, after every instruction: for what the file as a whole lacks.
template <const RuleInfo& Info>
class DockerfileRule : public RuleBase<Info> {
 public:
  Interest interest() const final { return Interest::at_file_end(); }
  void on_file_end(FileContext& ctx) const final { check(ctx); }

 protected:
  virtual void check(FileContext& ctx) const = 0;
};

}  // namespace plimsoll::rules::kit
