// SHA-256 for blob digests (the only file that includes OpenSSL; libcrypto is opened on first
// use), and byte readers that hash what passes through them: a file read in chunks, or any other
// reader.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "image/archive.h"

namespace plimsoll::image {

// Whether libcrypto can be loaded; everything below needs it, so callers ask this first.
util::Status digests_available();

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(std::string_view bytes);
  std::string hex();  // finishes the digest; lower-case hex

 private:
  struct State;
  std::unique_ptr<State> state_;
};

std::string sha256_hex(std::string_view bytes);

// Reads an open file in chunks, hashing every byte it returns; `finish()` hashes the rest.
class HashingFileReader final : public ByteReader {
 public:
  // Takes ownership of the open descriptor `fd`; `name` is for messages.
  HashingFileReader(int fd, const std::string& name);
  ~HashingFileReader() override;
  bool ok() const { return file_ != nullptr; }
  util::Result<std::string_view> next() override;
  util::Result<std::string> finish();  // reads to the end, returns the hex digest
  uint64_t bytes() const { return bytes_; }

 private:
  std::FILE* file_ = nullptr;
  std::string path_;
  std::string buffer_;
  Sha256 hash_;
  uint64_t bytes_ = 0;
};

// Hashes what it passes on from another reader.
class HashingReader final : public ByteReader {
 public:
  explicit HashingReader(ByteReader& inner) : inner_(inner) {}
  util::Result<std::string_view> next() override;
  util::Result<std::string> finish();
  uint64_t bytes() const { return bytes_; }

 private:
  ByteReader& inner_;
  Sha256 hash_;
  uint64_t bytes_ = 0;
};

}  // namespace plimsoll::image
