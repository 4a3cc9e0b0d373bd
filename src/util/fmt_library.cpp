// fmt's compiled part, built once into plimsoll instead of linked from libfmt.so (cmake/
// Dependencies.cmake): Debian ships fmt as a shared library and headers only, and the
// header-only mode compiles all of it into every file that formats, which made a sanitizer
// build two and a half times larger. The headers define the functions; this file instantiates
// the two templates the library's own build instantiates for char.
#include <fmt/format-inl.h>

#if FMT_VERSION / 10000 != 9
#error "written for fmt 9 (Debian bookworm): check which templates the library instantiates"
#endif

template char fmt::detail::decimal_point_impl<char>(fmt::detail::locale_ref);
template fmt::detail::thousands_sep_result<char> fmt::detail::thousands_sep_impl<char>(fmt::detail::locale_ref);
