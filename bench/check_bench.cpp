// Throughput of the Dockerfile front end and the rules over a generated corpus: files/s and
// bytes/s, parse-only and parse+rules, on one thread and on all cores; and a whole generated
// project tree (monorepo and compose stacks) checked as `plimsoll check DIR` checks it.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "corpus_generator.h"
#include "core/source_file.h"
#include "dockerfile/model.h"
#include "dockerfile/parser.h"
#include "session/discovery.h"
#include "session/session.h"
#include "rules/registry.h"
#include "util/parallel.h"

namespace {

using plimsoll::bench::generate_corpus;

const std::vector<std::string>& corpus() {
  static const std::vector<std::string> files = generate_corpus(2000);
  return files;
}

std::size_t corpus_bytes() {
  std::size_t bytes = 0;
  for (const auto& f : corpus()) bytes += f.size();
  return bytes;
}

void parse_one(const std::string& text) {
  auto file = plimsoll::dockerfile::parse(text);
  auto model = plimsoll::dockerfile::build_model(file);
  benchmark::DoNotOptimize(model.stages.size());
}

void check_one(const std::string& text) {
  auto findings = plimsoll::session::check_dockerfile_text("bench", text).findings;
  benchmark::DoNotOptimize(findings.size());
}

template <void (*Work)(const std::string&)>
void run(benchmark::State& state, unsigned threads) {
  const auto& files = corpus();
  for (auto _ : state) {
    plimsoll::util::parallel_for(files.size(), threads, [&](std::size_t i) { Work(files[i]); });
  }
  state.counters["files/s"] = benchmark::Counter(static_cast<double>(files.size() * state.iterations()),
                                                 benchmark::Counter::kIsRate);
  state.counters["threads"] = threads;
  state.SetBytesProcessed(static_cast<int64_t>(corpus_bytes() * state.iterations()));
}

void BM_ParseOnly_OneThread(benchmark::State& state) { run<parse_one>(state, 1); }
void BM_ParseOnly_AllCores(benchmark::State& state) { run<parse_one>(state, plimsoll::util::hardware_threads()); }
void BM_ParseAndRules_OneThread(benchmark::State& state) { run<check_one>(state, 1); }
void BM_ParseAndRules_AllCores(benchmark::State& state) {
  run<check_one>(state, plimsoll::util::hardware_threads());
}

// The tree of the performance targets (3,500 Dockerfiles, 1,000 compose files, 300 ignore
// files), written once per run: discovery, load, Dockerfile and project rules, finishing.
void BM_CheckTree_AllCores(benchmark::State& state) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("plimsoll-tree-bench-" + std::to_string(::getpid()));
  auto counts = plimsoll::bench::write_tree(dir.string());
  std::size_t findings = 0;
  for (auto _ : state) {
    auto found = plimsoll::session::discover({dir.string()}, {});
    plimsoll::session::Request request;
    request.root = dir.string();
    request.dockerfiles = std::move(found.files);
    request.project_files = std::move(found.project_files);
    request.threads = plimsoll::util::hardware_threads();
    findings = 0;
    for (const auto& report : plimsoll::session::check(request)) findings += report.findings.size();
    benchmark::DoNotOptimize(findings);
  }
  state.counters["dockerfiles"] = static_cast<double>(counts.dockerfiles);
  state.counters["compose"] = static_cast<double>(counts.compose_files);
  state.counters["findings"] = static_cast<double>(findings);
  fs::remove_all(dir);
}

BENCHMARK(BM_ParseOnly_OneThread)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParseOnly_AllCores)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParseAndRules_OneThread)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParseAndRules_AllCores)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CheckTree_AllCores)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
