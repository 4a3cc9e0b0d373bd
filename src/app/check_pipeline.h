// The check pipeline shared by the CLI and the benchmarks: read each file once, run the
// rules, keep results in input order. Files are processed in parallel.
#pragma once

#include <string>
#include <vector>

#include "report/report.h"
#include "rules/engine.h"
#include "rules/rule.h"

namespace plimsoll::app {

std::vector<report::FileResult> check_files(const std::vector<std::string>& files,
                                            const std::vector<const rules::Rule*>& rules, unsigned threads,
                                            const rules::CheckOptions& options = {});

}  // namespace plimsoll::app
