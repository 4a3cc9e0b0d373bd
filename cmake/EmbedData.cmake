# plimsoll_embed_data(TARGET <lib> FILES <data files relative to the source root>)
# Compiles the files into <lib> so the binary is self-contained. Each file is reachable through
# plimsoll::knowledge::embedded_file("<relative path>"); edits rebuild only the generated source.
function(plimsoll_embed_data)
  cmake_parse_arguments(ARG "" "TARGET" "FILES" ${ARGN})
  set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded_files.cpp")
  set(inputs "")
  foreach(file IN LISTS ARG_FILES)
    list(APPEND inputs "${CMAKE_SOURCE_DIR}/${file}")
  endforeach()
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -DROOT=${CMAKE_SOURCE_DIR} "-DFILES=${ARG_FILES}" -DOUTPUT=${output}
            -P "${CMAKE_SOURCE_DIR}/cmake/embed_data_script.cmake"
    DEPENDS ${inputs} "${CMAKE_SOURCE_DIR}/cmake/embed_data_script.cmake"
    COMMENT "Embedding data files"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE "${output}")
endfunction()
