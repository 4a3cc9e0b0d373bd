// util::Result<T>: a value or an Error, with the subset of std::expected's API we use, and
// util::Status (Result<void>) for work that may fail and returns nothing. GCC 12 has no
// <expected> in C++20 mode; switching later is a rename.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <variant>

namespace plimsoll::util {

// Why the tool itself could not do its job (unreadable file, broken archive). Wrong input is
// reported as diagnostics instead, never as an Error.
struct Error {
  std::string message;
};

template <typename E>
struct Unexpected {
  E error;
};

inline Unexpected<Error> unexpected(std::string message) {
  return Unexpected<Error>{Error{std::move(message)}};
}
inline Unexpected<Error> unexpected(Error error) { return Unexpected<Error>{std::move(error)}; }

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : storage_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
  Result(Unexpected<Error> e) : storage_(std::in_place_index<1>, std::move(e.error)) {}  // NOLINT

  bool has_value() const { return storage_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return checked(); }
  const T& value() const& { return const_cast<Result*>(this)->checked(); }
  T&& value() && { return std::move(checked()); }
  T& operator*() & { return checked(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &checked(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<1>(storage_); }

 private:
  T& checked() {
    if (!has_value()) {
      // Programming error: callers must test has_value() on input-driven paths.
      std::fprintf(stderr, "internal error: Result::value() on error: %s\n", error().message.c_str());
      std::abort();
    }
    return std::get<0>(storage_);
  }
  std::variant<T, Error> storage_;
};

// Success carries nothing: `return {};` (or util::ok()) on success, `return unexpected(…)` else.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Unexpected<Error> e) : error_(std::move(e.error)), failed_(true) {}  // NOLINT: implicit

  bool has_value() const { return !failed_; }
  explicit operator bool() const { return has_value(); }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool failed_ = false;
};

using Status = Result<void>;
inline Status ok() { return {}; }

}  // namespace plimsoll::util
