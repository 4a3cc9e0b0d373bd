// `plimsoll_corpus DIR [DOCKERFILES COMPOSE DOCKERIGNORES]`: writes a benchmark tree, so the
// process-level comparison (scripts/bench-compare) checks the same files with both binaries.
#include <cstdlib>
#include <exception>
#include <iostream>

#include "corpus_generator.h"

int main(int argc, char** argv) {
  if (argc != 2 && argc != 5) {
    std::cerr << "usage: plimsoll_corpus DIR [DOCKERFILES COMPOSE-FILES DOCKERIGNORES]\n";
    return 2;
  }
  plimsoll::bench::TreeShape shape;
  if (argc == 5) {
    shape.dockerfiles = std::strtoul(argv[2], nullptr, 10);
    shape.compose_files = std::strtoul(argv[3], nullptr, 10);
    shape.dockerignores = std::strtoul(argv[4], nullptr, 10);
  }
  try {
    auto counts = plimsoll::bench::write_tree(argv[1], shape);
    std::cout << counts.dockerfiles << " Dockerfiles, " << counts.compose_files << " compose files, "
              << counts.dockerignores << " .dockerignore files, " << counts.other_files << " other files\n";
  } catch (const std::exception& e) {
    std::cerr << "plimsoll_corpus: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
