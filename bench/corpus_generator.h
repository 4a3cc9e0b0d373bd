// Generates a deterministic corpus of realistic Dockerfiles for the benchmarks: single and
// multi-stage builds, heredocs, long continuation chains, package installs, ENV/LABEL/ARG.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace plimsoll::bench {

std::vector<std::string> generate_corpus(std::size_t count, uint32_t seed = 20261122);

}  // namespace plimsoll::bench
