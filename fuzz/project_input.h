// Splitting one fuzz input into the files of a small project, for the check, fix, init and
// LSP session fuzzers.
//
// The input is a sequence of files separated by a line `=====`. A file whose first line is one
// of kProjectFileNames (e.g. `compose.yaml`) is that file, the rest of the chunk its text;
// otherwise it takes the next name in kProjectFileNames. Readable seeds, and a separator the
// dictionaries name.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plimsoll::fuzzing {

inline constexpr std::string_view kSeparator = "\n=====\n";
inline constexpr std::string_view kProjectFileNames[] = {
    "Dockerfile", "compose.yaml", ".env", ".dockerignore", "Makefile", "compose.override.yaml",
    "env/app.env", "app/Dockerfile", "app/.dockerignore", "docker-compose.yml", "Dockerfile.dev", "compose/compose.yaml",
    // Where builds state their contexts (project/stated_contexts.h); last, so the files earlier
    // inputs named keep their names.
    "docker-bake.hcl", "docker-bake.json", "scripts/build.sh", ".github/workflows/ci.yml",
};
// More files than this are not a small project; the rest of the input is ignored.
inline constexpr std::size_t kMaxProjectFiles = 16;

struct ProjectFile {
  std::string name;  // relative, from kProjectFileNames
  std::string text;
};

// `names` is the list a chunk's first line is looked up in (and the names given in turn).
template <std::size_t N>
std::vector<ProjectFile> split_files(const uint8_t* data, std::size_t size, const std::string_view (&names)[N]) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<ProjectFile> files;
  std::size_t next_name = 0;
  while (files.size() < kMaxProjectFiles) {
    std::size_t end = input.find(kSeparator);
    std::string_view chunk = input.substr(0, end);
    std::string name;
    std::size_t newline = chunk.find('\n');
    std::string_view first = chunk.substr(0, newline);
    for (std::string_view known : names) {
      if (first == known) name = std::string(known);
    }
    if (!name.empty()) {
      chunk = newline == std::string_view::npos ? std::string_view() : chunk.substr(newline + 1);
    } else {
      name = std::string(names[next_name++ % N]);
    }
    bool taken = false;
    for (auto& f : files) taken = taken || f.name == name;
    if (!taken) files.push_back({std::move(name), std::string(chunk)});
    if (end == std::string_view::npos) break;
    input.remove_prefix(end + kSeparator.size());
  }
  return files;
}

inline std::vector<ProjectFile> split_project(const uint8_t* data, std::size_t size) {
  return split_files(data, size, kProjectFileNames);
}

}  // namespace plimsoll::fuzzing
