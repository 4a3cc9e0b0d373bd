#include "image/digest.h"

#include <unistd.h>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>

#include "util/format.h"
#include "util/shared_library.h"

namespace plimsoll::image {
namespace {

// The libcrypto functions plimsoll calls, with OpenSSL's own names and types.
#define PLIMSOLL_LIBCRYPTO_FUNCTIONS(X) \
  X(EVP_MD_CTX_new) X(EVP_MD_CTX_free) X(EVP_sha256) X(EVP_DigestInit_ex) X(EVP_DigestUpdate) X(EVP_DigestFinal_ex)

// libcrypto, opened on first use rather than at start (util/shared_library.h).
PLIMSOLL_LIBRARY_FUNCTIONS(Libcrypto, PLIMSOLL_LIBCRYPTO_FUNCTIONS, PLIMSOLL_LIBCRYPTO_SONAME)

// Only called once digests_available() found libcrypto loaded.
const Libcrypto& crypto() { return *Libcrypto::loaded(); }

}  // namespace

util::Status digests_available() {
  std::string error;
  if (Libcrypto::loaded(&error) == nullptr) return util::unexpected(error);
  return {};
}

struct Sha256::State {
  EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256() : state_(std::make_unique<State>()) {
  state_->ctx = crypto().EVP_MD_CTX_new();
  crypto().EVP_DigestInit_ex(state_->ctx, crypto().EVP_sha256(), nullptr);
}

Sha256::~Sha256() { crypto().EVP_MD_CTX_free(state_->ctx); }

void Sha256::update(std::string_view bytes) { crypto().EVP_DigestUpdate(state_->ctx, bytes.data(), bytes.size()); }

std::string Sha256::hex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  crypto().EVP_DigestFinal_ex(state_->ctx, digest, &length);
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(kDigits[digest[i] >> 4]);
    out.push_back(kDigits[digest[i] & 15]);
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  Sha256 hash;
  hash.update(bytes);
  return hash.hex();
}

HashingFileReader::HashingFileReader(int fd, const std::string& name) : path_(name), buffer_(1 << 20, '\0') {
  file_ = ::fdopen(fd, "rb");
  if (file_ == nullptr) ::close(fd);
}

HashingFileReader::~HashingFileReader() {
  if (file_ != nullptr) std::fclose(file_);
}

util::Result<std::string_view> HashingFileReader::next() {
  if (file_ == nullptr) return util::unexpected(path_ + ": cannot open");
  std::size_t n = std::fread(buffer_.data(), 1, buffer_.size(), file_);
  if (n == 0 && std::ferror(file_)) return util::unexpected(path_ + ": " + std::strerror(errno));
  std::string_view chunk(buffer_.data(), n);
  hash_.update(chunk);
  bytes_ += n;
  return chunk;
}

util::Result<std::string> HashingFileReader::finish() {
  for (;;) {
    auto chunk = next();
    if (!chunk) return util::unexpected(chunk.error());
    if (chunk->empty()) return hash_.hex();
  }
}

util::Result<std::string_view> HashingReader::next() {
  auto chunk = inner_.next();
  if (chunk) {
    hash_.update(*chunk);
    bytes_ += chunk->size();
  }
  return chunk;
}

util::Result<std::string> HashingReader::finish() {
  for (;;) {
    auto chunk = next();
    if (!chunk) return util::unexpected(chunk.error());
    if (chunk->empty()) return hash_.hex();
  }
}

}  // namespace plimsoll::image
