// Runs the Dockerfile rules over one parsed Dockerfile: walks it once, calling only the rules
// that asked for each instruction kind, stage end or file end. Returns what they reported,
// unfinished: the check session decides what stays, at which grade, in which order.
// Thread-safe for distinct files.
#pragma once

#include <memory>
#include <vector>

#include "core/source_file.h"
#include "dockerfile/ast.h"
#include "dockerfile/model.h"
#include "project/project.h"
#include "rules/reported.h"
#include "rules/rule.h"
#include "rules/rule_timings.h"
#include "rules/settings.h"

namespace plimsoll::rules {

// `rules` are those to run (the session leaves out the ones configured off); `settings` gives
// their options and the production targets.
std::vector<Reported> run_dockerfile_rules(const std::shared_ptr<const core::SourceFile>& source,
                                           const dockerfile::Dockerfile& file, const dockerfile::Model& model,
                                           const std::vector<const Rule*>& rules, const RuleSettings& settings,
                                           RuleTimings* timings = nullptr, const project::Project* project = nullptr);

}  // namespace plimsoll::rules
