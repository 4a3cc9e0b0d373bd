// Latency of a re-lint through the language server's handler path: a didChange of a 50-line
// Dockerfile, and of the compose file of a 50-service project (each service built from its own
// Dockerfile), handled from the JSON-RPC body to the publishDiagnostics notification.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/source_file.h"
#include "corpus_generator.h"
#include "lsp/jsonrpc.h"
#include "lsp/server.h"
#include "lsp/uri.h"
#include "session/session.h"
#include "rules/registry.h"

namespace {

namespace fs = std::filesystem;
using plimsoll::lsp::Json;

// Two stages with the usual faults (unpinned base, apt without cleanup, shell-form CMD), so
// the rules have findings and fixes to turn into diagnostics.
std::string fifty_line_dockerfile() {
  std::string text =
      "# syntax=docker/dockerfile:1\n"
      "ARG PYTHON=3.12\n"
      "FROM python:${PYTHON}-slim AS builder\n"
      "ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1\n"
      "WORKDIR /src\n"
      "RUN apt-get update \\\n"
      " && apt-get install -y \\\n"
      "      build-essential \\\n"
      "      libpq-dev \\\n"
      "      curl \\\n"
      " && rm -rf /var/lib/apt/lists/*\n"
      "COPY requirements.txt .\n"
      "RUN pip install -r requirements.txt\n"
      "COPY . .\n"
      "RUN python -m compileall -q .\n"
      "\n"
      "FROM debian:bookworm AS production\n"
      "LABEL org.opencontainers.image.source=\"https://example.com/repo\" \\\n"
      "      org.opencontainers.image.title=\"service\"\n"
      "MAINTAINER ops@example.com\n"
      "ENV APP_HOME /app\n"
      "RUN apt-get update && apt-get install curl ca-certificates\n"
      "RUN useradd --uid 10001 --create-home app\n"
      "WORKDIR /app\n"
      "COPY --from=builder /src /app\n"
      "RUN chown -R app:app /app\n";
  int line = 27;
  while (line < 48) {
    text += "RUN echo step-" + std::to_string(line) + " >> /app/steps.log\n";
    ++line;
  }
  text += "USER app\nEXPOSE 8080\nCMD python -m service --port 8080\n";
  return text;
}

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// A project of 50 services, each built from its own directory (Dockerfile, .dockerignore, a
// little source), run from one compose file that publishes, limits and health-checks them.
std::string fifty_service_project(const fs::path& dir) {
  auto dockerfiles = plimsoll::bench::generate_corpus(50);
  std::string compose = "services:\n";
  for (int i = 0; i < 50; ++i) {
    std::string name = "svc" + std::to_string(i);
    write_file(dir / name / "Dockerfile", dockerfiles[static_cast<std::size_t>(i)]);
    write_file(dir / name / ".dockerignore", ".git\n.env*\n**/__pycache__\n");
    write_file(dir / name / "app.py", "print('hello')\n");
    compose += "  " + name + ":\n    build: ./" + name + "\n    image: registry.example.com/" + name + ":1.4.2\n";
    compose += "    ports:\n      - \"127.0.0.1:" + std::to_string(8000 + i) + ":8000\"\n";
    compose += "    environment:\n      LOG_LEVEL: ${LOG_LEVEL:-info}\n    restart: unless-stopped\n";
    compose += "    read_only: true\n    security_opt:\n      - no-new-privileges:true\n";
  }
  write_file(dir / "compose.yaml", compose);
  write_file(dir / ".env", "LOG_LEVEL=info\n");
  return compose;
}

// Opens `file` (with `text`) in a server and re-lints it once per iteration, alternating
// between `text` and `edited` as typing would (an unchanged text could be answered from what
// the last re-lint parsed); the project around it is whatever the file's directory holds.
void relint(benchmark::State& state, const fs::path& file, const std::string& language, const std::string& text,
            const std::string& edited) {
  std::string uri = plimsoll::lsp::uri_from_path(file.string());
  plimsoll::lsp::Server server("bench");
  auto send = [&](const Json& message) {
    return server.handle_body(plimsoll::lsp::to_wire(message));
  };
  send({{"jsonrpc", "2.0"},
        {"id", 1},
        {"method", "initialize"},
        {"params", {{"capabilities", Json::object()}}}});
  send({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", Json::object()}});
  auto opened =
      send({{"jsonrpc", "2.0"},
            {"method", "textDocument/didOpen"},
            {"params",
             {{"textDocument",
               {{"uri", uri}, {"languageId", language}, {"version", 1}, {"text", text}}}}}});
  std::size_t diagnostics = opened.empty() ? 0 : opened.back()["params"]["diagnostics"].size();

  // The bodies are built outside the loop: the client serialises them, not the server.
  auto change_to = [&](const std::string& body, int version) {
    return plimsoll::lsp::to_wire({{"jsonrpc", "2.0"},
                                   {"method", "textDocument/didChange"},
                                   {"params",
                                    {{"textDocument", {{"uri", uri}, {"version", version}}},
                                     {"contentChanges", {{{"text", body}}}}}}});
  };
  const std::string changes[2] = {change_to(edited, 2), change_to(text, 3)};
  std::size_t iteration = 0;
  for (auto _ : state) {
    auto out = server.handle_body(changes[iteration++ % 2]);
    // What goes on the wire is part of the answer.
    for (const auto& message : out) benchmark::DoNotOptimize(plimsoll::lsp::to_wire(message));
  }
  state.counters["lines"] = static_cast<double>(std::count(text.begin(), text.end(), '\n'));
  state.counters["diagnostics"] = static_cast<double>(diagnostics);
}

void BM_RelintFiftyLineDockerfile(benchmark::State& state) {
  fs::path dir = fs::temp_directory_path() / ("plimsoll-lsp-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir / ".git");  // the config search stops here, as in a repository
  std::string text = fifty_line_dockerfile();
  if (std::count(text.begin(), text.end(), '\n') != 50) state.SkipWithError("the Dockerfile is not 50 lines");
  std::string edited = text;
  edited.replace(edited.find("EXPOSE 8080"), 11, "EXPOSE 8081");
  relint(state, dir / "Dockerfile", "dockerfile", text, edited);
  fs::remove_all(dir);
}

void BM_RelintComposeOfFiftyServices(benchmark::State& state) {
  fs::path dir = fs::temp_directory_path() / ("plimsoll-lsp-compose-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir / ".git");
  std::string text = fifty_service_project(dir);
  std::string edited = text;
  edited.replace(edited.find("LOG_LEVEL:-info"), 15, "LOG_LEVEL:-warn");
  relint(state, dir / "compose.yaml", "yaml", text, edited);
  state.counters["services"] = 50;
  fs::remove_all(dir);
}

// The same file through the Dockerfile engine alone: the share of the re-lint that is rules.
void BM_EngineOnlyFiftyLineDockerfile(benchmark::State& state) {
  std::string text = fifty_line_dockerfile();
  for (auto _ : state) {
    auto findings = plimsoll::session::check_dockerfile_text("Dockerfile", text).findings;
    benchmark::DoNotOptimize(findings.size());
  }
}

BENCHMARK(BM_EngineOnlyFiftyLineDockerfile)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK(BM_RelintFiftyLineDockerfile)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK(BM_RelintComposeOfFiftyServices)->Unit(benchmark::kMicrosecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
