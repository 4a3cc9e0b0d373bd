# The libraries plimsoll links, as plimsoll::fmt, plimsoll::yaml and plimsoll::re2.
#
# They are linked statically (fmt compiled here, yaml-cpp and RE2 from their archives), and the
# plimsoll executable carries libstdc++ and libgcc too (plimsoll_static_runtime): resolving the
# symbols of those shared libraries took a third of a one-file check, more than the check
# itself. Sanitizer and fuzzing builds keep the shared C++ runtime, whose operator new the
# sanitizers replace.
find_package(fmt REQUIRED)
find_package(yaml-cpp REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)

# fmt's compiled part in one file of ours (src/util/fmt_library.cpp): Debian has no libfmt.a.
add_library(plimsoll_fmt STATIC "${CMAKE_SOURCE_DIR}/src/util/fmt_library.cpp")
target_include_directories(plimsoll_fmt SYSTEM PUBLIC $<TARGET_PROPERTY:fmt::fmt,INTERFACE_INCLUDE_DIRECTORIES>)
add_library(plimsoll::fmt ALIAS plimsoll_fmt)

find_library(PLIMSOLL_YAML_CPP_ARCHIVE NAMES libyaml-cpp.a REQUIRED)
add_library(plimsoll_yaml INTERFACE)
target_link_libraries(plimsoll_yaml INTERFACE "${PLIMSOLL_YAML_CPP_ARCHIVE}")
target_include_directories(plimsoll_yaml SYSTEM INTERFACE $<TARGET_PROPERTY:yaml-cpp,INTERFACE_INCLUDE_DIRECTORIES>)
add_library(plimsoll::yaml ALIAS plimsoll_yaml)

find_library(PLIMSOLL_RE2_ARCHIVE NAMES libre2.a HINTS ${RE2_LIBRARY_DIRS} REQUIRED)
add_library(plimsoll_re2 INTERFACE)
target_link_libraries(plimsoll_re2 INTERFACE "${PLIMSOLL_RE2_ARCHIVE}" Threads::Threads)
target_include_directories(plimsoll_re2 SYSTEM INTERFACE ${RE2_INCLUDE_DIRS})
target_compile_options(plimsoll_re2 INTERFACE ${RE2_CFLAGS_OTHER})
add_library(plimsoll::re2 ALIAS plimsoll_re2)

# plimsoll_static_runtime(TARGET): links the C++ runtime into the executable TARGET.
function(plimsoll_static_runtime target)
  if(NOT PLIMSOLL_SANITIZE AND NOT PLIMSOLL_FUZZ)
    target_link_options(${target} PRIVATE -static-libstdc++ -static-libgcc)
  endif()
endfunction()
