#include "image/archive.h"

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <memory>
#include <string>

#include "util/format.h"
#include "util/shared_library.h"

namespace plimsoll::image {
namespace {

// The libarchive functions plimsoll calls, with libarchive's own names and types.
#define PLIMSOLL_LIBARCHIVE_FUNCTIONS(X) \
  X(archive_entry_filetype) X(archive_entry_gid) X(archive_entry_hardlink) X(archive_entry_pathname) \
  X(archive_entry_perm) X(archive_entry_size) X(archive_entry_size_is_set) X(archive_entry_symlink) \
  X(archive_entry_uid) X(archive_error_string) X(archive_read_header_position) X(archive_filter_bytes) X(archive_filter_count) \
  X(archive_read_data_block) X(archive_read_data_skip) X(archive_read_new) X(archive_read_next_header) \
  X(archive_read_open) X(archive_read_open_filename) X(archive_read_support_filter_all) X(archive_read_support_format_tar) \
  X(archive_read_free)

// libarchive, opened on first use rather than at start (util/shared_library.h).
PLIMSOLL_LIBRARY_FUNCTIONS(Libarchive, PLIMSOLL_LIBARCHIVE_FUNCTIONS, PLIMSOLL_LIBARCHIVE_SONAME)
const Libarchive* libarchive(std::string* error = nullptr) { return Libarchive::loaded(error); }

// Only called once walk_archive or walk_archive_file found libarchive loaded.
const Libarchive& la() { return *libarchive(); }

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

ArchivePtr new_reader() {
  ArchivePtr a(la().archive_read_new(), la().archive_read_free);
  la().archive_read_support_filter_all(a.get());
  la().archive_read_support_format_tar(a.get());
  return a;
}

std::string archive_message(archive* a) {
  const char* text = la().archive_error_string(a);
  return text != nullptr ? text : "unknown archive error";
}

// Adapts a ByteReader to libarchive's read callback; remembers the reader's own error.
struct SourceBridge {
  ByteReader* source;
  std::optional<util::Error> error;
};

la_ssize_t bridge_read(archive*, void* client, const void** buffer) {
  auto* bridge = static_cast<SourceBridge*>(client);
  auto chunk = bridge->source->next();
  if (!chunk) {
    bridge->error = chunk.error();
    return -1;
  }
  *buffer = chunk->data();
  return static_cast<la_ssize_t>(chunk->size());
}

// The bytes of the current entry, block by block, checking the decompression ratio as it goes.
class EntryData final : public ByteReader {
 public:
  EntryData(archive* a, const WalkLimits& limits, bool compressed) : a_(a), limits_(limits), compressed_(compressed) {}

  util::Result<std::string_view> next() override {
    if (done_) return std::string_view();
    const void* block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    int rc = la().archive_read_data_block(a_, &block, &size, &offset);
    if (rc == ARCHIVE_EOF) {
      done_ = true;
      return std::string_view();
    }
    if (rc < ARCHIVE_WARN) return util::unexpected(archive_message(a_));
    if (auto ratio = check_ratio(a_, limits_, compressed_); !ratio) return util::unexpected(ratio.error());
    return std::string_view(static_cast<const char*>(block), size);
  }

  // Skips what the visitor left unread: by seeking when the stream is not compressed.
  util::Status drain() {
    if (done_) return util::ok();
    if (!compressed_) {
      if (la().archive_read_data_skip(a_) != ARCHIVE_OK) return util::unexpected(archive_message(a_));
      return util::ok();
    }
    for (;;) {
      auto chunk = next();
      if (!chunk) return util::unexpected(chunk.error());
      if (chunk->empty()) return util::ok();
    }
  }

  static util::Status check_ratio(archive* a, const WalkLimits& limits, bool compressed) {
    auto out = static_cast<uint64_t>(la().archive_filter_bytes(a, 0));
    if (out > limits.max_uncompressed) {
      return util::unexpected(util::format("uncompressed stream exceeds {} bytes", limits.max_uncompressed));
    }
    if (!compressed || out < limits.ratio_floor) return util::ok();
    auto in = static_cast<uint64_t>(la().archive_filter_bytes(a, -1));
    if (in == 0 || out / in >= limits.max_ratio) {
      return util::unexpected(util::format("decompression bomb: {} bytes from {} compressed (ratio at least {}:1)", out,
                                      in, limits.max_ratio));
    }
    return util::ok();
  }

 private:
  archive* a_;
  const WalkLimits& limits_;
  bool compressed_;
  bool done_ = false;
};

TarEntry entry_of(archive* a, archive_entry* e) {
  TarEntry out;
  out.header_offset = la().archive_read_header_position(a);
  const char* path = la().archive_entry_pathname(e);
  out.path = path != nullptr ? path : "";
  out.mode = static_cast<uint32_t>(la().archive_entry_perm(e)) & 07777u;
  out.uid = la().archive_entry_uid(e);
  out.gid = la().archive_entry_gid(e);
  out.size = la().archive_entry_size_is_set(e) ? la().archive_entry_size(e) : 0;
  if (const char* hard = la().archive_entry_hardlink(e)) {
    out.type = EntryType::kHardlink;
    out.link = hard;
    return out;
  }
  switch (la().archive_entry_filetype(e)) {
    case AE_IFREG: out.type = EntryType::kFile; break;
    case AE_IFDIR: out.type = EntryType::kDirectory; break;
    case AE_IFLNK:
      out.type = EntryType::kSymlink;
      if (const char* target = la().archive_entry_symlink(e)) out.link = target;
      break;
    default: out.type = EntryType::kOther; break;
  }
  return out;
}

// Walks every entry, or only the first `max_visits` when that is not zero.
util::Result<WalkStats> walk_open(archive* a, const WalkLimits& limits, const EntryVisitor& visit,
                                  const SourceBridge* bridge, uint64_t max_visits = 0) {
  WalkStats stats;
  auto fail = [&](std::string message) -> util::Result<WalkStats> {
    if (bridge != nullptr && bridge->error) return util::unexpected(*bridge->error);
    return util::unexpected(std::move(message));
  };
  for (;;) {
    if (max_visits != 0 && stats.entries == max_visits) break;
    archive_entry* e = nullptr;
    int rc = la().archive_read_next_header(a, &e);
    if (rc == ARCHIVE_EOF) break;
    if (rc < ARCHIVE_WARN) return fail(util::format("entry {}: {}", stats.entries + 1, archive_message(a)));
    stats.compressed = la().archive_filter_count(a) > 1;
    if (++stats.entries > limits.max_entries) {
      return fail(util::format("more than {} entries", limits.max_entries));
    }
    if (auto ratio = EntryData::check_ratio(a, limits, stats.compressed); !ratio) return fail(ratio.error().message);
    TarEntry entry = entry_of(a, e);
    EntryData data(a, limits, stats.compressed);
    if (auto visited = visit(entry, data); !visited) return util::unexpected(visited.error());
    if (auto drained = data.drain(); !drained) {
      return fail(util::format("entry {} ({}): {}", stats.entries, entry.path, drained.error().message));
    }
  }
  stats.compressed_bytes = static_cast<uint64_t>(la().archive_filter_bytes(a, -1));
  stats.uncompressed_bytes = static_cast<uint64_t>(la().archive_filter_bytes(a, 0));
  return stats;
}

// Bytes of a file from an offset on, in chunks; the file's error names it.
class FileTail final : public ByteReader {
 public:
  FileTail(const std::string& path, int64_t offset) : path_(path), file_(std::fopen(path.c_str(), "rb")) {
    if (file_ != nullptr && fseeko(file_, static_cast<off_t>(offset), SEEK_SET) != 0) close();
  }
  ~FileTail() override { close(); }
  bool ok() const { return file_ != nullptr; }
  util::Result<std::string_view> next() override {
    buffer_.resize(1 << 16);
    std::size_t got = std::fread(buffer_.data(), 1, buffer_.size(), file_);
    if (got == 0 && std::ferror(file_) != 0) return util::unexpected(path_ + ": read error");
    return std::string_view(buffer_.data(), got);
  }

 private:
  void close() {
    if (file_ != nullptr) std::fclose(file_);
    file_ = nullptr;
  }
  std::string path_;
  std::FILE* file_;
  std::string buffer_;
};

}  // namespace

util::Result<WalkStats> walk_archive(ByteReader& source, const WalkLimits& limits, const EntryVisitor& visit) {
  std::string error;
  if (libarchive(&error) == nullptr) return util::unexpected(error);
  ArchivePtr a = new_reader();
  SourceBridge bridge{&source, std::nullopt};
  if (la().archive_read_open(a.get(), &bridge, nullptr, &bridge_read, nullptr) != ARCHIVE_OK) {
    if (bridge.error) return util::unexpected(*bridge.error);
    return util::unexpected(archive_message(a.get()));
  }
  return walk_open(a.get(), limits, visit, &bridge);
}

util::Result<WalkStats> walk_archive_file(const std::string& path, const WalkLimits& limits,
                                          const EntryVisitor& visit) {
  std::string error;
  if (libarchive(&error) == nullptr) return util::unexpected(error);
  ArchivePtr a = new_reader();
  if (la().archive_read_open_filename(a.get(), path.c_str(), 1 << 16) != ARCHIVE_OK) {
    return util::unexpected(path + ": " + archive_message(a.get()));
  }
  auto stats = walk_open(a.get(), limits, visit, nullptr);
  if (!stats) return util::unexpected(path + ": " + stats.error().message);
  return stats;
}

util::Result<WalkStats> walk_archive_entry_at(const std::string& path, int64_t offset, const WalkLimits& limits,
                                              const EntryVisitor& visit) {
  std::string error;
  if (libarchive(&error) == nullptr) return util::unexpected(error);
  FileTail tail(path, offset);
  if (!tail.ok()) return util::unexpected(util::format("{}: cannot read from offset {}", path, offset));
  ArchivePtr a = new_reader();
  SourceBridge bridge{&tail, std::nullopt};
  if (la().archive_read_open(a.get(), &bridge, nullptr, &bridge_read, nullptr) != ARCHIVE_OK) {
    return util::unexpected(path + ": " + (bridge.error ? bridge.error->message : archive_message(a.get())));
  }
  auto stats = walk_open(a.get(), limits, visit, &bridge, 1);
  if (!stats) return util::unexpected(path + ": " + stats.error().message);
  if (stats->entries == 0) return util::unexpected(util::format("{}: no entry at offset {}", path, offset));
  return stats;
}

util::Result<std::string> read_all(ByteReader& data, std::size_t max_bytes) {
  std::string out;
  for (;;) {
    auto chunk = data.next();
    if (!chunk) return util::unexpected(chunk.error());
    if (chunk->empty()) return out;
    if (out.size() + chunk->size() > max_bytes) return util::unexpected(util::format("larger than {} bytes", max_bytes));
    out.append(*chunk);
  }
}

}  // namespace plimsoll::image
