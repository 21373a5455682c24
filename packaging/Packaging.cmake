# Install rules and the Debian package (CPack DEB).
# Included from the top-level CMakeLists.txt after every target exists.
#   cmake --workflow --preset release   ->  build/release/custos_<version>_<arch>.deb

include(GNUInstallDirs)

set(CUSTOS_APP_ID org.custos.Custos)
set(CUSTOS_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(CUSTOS_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/${CUSTOS_APP_ID}.svg)

# --- Executables -----------------------------------------------------------------
# Installed here (not in the targets' own CMakeLists) so that the order of
# add_subdirectory() calls does not matter.
foreach(_exe custos custos-cli)
    if(TARGET ${_exe})
        install(TARGETS ${_exe} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        message(WARNING "Target ${_exe} does not exist: the package will not contain it")
    endif()
endforeach()

# --- Desktop integration -----------------------------------------------------------
install(FILES ${CUSTOS_PACKAGING_DIR}/${CUSTOS_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CUSTOS_PACKAGING_DIR}/${CUSTOS_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CUSTOS_ICON_SVG}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Raster icons for menus and docks that do not use the SVG (only if rsvg-convert exists).
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)
if(RSVG_CONVERT_EXECUTABLE)
    set(_custos_pngs)
    foreach(_size 48 128 256)
        set(_dir ${PROJECT_BINARY_DIR}/packaging/icons/${_size}x${_size})
        set(_png ${_dir}/${CUSTOS_APP_ID}.png)
        add_custom_command(OUTPUT ${_png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_dir}
            COMMAND ${RSVG_CONVERT_EXECUTABLE} -w ${_size} -h ${_size} -o ${_png} ${CUSTOS_ICON_SVG}
            DEPENDS ${CUSTOS_ICON_SVG}
            COMMENT "Rendering ${_size}x${_size} application icon"
            VERBATIM)
        list(APPEND _custos_pngs ${_png})
        install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
    endforeach()
    add_custom_target(custos_icons ALL DEPENDS ${_custos_pngs})
else()
    message(STATUS "rsvg-convert not found: installing the SVG application icon only")
endif()

# Validate the desktop entry and AppStream metadata as part of the test suite.
if(CUSTOS_BUILD_TESTS)
    find_program(DESKTOP_FILE_VALIDATE_EXECUTABLE desktop-file-validate)
    find_program(APPSTREAMCLI_EXECUTABLE appstreamcli)
    if(DESKTOP_FILE_VALIDATE_EXECUTABLE)
        add_test(NAME packaging.desktop_file
            COMMAND ${DESKTOP_FILE_VALIDATE_EXECUTABLE} ${CUSTOS_PACKAGING_DIR}/${CUSTOS_APP_ID}.desktop)
        set_tests_properties(packaging.desktop_file PROPERTIES LABELS packaging)
    endif()
    if(APPSTREAMCLI_EXECUTABLE)
        add_test(NAME packaging.metainfo
            COMMAND ${APPSTREAMCLI_EXECUTABLE} validate --no-net
                ${CUSTOS_PACKAGING_DIR}/${CUSTOS_APP_ID}.metainfo.xml)
        set_tests_properties(packaging.metainfo PROPERTIES LABELS packaging)
    endif()
endif()

# --- CPack: Debian package -----------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME custos)
set(CPACK_PACKAGE_VENDOR "Custos team")
set(CPACK_PACKAGE_CONTACT "Custos team <team@custos.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "encrypted back office for phone, fax and mail orders")
# One paragraph, lines under 80 columns (Debian policy); CPack indents them.
set(CPACK_PACKAGE_DESCRIPTION [[
Custos is a privacy-first back office for small businesses that take orders
by phone, fax and mail. Customers, orders and payment details are kept in an
encrypted SQLCipher vault. Card numbers are masked according to each user's
role, disclosure of sensitive data is gated by a background check, and
compliance reports are signed.
This package contains the desktop application (custos) and the command-line
tool (custos-cli).]])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Custos team <team@custos.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Linked libraries (Qt, SQLCipher, OpenSSL, zxcvbn) are found by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time are invisible to dpkg-shlibdeps:
#   libqt6svg6      - SVG icon engine and image format (the application icon is an SVG)
#   qt6-qpa-plugins - extra platform plugins (xcb and offscreen ship in libqt6gui6,
#                     which dpkg-shlibdeps already adds)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4), qt6-qpa-plugins (>= 6.4)")
#   qt6-wayland     - native Wayland platform plugin (XWayland works without it)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-dejavu-core")

include(CPack)
