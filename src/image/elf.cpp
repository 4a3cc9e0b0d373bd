#include "image/elf.h"

#include <cstdint>
#include <cstring>

namespace plimsoll::image {
namespace {

constexpr uint32_t kPtLoad = 1, kPtDynamic = 2, kPtInterp = 3;
constexpr int64_t kDtNull = 0, kDtNeeded = 1, kDtStrtab = 5, kDtRpath = 15, kDtRunpath = 29;

// Bounds-checked little/big-endian reads from the file image.
struct Bytes {
  std::string_view data;
  bool big = false;
  bool ok = true;
  uint64_t read(uint64_t offset, int width) {
    if (offset > data.size() || data.size() - offset < static_cast<uint64_t>(width)) {
      ok = false;
      return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < width; ++i) {
      auto b = static_cast<uint8_t>(data[offset + (big ? i : width - 1 - i)]);
      v = (v << 8) | b;
    }
    return v;
  }
  std::string cstring(uint64_t offset) {
    if (offset >= data.size()) return {};
    std::size_t end = data.find('\0', offset);
    return std::string(data.substr(offset, end == std::string_view::npos ? std::string_view::npos : end - offset));
  }
};

struct Segment {
  uint64_t offset, vaddr, filesz;
};

std::vector<std::string> split_paths(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t colon = text.find(':', start);
    std::string part = text.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    if (!part.empty()) out.push_back(part);
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  return out;
}

}  // namespace

std::optional<ElfInfo> read_elf(std::string_view bytes) {
  if (bytes.size() < 52 || std::memcmp(bytes.data(), "\x7f" "ELF", 4) != 0) return std::nullopt;
  ElfInfo info;
  info.is_64 = bytes[4] == 2;
  Bytes b{bytes, bytes[5] == 2};
  int word = info.is_64 ? 8 : 4;
  info.machine = static_cast<uint16_t>(b.read(18, 2));
  uint64_t phoff = b.read(info.is_64 ? 32 : 28, word);
  uint64_t phentsize = b.read(info.is_64 ? 54 : 42, 2);
  uint64_t phnum = b.read(info.is_64 ? 56 : 44, 2);
  if (!b.ok || phentsize == 0) return info;
  std::vector<Segment> loads;
  std::optional<Segment> dynamic;
  for (uint64_t i = 0; i < phnum && b.ok; ++i) {
    uint64_t ph = phoff + i * phentsize;
    auto type = static_cast<uint32_t>(b.read(ph, 4));
    Segment s{};
    if (info.is_64) {
      s = {b.read(ph + 8, 8), b.read(ph + 16, 8), b.read(ph + 32, 8)};
    } else {
      s = {b.read(ph + 4, 4), b.read(ph + 8, 4), b.read(ph + 16, 4)};
    }
    if (type == kPtLoad) loads.push_back(s);
    if (type == kPtDynamic) dynamic = s;
    if (type == kPtInterp) info.interpreter = b.cstring(s.offset);
  }
  if (!dynamic) return info;
  auto file_offset = [&](uint64_t vaddr) -> std::optional<uint64_t> {
    for (const auto& l : loads) {
      if (vaddr >= l.vaddr && vaddr - l.vaddr < l.filesz) return l.offset + (vaddr - l.vaddr);
    }
    return std::nullopt;
  };
  std::vector<std::pair<int64_t, uint64_t>> entries;
  uint64_t strtab = 0;
  for (uint64_t at = dynamic->offset; at + 2 * word <= dynamic->offset + dynamic->filesz; at += 2 * word) {
    auto tag = static_cast<int64_t>(b.read(at, word));
    uint64_t value = b.read(at + word, word);
    if (!b.ok || tag == kDtNull) break;
    if (tag == kDtStrtab) strtab = value;
    entries.emplace_back(tag, value);
  }
  auto table = file_offset(strtab);
  if (!table) return info;
  for (const auto& [tag, value] : entries) {
    if (tag == kDtNeeded) info.needed.push_back(b.cstring(*table + value));
    if (tag == kDtRpath) info.rpath = split_paths(b.cstring(*table + value));
    if (tag == kDtRunpath) info.runpath = split_paths(b.cstring(*table + value));
  }
  return info;
}

std::vector<std::string> missing_libraries(const Image& image, const std::string& program, const ElfInfo& elf) {
  auto present = [&](const std::string& path) {
    auto real = image.files.resolve(path);
    if (!real) return false;
    const FileVersion* v = image.files.current(*real);
    return v != nullptr && (v->type == EntryType::kFile || v->type == EntryType::kHardlink);
  };
  std::string origin = program.substr(0, program.rfind('/'));
  auto expand = [&](std::string dir) {
    for (std::string token : {"${ORIGIN}", "$ORIGIN"}) {
      for (std::size_t at = dir.find(token); at != std::string::npos; at = dir.find(token)) dir.replace(at, token.size(), origin);
    }
    return dir;
  };
  std::vector<std::string> dirs;
  if (elf.runpath.empty()) {
    for (const auto& d : elf.rpath) dirs.push_back(expand(d));
  }
  for (const auto& e : image.config.env) {
    if (e.starts_with("LD_LIBRARY_PATH=")) {
      for (const auto& d : split_paths(e.substr(16))) dirs.push_back(d);
    }
  }
  for (const auto& d : elf.runpath) dirs.push_back(expand(d));
  // ld.so.cache is built from ld.so.conf and its includes; their directories stand for it.
  for (const auto& [path, text] : image.contents) {
    if (path != "etc/ld.so.conf" && !path.starts_with("etc/ld.so.conf.d/")) continue;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t nl = text.find('\n', start);
      std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
      start = nl == std::string::npos ? text.size() : nl + 1;
      if (line.starts_with("/")) dirs.push_back(line.substr(0, line.find_first_of(" \t#")));
    }
  }
  // Debian and Ubuntu build their multiarch directories into ld.so's trusted system paths.
  const char* triplet = elf.machine == 62 ? "x86_64-linux-gnu" : elf.machine == 183 ? "aarch64-linux-gnu"
                        : elf.machine == 3 ? "i386-linux-gnu" : nullptr;
  if (triplet != nullptr) {
    dirs.push_back(std::string("/lib/") + triplet);
    dirs.push_back(std::string("/usr/lib/") + triplet);
  }
  for (const char* d : {"/lib", "/usr/lib"}) dirs.emplace_back(d);
  if (elf.is_64) {
    dirs.emplace_back("/lib64");
    dirs.emplace_back("/usr/lib64");
  }
  std::vector<std::string> missing;
  if (!elf.interpreter.empty() && !present(elf.interpreter)) missing.push_back(elf.interpreter);
  for (const auto& lib : elf.needed) {
    bool found = false;
    if (lib.find('/') != std::string::npos) {
      found = present(lib.starts_with("/") ? lib : origin + "/" + lib);
    } else {
      for (const auto& d : dirs) found = found || present(d + "/" + lib);
    }
    if (!found) missing.push_back(lib);
  }
  return missing;
}

}  // namespace plimsoll::image
