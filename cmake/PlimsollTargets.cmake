# Helpers that keep each area's CMakeLists.txt short and uniform.

# Headers nearly every file includes, precompiled once and shared: parsing them was most of the
# time spent compiling a small rule file or test. Sources still include what they use. A
# precompiled header is only used with the flags and macros it was made with, so one small target
# makes it for the libraries and one for the tests (which all share the PLIMSOLL_* macros);
# per-target copies cost more to make than they saved.
set(PLIMSOLL_COMMON_HEADERS
    <algorithm> <cstddef> <cstdint> <functional> <map> <memory> <optional> <set> <string>
    <string_view> <utility> <vector> <fmt/format.h>)
set(PLIMSOLL_TEST_DEFINITIONS
    PLIMSOLL_SHARED_DIR="${PLIMSOLL_SHARED_DIR}"
    PLIMSOLL_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    PLIMSOLL_BINARY_DIR="${CMAKE_BINARY_DIR}")

# The two targets the shared precompiled headers are made in; called once the packages are found.
function(plimsoll_precompiled_headers)
  set(pch_source "${CMAKE_BINARY_DIR}/plimsoll_pch.cpp")
  file(WRITE "${pch_source}" "// The translation unit the shared precompiled headers are made for.\n")
  add_library(plimsoll_pch_library OBJECT "${pch_source}")
  target_link_libraries(plimsoll_pch_library PRIVATE plimsoll::fmt)
  target_precompile_headers(plimsoll_pch_library PRIVATE ${PLIMSOLL_COMMON_HEADERS})
  plimsoll_set_warnings(plimsoll_pch_library)
  if(PLIMSOLL_TESTS)
    add_library(plimsoll_pch_test OBJECT "${pch_source}")
    target_link_libraries(plimsoll_pch_test PRIVATE plimsoll::fmt GTest::gmock GTest::gtest)
    target_compile_definitions(plimsoll_pch_test PRIVATE ${PLIMSOLL_TEST_DEFINITIONS})
    target_precompile_headers(plimsoll_pch_test PRIVATE ${PLIMSOLL_COMMON_HEADERS} <gmock/gmock.h> <gtest/gtest.h>)
    plimsoll_set_warnings(plimsoll_pch_test)
  endif()
endfunction()

# plimsoll_library(NAME SOURCES ... DEPS ...): static library plimsoll_<NAME> rooted at src/.
function(plimsoll_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(plimsoll_${name} STATIC ${ARG_SOURCES})
  target_include_directories(plimsoll_${name} PUBLIC "${CMAKE_SOURCE_DIR}/src")
  target_link_libraries(plimsoll_${name} PUBLIC ${ARG_DEPS})
  target_precompile_headers(plimsoll_${name} REUSE_FROM plimsoll_pch_library)
  plimsoll_set_warnings(plimsoll_${name})
endfunction()

# plimsoll_tests(NAME SOURCES ... DEPS ...): a GoogleTest binary registered with ctest.
# Tests find ../shared through the PLIMSOLL_SHARED_DIR and sources through PLIMSOLL_SOURCE_DIR.
function(plimsoll_tests name)
  if(NOT PLIMSOLL_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  # fmt for every test: its macros must be defined as when the shared header was made.
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} plimsoll::fmt GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE ${PLIMSOLL_TEST_DEFINITIONS})
  target_precompile_headers(${name} REUSE_FROM plimsoll_pch_test)
  plimsoll_set_warnings(${name})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES ENVIRONMENT "NO_COLOR=1")
endfunction()

# plimsoll_load_on_first_use(TARGET PKG): TARGET compiles against pkg-config package PKG (found
# with pkg_check_modules(PKG ...)) but opens its shared library on first use
# (util/shared_library.h) instead of linking it. The soname comes from the library itself, as
# PLIMSOLL_<PKG>_SONAME; Packaging.cmake adds the package that ships it to the .deb's Depends,
# as dpkg-shlibdeps no longer sees it.
function(plimsoll_load_on_first_use target pkg)
  set(library "")
  foreach(candidate IN LISTS ${pkg}_LINK_LIBRARIES)
    if(candidate MATCHES "\\.so$")
      set(library "${candidate}")
      break()
    endif()
  endforeach()
  if(NOT library)
    message(FATAL_ERROR "${pkg}: pkg-config names no shared library to load")
  endif()
  execute_process(COMMAND "${CMAKE_OBJDUMP}" -p "${library}" OUTPUT_VARIABLE dump RESULT_VARIABLE status)
  if(NOT status EQUAL 0 OR NOT dump MATCHES "SONAME +([^ \n]+)")
    message(FATAL_ERROR "${pkg}: cannot read the soname of ${library}")
  endif()
  target_include_directories(${target} PRIVATE ${${pkg}_INCLUDE_DIRS})
  target_compile_definitions(${target} PRIVATE PLIMSOLL_${pkg}_SONAME="${CMAKE_MATCH_1}")
  target_link_libraries(${target} PUBLIC ${CMAKE_DL_LIBS})
  set_property(GLOBAL APPEND PROPERTY PLIMSOLL_LOADED_LIBRARIES "${library}")
endfunction()
