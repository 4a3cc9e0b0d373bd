// Fuzzes the tar walker (every compression libarchive detects) feeding the layer file system:
// any input ends in entries or an error, and resolving any path it holds terminates.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "image/archive.h"
#include "image/filesystem.h"

namespace {

class MemoryReader final : public plimsoll::image::ByteReader {
 public:
  explicit MemoryReader(std::string_view bytes) : bytes_(bytes) {}
  plimsoll::util::Result<std::string_view> next() override {
    std::string_view chunk = bytes_.substr(0, 4096);  // small chunks exercise the bridge
    bytes_.remove_prefix(chunk.size());
    return chunk;
  }

 private:
  std::string_view bytes_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  MemoryReader reader(std::string_view(reinterpret_cast<const char*>(data), size));
  plimsoll::image::Filesystem fs;
  plimsoll::image::WalkLimits limits;
  limits.max_entries = 10000;
  limits.max_uncompressed = 64u << 20;
  auto stats = plimsoll::image::walk_archive(reader, limits, [&](const plimsoll::image::TarEntry& entry,
                                                                 plimsoll::image::ByteReader& bytes)
                                                 -> plimsoll::util::Status {
    (void)fs.apply(entry.path.size() % 2, entry);
    (void)plimsoll::image::read_all(bytes, 1 << 16);
    return plimsoll::util::ok();
  });
  (void)stats;
  for (const auto& [path, history] : fs.paths()) (void)fs.resolve(path);
  return 0;
}
