// What kind of container-build file a path names, judged by its name and the directory it is
// in, the way people lay projects out (`compose/dev.yaml`, `env/.env.dev`, `Dockerfile.prod`).
#pragma once

#include <span>
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
// directory that look like env files. Not `.envrc` (direnv), nor a name whose last suffix is
// another kind of file or an editor's or patch tool's leftover (`.env.sh`, `.env.json`,
// `.env.md`, `.env.orig`, `.env.swp`, `.env.d`: is_not_env_suffix).
bool is_env_path(std::string_view path);
// `sh`, `py`, `json`, `yaml`, `md`, `patch`, `orig`, `bak`, `swp`, `d`, … (without the dot,
// any case): what follows `.env.` in a file that is not an env file.
bool is_not_env_suffix(std::string_view suffix);
// `.env.example`, `.env.dev.example`, `.env.sample`, `.env.template`, `.env.dist`, `.env.tmpl`,
// `.env.production.in`.
bool is_env_template_name(std::string_view name);
// The suffixes is_env_template_name knows, most common first: `<file><suffix>` is the template
// a missing env file is made from.
std::span<const std::string_view> env_template_suffixes();

// A Dockerfile or compose file that a template engine renders before use (`Dockerfile.j2`,
// `Dockerfile.in`, `docker-compose.yml.tmpl`, `compose.yaml.jinja2`): what is on disk is not
// what Docker reads, so it is not checked. classify() calls these kOther. Env files with such
// names (`.env.template`) are env templates, not this.
bool is_template_path(std::string_view path);
// A name a Dockerfile may have when the user names the file: `Dockerfile-dev`, `Dockerfile_prod`,
// `Containerfile.x`, `web.dockerfile` (any case), beyond what a directory walk takes.
bool could_be_dockerfile_name(std::string_view name);

}  // namespace plimsoll::project
