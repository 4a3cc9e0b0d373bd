// Streaming reads of tar archives (plain, gzip, zstd, …) through libarchive; the only file
// that includes libarchive. Nothing is extracted: entries reach a visitor as metadata plus a
// pull reader over their bytes, and the caller owns whatever it keeps.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "util/result.h"

namespace plimsoll::image {

// A pull source of bytes: each call returns the next chunk, an empty view at the end.
class ByteReader {
 public:
  virtual ~ByteReader() = default;
  virtual util::Result<std::string_view> next() = 0;
};

enum class EntryType { kFile, kDirectory, kSymlink, kHardlink, kOther };

struct TarEntry {
  std::string path;  // as stored in the archive, not normalised
  EntryType type = EntryType::kOther;
  uint32_t mode = 0;  // permission bits including setuid/setgid/sticky
  int64_t uid = 0;
  int64_t gid = 0;
  int64_t size = 0;
  std::string link;  // symlink or hard-link target
  int64_t header_offset = -1;  // where the entry's headers start in the (decompressed) archive
};

// Bounds that keep hostile archives from using unbounded time or memory.
struct WalkLimits {
  uint64_t max_ratio = 1000;           // uncompressed:compressed at or above this is a bomb...
  uint64_t ratio_floor = 16u << 20;    // ...once the uncompressed stream is past this size
  uint64_t max_entries = 4'000'000;
  uint64_t max_uncompressed = 64ull << 30;
};

struct WalkStats {
  uint64_t entries = 0;
  uint64_t compressed_bytes = 0;    // bytes read from the source
  uint64_t uncompressed_bytes = 0;  // bytes of the decompressed tar stream
  bool compressed = false;          // a compression filter was detected
  uint64_t outer_entries = 0;       // headers of an enclosing archive read to reach this one
};

// Called once per entry; `data` yields the entry's bytes (unread bytes are skipped). Returning
// an error stops the walk with that error.
using EntryVisitor = std::function<util::Status(const TarEntry&, ByteReader& data)>;

// Walks the archive read from `source`. Errors name what failed (corrupt, truncated, bomb).
util::Result<WalkStats> walk_archive(ByteReader& source, const WalkLimits& limits, const EntryVisitor& visit);
// Walks the archive in the file at `path`; data that is not read is skipped by seeking.
util::Result<WalkStats> walk_archive_file(const std::string& path, const WalkLimits& limits,
                                          const EntryVisitor& visit);

// Walks the one entry whose headers start at `offset` of the uncompressed tar file at `path`
// (a TarEntry::header_offset), reading nothing before it and no header after it.
util::Result<WalkStats> walk_archive_entry_at(const std::string& path, int64_t offset, const WalkLimits& limits,
                                              const EntryVisitor& visit);

// Reads at most `max_bytes` from `data`; fails when there is more.
util::Result<std::string> read_all(ByteReader& data, std::size_t max_bytes);

}  // namespace plimsoll::image
