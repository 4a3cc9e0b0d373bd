# plimsoll_fuzz_target(NAME SOURCES ... DEPS ...)
# In the `fuzz` preset (clang, PLIMSOLL_FUZZ) this builds the libFuzzer binary <NAME>_fuzzer.
# In every other build it builds <NAME>_replay, which feeds each file of fuzz/corpus/<NAME>/
# to the same entry point, and registers it with ctest: the corpus is a regression suite.
# `cmake --build --preset fuzz --target fuzzers` builds only the fuzz binaries, not the tool.
if(PLIMSOLL_FUZZ AND NOT TARGET fuzzers)
  add_custom_target(fuzzers)
endif()
function(plimsoll_fuzz_target name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  if(PLIMSOLL_FUZZ)
    add_executable(${name}_fuzzer ${ARG_SOURCES})
    target_link_libraries(${name}_fuzzer PRIVATE ${ARG_DEPS})
    target_link_options(${name}_fuzzer PRIVATE -fsanitize=fuzzer)
    add_dependencies(fuzzers ${name}_fuzzer)
  elseif(PLIMSOLL_TESTS)
    add_executable(${name}_replay ${ARG_SOURCES} "${CMAKE_SOURCE_DIR}/fuzz/replay_main.cpp")
    target_link_libraries(${name}_replay PRIVATE ${ARG_DEPS})
    plimsoll_set_warnings(${name}_replay)
    add_test(NAME fuzz_replay.${name}
             COMMAND ${name}_replay "${CMAKE_SOURCE_DIR}/fuzz/corpus/${name}")
  endif()
endfunction()
