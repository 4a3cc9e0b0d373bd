// Findings for programs of one kind (build tools, shells, package managers) found in the final
// file system's bin directories, one per program, at the layer that wrote it.
#pragma once

#include <string_view>

#include "knowledge/image_contents.h"
#include "rules/image/image_context.h"

namespace plimsoll::rules {

void report_programs(ImageContext& ctx, const RuleInfo& rule, knowledge::ImageProgram kind, std::string_view what);

}  // namespace plimsoll::rules
