// Generates deterministic corpora for the benchmarks: realistic Dockerfiles (single and
// multi-stage builds, heredocs, long continuation chains, package installs, ENV/LABEL/ARG), and
// whole project trees on disk in the shapes real repositories have (a monorepo of services, a
// compose-heavy tree of stacks per environment).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace plimsoll::bench {

std::vector<std::string> generate_corpus(std::size_t count, uint32_t seed = 20261122);

// How many of each file a generated tree holds. The defaults are the tree the performance
// targets are stated for.
struct TreeShape {
  std::size_t dockerfiles = 3500;
  std::size_t compose_files = 1000;
  std::size_t dockerignores = 300;
};

struct TreeCounts {
  std::size_t dockerfiles = 0;
  std::size_t compose_files = 0;
  std::size_t dockerignores = 0;
  std::size_t other_files = 0;  // env files, Makefiles, sources in the build contexts
};

// Writes a project tree under `root` (created; an existing tree is overwritten file by file):
// `monorepo/services/<name>/` (a Dockerfile, a little source, sometimes a .dockerignore and a
// compose file beside it) and `stacks/<name>/` (compose files per environment in `compose/`,
// env files in `env/`, a Makefile naming them, services built from the monorepo).
TreeCounts write_tree(const std::string& root, const TreeShape& shape = {}, uint32_t seed = 20261207);

}  // namespace plimsoll::bench
