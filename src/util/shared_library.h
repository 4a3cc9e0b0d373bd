// Shared libraries opened on first use instead of linked: libgit2 (TLS, SSH, Kerberos),
// libarchive (XML, ICU, compressors) and libcrypto each cost more to load at process start than
// a whole one-file check, and most runs never call them.
// Handles live until the process ends; the adapter that uses a library owns its function table.
#pragma once

#include <dlfcn.h>

#include <cstring>
#include <string>

namespace plimsoll::util {

// The library by soname, or null with `error` saying why.
inline void* open_shared_library(const char* soname, std::string& error) {
  void* handle = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = ::dlerror();
    error = why != nullptr ? why : std::string(soname) + ": cannot be loaded";
  }
  return handle;
}

// Points `function` at the library's function `name`; false when the library has none.
template <typename Function>
bool find_function(void* handle, const char* name, Function& function) {
  void* symbol = ::dlsym(handle, name);
  if (symbol == nullptr) return false;
  static_assert(sizeof(function) == sizeof(symbol), "function and object pointers differ in size");
  std::memcpy(&function, &symbol, sizeof function);  // dlsym's documented use; no cast warnings
  return true;
}

}  // namespace plimsoll::util

// PLIMSOLL_LIBRARY_FUNCTIONS(Table, LIST, SONAME) declares `struct Table` with a pointer for each
// function of LIST, an X-macro of the library's own function names (their declarations in scope),
// and `static const Table* Table::loaded(std::string* error = nullptr)`, which opens the library
// SONAME on first use and fills them: null, with `*error` saying why, when it cannot be opened
// or lacks one of them.
#define PLIMSOLL_LIBRARY_POINTER_(name) decltype(&::name) name = nullptr;
#define PLIMSOLL_LIBRARY_FIND_(name) found = ::plimsoll::util::find_function(handle, #name, table.name) && found;
#define PLIMSOLL_LIBRARY_FUNCTIONS(Table, LIST, SONAME)                            \
  struct Table {                                                                   \
    LIST(PLIMSOLL_LIBRARY_POINTER_)                                                \
    static const Table* loaded(std::string* error = nullptr) {                     \
      static std::string failure;                                                  \
      static const Table* const table = load(SONAME, failure);                     \
      if (table == nullptr && error != nullptr) *error = failure;                  \
      return table;                                                                \
    }                                                                              \
                                                                                   \
   private:                                                                        \
    static const Table* load(const char* soname, std::string& error) {            \
      void* handle = ::plimsoll::util::open_shared_library(soname, error);         \
      if (handle == nullptr) return nullptr;                                       \
      static Table table;                                                          \
      bool found = true;                                                           \
      LIST(PLIMSOLL_LIBRARY_FIND_)                                                 \
      if (found) return &table;                                                    \
      error = std::string(soname) + " lacks a function plimsoll calls";            \
      return nullptr;                                                              \
    }                                                                              \
  };
