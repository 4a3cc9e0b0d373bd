# plimsoll_embed_file(TARGET <lib> FILE <absolute path> NAMESPACE <ns> FUNCTION <name>)
# Compiles one file that lives outside the source tree (e.g. a schema under PLIMSOLL_SHARED_DIR)
# into <lib> as `std::string_view <ns>::<name>()`; the file itself never enters the project.
function(plimsoll_embed_file)
  cmake_parse_arguments(ARG "" "TARGET;FILE;NAMESPACE;FUNCTION" "" ${ARGN})
  if(NOT EXISTS "${ARG_FILE}")
    message(FATAL_ERROR "plimsoll_embed_file: ${ARG_FILE} does not exist (set PLIMSOLL_SHARED_DIR)")
  endif()
  set(output "${CMAKE_CURRENT_BINARY_DIR}/${ARG_FUNCTION}.cpp")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} "-DFILE=${ARG_FILE}" -DOUTPUT=${output}
            -DNAMESPACE=${ARG_NAMESPACE} -DFUNCTION=${ARG_FUNCTION}
            -P "${CMAKE_SOURCE_DIR}/cmake/embed_file_script.cmake"
    DEPENDS "${ARG_FILE}" "${CMAKE_SOURCE_DIR}/cmake/embed_file_script.cmake"
    COMMENT "Embedding ${ARG_FILE}"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE "${output}")
endfunction()
