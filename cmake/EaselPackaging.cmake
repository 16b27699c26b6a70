# Installation of the desktop integration files and CPack configuration (issue #10).
# The three programs install themselves (install(TARGETS) in src/); this adds the .desktop
# file, the AppStream metainfo, the icon, the man pages and the Debian copyright/changelog,
# then configures CPack: `cpack -G DEB` in the build folder (tools/check-package.sh checks
# the result). Windows, macOS, Flatpak and AppImage recipes are in packaging/.
include(GNUInstallDirs)

set(EASEL_APP_ID "io.github.easel.Easel")

if(NOT EASEL_CORE_ONLY)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/linux/${EASEL_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/linux/${EASEL_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/easel/scalable/apps/${EASEL_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# Debian wants /usr/share/doc/<package>, lower case (CMAKE_INSTALL_DOCDIR uses the project name).
set(_easel_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/easel)

# Man pages and the Debian changelog, compressed reproducibly (gzip -n: no name, no time).
find_program(EASEL_GZIP gzip)
set(_easel_compressed)
set(_easel_man_pages easel easel-run easel-sim)
if(EASEL_CORE_ONLY)
    set(_easel_man_pages easel-sim)
endif()
if(EASEL_GZIP)
    foreach(page IN LISTS _easel_man_pages)
        set(_out ${CMAKE_BINARY_DIR}/man/${page}.1.gz)
        add_custom_command(OUTPUT ${_out}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
            COMMAND ${EASEL_GZIP} -9nc ${CMAKE_SOURCE_DIR}/docs/man/${page}.1 > ${_out}
            DEPENDS ${CMAKE_SOURCE_DIR}/docs/man/${page}.1
            VERBATIM)
        list(APPEND _easel_compressed ${_out})
        install(FILES ${_out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
    set(_changelog ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
    add_custom_command(OUTPUT ${_changelog}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
        COMMAND ${EASEL_GZIP} -9nc ${CMAKE_SOURCE_DIR}/packaging/debian/changelog > ${_changelog}
        DEPENDS ${CMAKE_SOURCE_DIR}/packaging/debian/changelog
        VERBATIM)
    list(APPEND _easel_compressed ${_changelog})
    install(FILES ${_changelog} DESTINATION ${_easel_docdir})
    add_custom_target(easel_compressed_docs ALL DEPENDS ${_easel_compressed})
else()
    foreach(page IN LISTS _easel_man_pages)
        install(FILES ${CMAKE_SOURCE_DIR}/docs/man/${page}.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
endif()
install(FILES ${CMAKE_SOURCE_DIR}/packaging/debian/copyright DESTINATION ${_easel_docdir})

# Kiosk mode (issue 9, docs/kiosk.md): the systemd user unit that restarts a kiosk, the
# autostart entry that starts it (an example to copy: installing it in /etc/xdg/autostart
# would turn every account into a kiosk), the guide and an example policy.
if(NOT EASEL_CORE_ONLY)
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/kiosk/easel-kiosk.service
            DESTINATION lib/systemd/user) # /usr/lib/systemd/user
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/kiosk/easel-kiosk-autostart.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/easel/kiosk)
    install(FILES ${CMAKE_SOURCE_DIR}/docs/kiosk.md ${CMAKE_SOURCE_DIR}/docs/connections.md
            DESTINATION ${_easel_docdir}) # guides the man pages point to
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/kiosk/kiosk.conf.example
            DESTINATION ${_easel_docdir}/examples)
endif()

# Windows and macOS: windeployqt / macdeployqt run at install time through Qt's deploy
# scripts (Qt 6.4 signature: FILENAME_VARIABLE). Untested here; see packaging/windows and
# packaging/macos.
if((WIN32 OR APPLE) AND NOT EASEL_CORE_ONLY)
    foreach(_target easel easel-run easel-sim)
        qt_generate_deploy_app_script(TARGET ${_target} FILENAME_VARIABLE _deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${_deploy_script})
    endforeach()
endif()

# CPack: one package with the three programs.
set(CPACK_PACKAGE_NAME "easel")
set(CPACK_PACKAGE_VENDOR "The Easel authors")
set(CPACK_PACKAGE_CONTACT "The Easel authors <easel@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for the ComfyUI image generation server")
set(CPACK_PACKAGE_DESCRIPTION
"Easel opens API-format ComfyUI workflows, queues them on a ComfyUI server,
shows the progress and live preview frames, and saves the finished images.
.
The package also contains easel-run, a headless runner for scripts, and
easel-sim, a ComfyUI-compatible simulator for trying Easel without a GPU.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/easel/easel")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Easel")
set(CPACK_PACKAGE_EXECUTABLES "easel;Easel")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build[^/]*/")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Debian (.deb): library dependencies come from dpkg-shlibdeps; Qt plugins it cannot see
# (the svg icon engine, the webp image format, the SQLite driver of the library index) are
# added by hand (qt64-notes.md 6).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "graphics")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Video and audio: FFmpeg's libraries come through shlibdeps; Qt Multimedia plays through
# GStreamer, whose plugins (H.264/VP9/AV1/Opus/AAC decoders in -libav and -good) it loads at
# run time, unseen by shlibdeps. libsodium: Argon2id for the kiosk PIN (docs/kiosk.md).
# libgvc6: Graphviz, which lays out the graph map; its dot plugin is loaded at run time.
# libisal2: Intel ISA-L, the viewer's PNG inflate (also found by shlibdeps; listed so the
# dependency is visible here with the others).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-image-formats-plugins, libqt6sql6-sqlite, \
libqt6multimedia6, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav, \
libsodium23, libpng16-16, libgvc6, libisal2")
# QtKeychain needs a Secret Service or KWallet at run time to keep connection secrets.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# Windows (NSIS/WiX) and macOS (DragNDrop) settings for the recipes in packaging/; not
# built or tested here.
set(CPACK_NSIS_DISPLAY_NAME "Easel")
set(CPACK_NSIS_PACKAGE_NAME "Easel")
set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/packaging/windows/easel.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\easel.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_WIX_UPGRADE_GUID "6B5D1C2E-8E43-4C7A-9E0B-3C1F5A7D2E10")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_SOURCE_DIR}/packaging/windows/easel.ico")
set(CPACK_DMG_VOLUME_NAME "Easel")

include(CPack)
