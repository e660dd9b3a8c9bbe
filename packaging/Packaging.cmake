# Debian package: `cpack -G DEB` in a configured build tree builds berth_<version>_<arch>.deb.
# Included last from the top-level CMakeLists.txt. The binaries, desktop file, metainfo and icon are
# installed by src/app, src/cli and resources/; this file adds the man pages and bash completion, and
# configures CPack. scripts/package-check builds, installs, runs and removes the package.
include(GNUInstallDirs)

# Man pages, gzipped as Debian wants them (-n: no name or time stamp, so the output is reproducible).
set(_berth_man_gz)
foreach(_page berth.1 berthctl.1)
    set(_src ${CMAKE_CURRENT_LIST_DIR}/man/${_page})
    set(_gz ${CMAKE_CURRENT_BINARY_DIR}/packaging/man/${_page}.gz)
    add_custom_command(OUTPUT ${_gz}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging/man
        COMMAND gzip -9n -c ${_src} > ${_gz}
        DEPENDS ${_src}
        COMMENT "Compressing man page ${_page}"
        VERBATIM)
    list(APPEND _berth_man_gz ${_gz})
endforeach()
add_custom_target(berth_man_pages ALL DEPENDS ${_berth_man_gz})
install(FILES ${_berth_man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/completion/berthctl
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/berth RENAME copyright)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME berth)
set(CPACK_PACKAGE_VENDOR "The Berth developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "The Berth developers <berth@example.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://berth.example.com")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})

set(CPACK_DEBIAN_PACKAGE_NAME berth)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# First line is the synopsis; the rest is the extended description (one space of indent per line).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Desktop browser and cleanup tool for Harbor registries
 Berth browses the projects, repositories, tags and artifacts of Harbor container
 registries and removes what is no longer needed, with a dry run and a cleanup
 plan before anything is deleted. It explains failed requests (401, 403, 412)
 in plain words.
 .
 The package holds the desktop app (berth) and a command-line tool (berthctl)
 for scripts and CI. Secrets are kept in the desktop keychain (Secret Service
 or KWallet).")
# Depends: what dpkg-shlibdeps finds, plus what is only dlopen()ed at run time:
#  - libsecret-1-0: QtKeychain loads libsecret at run time and its package does not depend on it;
#  - libqt6svg6: ships the Qt SVG image format plugin (plugins/imageformats/libqsvg.so) the icons need.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
# Somewhere to keep secrets; without one, Berth works for the session only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
