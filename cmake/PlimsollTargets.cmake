# Helpers that keep each area's CMakeLists.txt short and uniform.

# plimsoll_library(NAME SOURCES ... DEPS ...): static library plimsoll_<NAME> rooted at src/.
function(plimsoll_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(plimsoll_${name} STATIC ${ARG_SOURCES})
  target_include_directories(plimsoll_${name} PUBLIC "${CMAKE_SOURCE_DIR}/src")
  target_link_libraries(plimsoll_${name} PUBLIC ${ARG_DEPS})
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
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    PLIMSOLL_SHARED_DIR="${PLIMSOLL_SHARED_DIR}"
    PLIMSOLL_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    PLIMSOLL_BINARY_DIR="${CMAKE_BINARY_DIR}")
  plimsoll_set_warnings(${name})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES ENVIRONMENT "NO_COLOR=1")
endfunction()
