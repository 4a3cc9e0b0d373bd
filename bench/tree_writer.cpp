// The on-disk project trees of corpus_generator.h: a monorepo of services and a compose-heavy
// tree of stacks, with counts fixed by TreeShape so "before" and "after" check the same files.
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

#include "corpus_generator.h"
#include "util/format.h"

namespace plimsoll::bench {
namespace {
namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

const char* const kIgnores[] = {
    ".git\n**/__pycache__\n*.pyc\n.env\n.env.*\n!.env.example\n.venv\nnode_modules\n",
    "*\n!app.py\n!requirements.txt\n!package.json\n",
    ".git\n.env*\nnode_modules\ndist/\n",
};

std::string service_compose(const std::string& name, int port) {
  return util::format(
      "services:\n"
      "  {0}:\n"
      "    build: .\n"
      "    image: registry.example.com/{0}:1.4.2\n"
      "    ports:\n"
      "      - \"127.0.0.1:{1}:8000\"\n"
      "    environment:\n"
      "      LOG_LEVEL: ${{LOG_LEVEL:-info}}\n"
      "    restart: unless-stopped\n",
      name, port);
}

// One environment's compose file of a stack: a few services built from the monorepo, a database,
// and what production wants (limits, read-only, dropped capabilities) in the production file.
std::string stack_compose(std::mt19937& random, const std::vector<std::string>& services, bool production) {
  std::string out = "services:\n";
  std::size_t count = 2 + random() % 3;
  for (std::size_t i = 0; i < count && !services.empty(); ++i) {
    const std::string& service = services[random() % services.size()];
    std::string name = util::format("svc{}", i);
    out += util::format("  {}:\n", name);
    out += util::format("    build:\n      context: ../../../monorepo/services/{}\n      dockerfile: Dockerfile\n",
                        service);
    out += util::format("    image: registry.example.com/{}:${{TAG:-latest}}\n", service);
    out += util::format("    ports:\n      - \"{}:8000\"\n", 8000 + random() % 1000);
    out += "    environment:\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n";
    out += "      LOG_LEVEL: ${LOG_LEVEL:-info}\n";
    if (production) {
      out += "    read_only: true\n    security_opt:\n      - no-new-privileges:true\n    cap_drop:\n      - ALL\n";
      out += "    deploy:\n      resources:\n        limits:\n          cpus: \"1.0\"\n          memory: 512M\n";
      out += "    restart: unless-stopped\n";
      out += "    healthcheck:\n      test: [\"CMD\", \"/app/app\", \"health\"]\n      interval: 30s\n";
    } else {
      out += "    volumes:\n      - ./src:/app/src\n";
    }
  }
  out += "  db:\n    image: postgres:16.4\n    volumes:\n      - db-data:/var/lib/postgresql/data\n";
  out += "    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n";
  out += "volumes:\n  db-data: {}\n";
  return out;
}

}  // namespace

TreeCounts write_tree(const std::string& root_dir, const TreeShape& shape, uint32_t seed) {
  std::mt19937 random(seed);
  fs::path root(root_dir);
  TreeCounts counts;
  std::vector<std::string> dockerfiles = generate_corpus(shape.dockerfiles, seed);

  // The compose files are split: one in three beside a service (`services/x/compose.yaml`), the
  // rest in stacks of three environments.
  std::size_t beside = shape.compose_files / 3;
  std::size_t stacked = shape.compose_files - beside;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < shape.dockerfiles; ++i) {
    std::string name = util::format("svc{:04}", i);
    fs::path dir = root / "monorepo" / "services" / name;
    write(dir / "Dockerfile", dockerfiles[i]);
    write(dir / "app.py", "print('hello')\n");
    write(dir / "requirements.txt", "flask==3.0.3\ngunicorn==22.0.0\n");
    counts.other_files += 2;
    if (i < shape.dockerignores) {
      write(dir / ".dockerignore", kIgnores[i % 3]);
      ++counts.dockerignores;
    }
    if (i < beside) {
      write(dir / "compose.yaml", service_compose(name, 9000 + static_cast<int>(i % 1000)));
      ++counts.compose_files;
    }
    names.push_back(std::move(name));
  }
  counts.dockerfiles = shape.dockerfiles;

  static const char* const kEnvironments[] = {"dev", "staging", "prod"};
  for (std::size_t stack = 0; counts.compose_files < beside + stacked; ++stack) {
    fs::path dir = root / "stacks" / util::format("stack{:03}", stack);
    std::string make = "COMPOSE = docker compose\n\n";
    for (const char* env : kEnvironments) {
      if (counts.compose_files >= beside + stacked) break;
      bool production = std::string_view(env) == "prod";
      write(dir / "compose" / util::format("{}.yaml", env), stack_compose(random, names, production));
      write(dir / "env" / util::format(".env.{}", env),
            util::format("LOG_LEVEL={}\nTAG=1.{}.0\nDB_PASSWORD=\n", production ? "warning" : "debug", stack));
      make += util::format("{0}-up:\n\t$(COMPOSE) -f compose/{0}.yaml --env-file env/.env.{0} up -d\n\n", env);
      ++counts.compose_files;
      ++counts.other_files;
    }
    write(dir / "Makefile", make);
    ++counts.other_files;
  }
  return counts;
}

}  // namespace plimsoll::bench
