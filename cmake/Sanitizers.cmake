# ASan + UBSan for the whole build when PLIMSOLL_SANITIZE is on; libFuzzer flags for fuzz builds.
if(PLIMSOLL_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
if(PLIMSOLL_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PLIMSOLL_FUZZ needs clang (use the 'fuzz' preset)")
  endif()
  # Instrument everything for coverage; the fuzzer main is linked only into *_fuzzer targets.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
