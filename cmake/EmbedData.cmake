# plimsoll_embed_data(TARGET <lib> FILES <data files relative to the source root>
#                     NAMESPACE <ns> FUNCTION <name>)
# Compiles the files into <lib> so the binary is self-contained. Each file is reachable through
# <ns>::<name>("<relative path>"); edits rebuild only the generated source.
function(plimsoll_embed_data)
  cmake_parse_arguments(ARG "" "TARGET;NAMESPACE;FUNCTION" "FILES" ${ARGN})
  set(output "${CMAKE_CURRENT_BINARY_DIR}/${ARG_FUNCTION}.cpp")
  list(TRANSFORM ARG_FILES PREPEND "${CMAKE_SOURCE_DIR}/" OUTPUT_VARIABLE inputs)
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -DROOT=${CMAKE_SOURCE_DIR} "-DFILES=${ARG_FILES}" -DOUTPUT=${output}
            -DNAMESPACE=${ARG_NAMESPACE} -DFUNCTION=${ARG_FUNCTION}
            -P "${CMAKE_SOURCE_DIR}/cmake/embed_data_script.cmake"
    DEPENDS ${inputs} "${CMAKE_SOURCE_DIR}/cmake/embed_data_script.cmake"
    COMMENT "Embedding data files"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE "${output}")
endfunction()

# plimsoll_embed_yaml(TARGET <lib> FILES <YAML files relative to the source root>
#                     NAMESPACE <ns> FUNCTION <name>)
# Parses the files at build time (a file that does not parse fails the build) and compiles their
# trees into <lib>; <ns>::<name>("<relative path>") returns the stored tree, which
# util::decode_yaml_tree turns back into a util::YamlNode without running the YAML parser.
function(plimsoll_embed_yaml)
  cmake_parse_arguments(ARG "" "TARGET;NAMESPACE;FUNCTION" "FILES" ${ARGN})
  set(output "${CMAKE_CURRENT_BINARY_DIR}/${ARG_FUNCTION}.cpp")
  list(TRANSFORM ARG_FILES PREPEND "${CMAKE_SOURCE_DIR}/" OUTPUT_VARIABLE inputs)
  add_custom_command(
    OUTPUT "${output}"
    COMMAND plimsoll_compile_yaml "${output}" "${CMAKE_SOURCE_DIR}" ${ARG_NAMESPACE} ${ARG_FUNCTION}
            ${ARG_FILES}
    DEPENDS ${inputs} plimsoll_compile_yaml
    COMMENT "Compiling embedded YAML"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE "${output}")
endfunction()
