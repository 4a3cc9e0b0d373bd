// Shared by the image case and doc-example tests: build a Dockerfile context into an image,
// run one image rule over it, and map each finding back to the Dockerfile line that made it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fixtures.h"
#include "image/model.h"
#include "rules/rule.h"
#include "rules/settings.h"

namespace plimsoll::testing_image {

struct MappedFinding {
  uint32_t line = 0;  // Dockerfile line: FROM for the image as a whole, else the instruction
  std::string message;
};

// `# option name=a,b` lines of the Dockerfile set the rule's options.
rules::RuleSettings options_in(const std::string& dockerfile, const rules::RuleInfo& rule);
// Builds `context` (its Dockerfile must start FROM scratch and hold one instruction per line)
// with buildah and loads the docker-archive. nullopt (with a test failure) when either fails.
std::optional<image::Image> build_and_load(const fs::path& context, const std::string& name);
// Runs `rule` over `image`; each finding's history line becomes a line of `dockerfile`.
std::vector<MappedFinding> run_rule(const image::Image& image, const rules::Rule& rule, const std::string& dockerfile);

}  // namespace plimsoll::testing_image
