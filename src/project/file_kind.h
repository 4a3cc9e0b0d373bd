// What kind of container-build file a path names, judged by its name and the directory it is
// in, the way people lay projects out (`compose/dev.yaml`, `env/.env.dev`, `Dockerfile.prod`).
#pragma once

#include <string_view>

namespace plimsoll::project {

enum class FileKind { kOther, kDockerfile, kCompose, kEnv, kDockerignore, kMakefile };

// `path` is slash-separated; only its last two components matter.
FileKind classify(std::string_view path);

bool is_dockerfile_name(std::string_view name);
// `compose.yaml`, `docker-compose.dev.yml`, `compose.prod.yaml`, `app.compose.yaml`, and any
// `.yaml`/`.yml` directly inside a `compose/` directory.
bool is_compose_path(std::string_view path);
// `.env`, `.env.dev`, `.env.dev.example`, `dev.env`, and files directly inside an `env/`
// directory that look like env files. Not `.envrc` (direnv) or `.env.d/`.
bool is_env_path(std::string_view path);
// `.env.example`, `.env.dev.example`, `.env.sample`, `.env.template`, `.env.dist`.
bool is_env_template_name(std::string_view name);

}  // namespace plimsoll::project
