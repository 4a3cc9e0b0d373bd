// Fuzzes `init`'s detection and generation on a project tree written from the input (the
// manifests, lock files and entry points it reads; see project_input.h for the split), in a
// private temporary directory. Detection may refuse; it must not crash, and what it generates
// must be files it can name.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "init/detection.h"
#include "init/generate.h"
#include "init/project_dir.h"
#include "project_input.h"

namespace {

constexpr std::string_view kInitFileNames[] = {
    "package.json", "pyproject.toml", "go.mod", "Cargo.toml", "requirements.txt", "uv.lock",
    "poetry.lock", "package-lock.json", "pnpm-lock.yaml", "yarn.lock", "Procfile", "manage.py",
    "main.go", "cmd/api/main.go", "src/main.rs", ".python-version", ".nvmrc", "app/main.py",
    "Pipfile", "bun.lockb", ".tool-versions", "compose.yaml", ".gitignore", "Dockerfile",
};

std::filesystem::path work_dir() {
  static const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("plimsoll-init-fuzz-" + std::to_string(::getpid()));
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace fs = std::filesystem;
  const fs::path root = work_dir() / "project";
  std::error_code ec;
  fs::remove_all(root, ec);
  fs::create_directories(root, ec);
  for (const auto& file : plimsoll::fuzzing::split_files(data, size, kInitFileNames)) {
    fs::path path = root / file.name;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream(path, std::ios::binary) << file.text;
  }
  plimsoll::init::ProjectDir dir(root);
  for (const char* stack : {"", "npm", "pip", "uv", "go", "cargo"}) {
    plimsoll::init::DetectChoices choices;
    choices.stack = stack;
    auto detection = plimsoll::init::detect(dir, choices);
    if (!detection) {
      if (detection.error().message.empty()) std::abort();  // a refusal says why
      continue;
    }
    for (const char* layout : {"seed-004", "flat"}) {
      plimsoll::init::GenerateOptions options;
      options.layout = layout;
      options.tool_version = "fuzz";
      auto generated = plimsoll::init::generate(*detection, dir, options);
      if (!generated) continue;
      for (const auto& file : *generated) {
        // Generated files stay in the project: relative, no `..`.
        if (file.path.empty() || file.path.front() == '/' || file.path.find("..") != std::string::npos) std::abort();
      }
    }
  }
  fs::remove_all(root, ec);
  return 0;
}
