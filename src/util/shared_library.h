// Shared libraries opened on first use instead of linked: libgit2 (TLS, SSH, Kerberos) and
// libarchive (XML, ICU, compressors) each pull in about a dozen libraries whose loading cost
// more at process start than a whole one-file check, and most runs never call them.
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
