# What `cmake --install` puts where, and the Debian package CPack makes of it
# (`cpack -G DEB` in a release build directory).
include(GNUInstallDirs)

install(TARGETS plimsoll RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/docs/plimsoll.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/dist/completions/plimsoll.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME plimsoll)
install(FILES ${CMAKE_SOURCE_DIR}/dist/completions/_plimsoll
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${CMAKE_SOURCE_DIR}/dist/completions/plimsoll.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "plimsoll")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "plimsoll maintainers <plimsoll@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
# Library dependencies are read from the binary by dpkg-shlibdeps, so they follow the build;
# the libraries opened on first use (plimsoll_load_on_first_use) are not in it, so the packages
# that ship them are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
get_property(plimsoll_loaded_libraries GLOBAL PROPERTY PLIMSOLL_LOADED_LIBRARIES)
set(plimsoll_loaded_packages "")
foreach(library IN LISTS plimsoll_loaded_libraries)
  file(REAL_PATH "${library}" real)
  get_filename_component(dir "${real}" DIRECTORY)
  execute_process(COMMAND "${CMAKE_OBJDUMP}" -p "${real}" OUTPUT_VARIABLE dump)
  string(REGEX MATCH "SONAME +([^ \n]+)" _ "${dump}")
  execute_process(COMMAND dpkg-query -S "${dir}/${CMAKE_MATCH_1}" OUTPUT_VARIABLE owner ERROR_QUIET
                  RESULT_VARIABLE status)
  if(status EQUAL 0 AND owner MATCHES "^([^:,]+)")
    list(APPEND plimsoll_loaded_packages "${CMAKE_MATCH_1}")
  else()
    message(WARNING "no Debian package found for ${library}: the .deb will not depend on it")
  endif()
endforeach()
list(JOIN plimsoll_loaded_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
include(CPack)
