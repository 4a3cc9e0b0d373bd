// Latency of a re-lint through the language server's handler path: a didChange of a 50-line
// Dockerfile, handled from the JSON-RPC body to the publishDiagnostics notification.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "core/source_file.h"
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

void BM_RelintFiftyLineDockerfile(benchmark::State& state) {
  fs::path dir = fs::temp_directory_path() / ("plimsoll-lsp-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir / ".git");  // the config search stops here, as in a repository
  std::string uri = plimsoll::lsp::uri_from_path((dir / "Dockerfile").string());
  std::string text = fifty_line_dockerfile();
  if (std::count(text.begin(), text.end(), '\n') != 50)
    state.SkipWithError("the Dockerfile is not 50 lines");

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
               {{"uri", uri}, {"languageId", "dockerfile"}, {"version", 1}, {"text", text}}}}}});
  std::size_t diagnostics = opened.empty() ? 0 : opened.back()["params"]["diagnostics"].size();

  // The body is built outside the loop: the client serialises it, not the server.
  std::string change = plimsoll::lsp::to_wire({{"jsonrpc", "2.0"},
                                               {"method", "textDocument/didChange"},
                                               {"params",
                                                {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                                 {"contentChanges", {{{"text", text}}}}}}});
  for (auto _ : state) {
    auto out = server.handle_body(change);
    // What goes on the wire is part of the answer.
    for (const auto& message : out) benchmark::DoNotOptimize(plimsoll::lsp::to_wire(message));
  }
  state.counters["lines"] = 50;
  state.counters["diagnostics"] = static_cast<double>(diagnostics);
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

}  // namespace

BENCHMARK_MAIN();
