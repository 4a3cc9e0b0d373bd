// `plimsoll image` on a large generated image (>= 1 GB of many small files, one gzip layer
// written by umoci) against `tar -tzf` listing the same layer blob, measured in one run. The
// image is generated once under $TMPDIR/plimsoll-image-bench and reused by later runs.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "image/loader.h"
#include "session/session.h"
#include "rules/registry.h"

namespace {

namespace fs = std::filesystem;

constexpr int kDirs = 200;
constexpr int kFilesPerDir = 500;     // 100 000 files
constexpr std::size_t kFileBytes = 10 * 1024;  // 1.02 GB in all

fs::path bench_dir() { return fs::temp_directory_path() / "plimsoll-image-bench"; }

bool run(const std::string& command) { return std::system(command.c_str()) == 0; }

// Text-like content so gzip works as hard as on real files.
std::string content(int seed) {
  std::string out;
  out.reserve(kFileBytes);
  uint32_t x = static_cast<uint32_t>(seed) * 2654435761u + 1;
  while (out.size() < kFileBytes) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    out += "word" + std::to_string(x % 5000) + (x % 7 == 0 ? "\n" : " ");
  }
  out.resize(kFileBytes);
  return out;
}

const std::string& image_ref() {
  static const std::string ref = [] {
    fs::path dir = bench_dir();
    fs::path layout = dir / "layout";
    if (!fs::exists(dir / "done")) {
      fs::remove_all(dir);
      fs::create_directories(dir);
      std::string l = layout.string(), b = (dir / "bundle").string();
      if (!run("umoci init --layout " + l + " && umoci new --image " + l + ":big && umoci unpack --rootless --image " +
               l + ":big " + b)) {
        std::cerr << "umoci failed\n";
        std::exit(2);
      }
      for (int d = 0; d < kDirs; ++d) {
        fs::path sub = dir / "bundle/rootfs/srv/data" / std::to_string(d);
        fs::create_directories(sub);
        for (int f = 0; f < kFilesPerDir; ++f) std::ofstream(sub / (std::to_string(f) + ".txt")) << content(d * kFilesPerDir + f);
      }
      if (!run("umoci repack --image " + l + ":big " + b + " && rm -rf " + b)) std::exit(2);
      std::ofstream(dir / "done") << "ok\n";
    }
    return "oci:" + layout.string() + ":big";
  }();
  return ref;
}

std::string layer_blob() {
  auto image = plimsoll::image::load_image(image_ref());
  if (!image) std::exit(2);
  std::string digest = image->layers.back().digest;
  return (bench_dir() / "layout/blobs/sha256" / digest.substr(7)).string();
}

void BM_ImageAudit(benchmark::State& state) {
  const std::string& ref = image_ref();
  uint64_t files = 0;
  for (auto _ : state) {
    auto image = plimsoll::image::load_image(ref);
    if (!image) {
      state.SkipWithError(image.error().message.c_str());
      return;
    }
    benchmark::DoNotOptimize(plimsoll::session::check_image(*image, ref, plimsoll::rules::RuleSettings::defaults()));
    files = image->files.path_count();
  }
  state.counters["files"] = static_cast<double>(files);
}

void BM_TarListGzip(benchmark::State& state) {
  std::string blob = layer_blob();
  for (auto _ : state) {
    if (!run("tar -tzf " + blob + " > /dev/null")) state.SkipWithError("tar -tzf failed");
  }
}

BENCHMARK(BM_ImageAudit)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_TarListGzip)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
