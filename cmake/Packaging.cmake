# SPDX-License-Identifier: MIT
# Install rules for the desktop integration and the CPack settings of every platform:
#   Linux    a .deb (desktop file, AppStream metainfo, hicolor icons, man page)
#   Windows  an NSIS installer, with Qt deployed by windeployqt
#   macOS    a drag-and-drop disk image of a bundle deployed by macdeployqt
# Included from the root CMakeLists after app/, so the casecalls target exists.
# How to build each package, and what was tested where: packaging/README.md.
include(GNUInstallDirs)

set(CASECALLS_APP_ID org.casecalls.CaseCalls)
set(casecalls_packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(casecalls_icon_dir ${PROJECT_SOURCE_DIR}/resources/appicon)
# A placeholder for the project's future home (see packaging/README.md).
set(casecalls_homepage https://casecalls.example.org/)

set(CPACK_PACKAGE_NAME casecalls)
set(CPACK_PACKAGE_VENDOR "Case Calls contributors")
set(CPACK_PACKAGE_CONTACT "Case Calls contributors <maintainers@casecalls.example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "review the phone calls of an estate case")
# Wrapped by hand: the .deb's control file wants lines of at most 80 characters.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Case Calls is a desktop application for estate-settlement case workers.\n"
    "It pages in the phone calls of a case from the case service's REST API,\n"
    "shows each call's summary, transcript and action items, and plays its\n"
    "recording. The service token is kept in the system keychain.\n"
    "\n"
    "casecalls --demo opens a built-in sample case that needs no server.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${casecalls_homepage})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Case Calls")
set(CPACK_RESOURCE_FILE_LICENSE ${casecalls_packaging_dir}/LICENSE.txt)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

# Gzips `input` into `output` the way Debian wants (best compression, no name or time stamp).
function(casecalls_gzip input output)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${input})
    execute_process(COMMAND gzip -9n -c ${input} OUTPUT_FILE ${output} COMMAND_ERROR_IS_FATAL ANY)
endfunction()

# /usr/share/doc/casecalls/copyright in Debian's machine-readable format, made from
# packaging/LICENSE.txt so the licence text has one source.
function(casecalls_write_debian_copyright output)
    set(license_file ${casecalls_packaging_dir}/LICENSE.txt)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${license_file})
    file(STRINGS ${license_file} license_lines)
    list(REMOVE_AT license_lines 0 1 2 3) # "MIT License", blank, copyright line, blank
    set(body "")
    foreach(line IN LISTS license_lines)
        if(line STREQUAL "")
            string(APPEND body " .\n")
        else()
            string(APPEND body " ${line}\n")
        endif()
    endforeach()
    file(WRITE ${output}
         "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
         "Upstream-Name: Case Calls\n"
         "Upstream-Contact: ${CPACK_PACKAGE_CONTACT}\n"
         "Source: ${casecalls_homepage}\n\n"
         "Files: *\n"
         "Copyright: 2026 Case Calls contributors\n"
         "License: MIT\n\n"
         "License: MIT\n"
         "${body}")
endfunction()

# The metainfo's newest release must be this version: AppStream shows it as release notes.
function(casecalls_check_metainfo_release metainfo)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${metainfo})
    file(READ ${metainfo} text)
    string(REGEX MATCH "<release version=\"([^\"]+)\"" first_release "${text}")
    if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
        message(FATAL_ERROR "${metainfo}: the first <release> is '${CMAKE_MATCH_1}', but the "
                            "project is ${PROJECT_VERSION}: add release notes for it")
    endif()
endfunction()

function(casecalls_install_linux_desktop_integration)
    set(linux_dir ${casecalls_packaging_dir}/linux)
    set(out_dir ${PROJECT_BINARY_DIR}/packaging)
    set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})
    casecalls_check_metainfo_release(${linux_dir}/${CASECALLS_APP_ID}.metainfo.xml)

    install(FILES ${linux_dir}/${CASECALLS_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${linux_dir}/${CASECALLS_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/casecalls.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${CASECALLS_APP_ID}.svg)
    install(DIRECTORY ${casecalls_icon_dir}/hicolor/
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor
            FILES_MATCHING PATTERN "*.png")

    configure_file(${linux_dir}/casecalls.1.in ${out_dir}/casecalls.1 @ONLY)
    casecalls_gzip(${out_dir}/casecalls.1 ${out_dir}/casecalls.1.gz)
    install(FILES ${out_dir}/casecalls.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

    casecalls_gzip(${linux_dir}/changelog ${out_dir}/changelog.gz)
    casecalls_write_debian_copyright(${out_dir}/copyright)
    install(FILES ${out_dir}/changelog.gz ${out_dir}/copyright DESTINATION ${doc_dir})
endfunction()

# The packages that the media backend Qt will load at run time needs, into `out`. Qt 6.4
# prefers GStreamer when both of its backends are installed, Qt 6.5 and later FFmpeg (and Debian
# 13's Qt ships no GStreamer backend). The FFmpeg plugin links what it loads, so its own package
# is enough; the GStreamer plugin finds its elements at run time: the plugins that play WAV
# (wavparse) and MP3 (mpegaudioparse, mpg123audiodec: both in -good) and the PulseAudio sink.
function(casecalls_media_backend_depends out)
    # Debian and Ubuntu keep Qt's plugins in <libdir>/qt6/plugins; Qt's CMake files do not
    # export every media plugin (Debian 12's lists only GStreamer), so the files decide.
    get_target_property(multimedia_library Qt6::Multimedia LOCATION)
    get_filename_component(library_dir ${multimedia_library} DIRECTORY)
    set(plugin_dir ${library_dir}/qt6/plugins/multimedia)
    set(ffmpeg_plugin ${plugin_dir}/libffmpegmediaplugin.so)
    set(gstreamer_plugin ${plugin_dir}/libgstreamermediaplugin.so)
    if(EXISTS ${ffmpeg_plugin} AND (Qt6_VERSION VERSION_GREATER_EQUAL 6.5 OR NOT EXISTS ${gstreamer_plugin}))
        execute_process(COMMAND dpkg-query --search ${ffmpeg_plugin}
            OUTPUT_VARIABLE owner RESULT_VARIABLE status OUTPUT_STRIP_TRAILING_WHITESPACE)
        string(REGEX MATCH "^[^:,]+" package "${owner}")
        if(NOT status EQUAL 0 OR package STREQUAL "")
            message(WARNING "No package owns ${ffmpeg_plugin}; the .deb cannot name it")
            set(package libqt6multimedia6)
        endif()
        message(STATUS "Media backend at run time: FFmpeg (${package})")
        set(${out} "${package}" PARENT_SCOPE)
    else()
        message(STATUS "Media backend at run time: GStreamer")
        set(${out} "gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-pulseaudio"
            PARENT_SCOPE)
    endif()
endfunction()

function(casecalls_configure_deb)
    set(CPACK_GENERATOR DEB PARENT_SCOPE)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT PARENT_SCOPE) # casecalls_0.1.0_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION misc PARENT_SCOPE)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional PARENT_SCOPE)
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz PARENT_SCOPE)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON PARENT_SCOPE)
    # Linked libraries (Qt, QtKeychain, ...) come from dpkg-shlibdeps. What is only loaded at
    # run time is listed by hand: the media backend the running Qt will choose (below), Qt's SVG
    # icon engine (the window and toolbar icons), and libsecret, which QtKeychain dlopens to
    # reach the Secret Service.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON PARENT_SCOPE)
    casecalls_media_backend_depends(media_depends)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${media_depends}, libqt6svg6, libsecret-1-0" PARENT_SCOPE)
    # A keychain daemon keeps the token between sessions; without one the app keeps it for the
    # session only. Qt's own translations for the dialogs; Wayland without XWayland.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-wayland"
        PARENT_SCOPE)
endfunction()

# The app's icon and version in Explorer, a GUI-subsystem executable (no console window), Qt
# deployed next to it by windeployqt, and an NSIS installer with Start menu and desktop links.
function(casecalls_configure_windows)
    set_target_properties(casecalls PROPERTIES WIN32_EXECUTABLE ON)
    string(REPLACE "." "," version_commas "${PROJECT_VERSION}.0")
    set(CASECALLS_ICO ${casecalls_icon_dir}/casecalls.ico)
    configure_file(${casecalls_packaging_dir}/windows/casecalls.rc.in
                   ${PROJECT_BINARY_DIR}/packaging/casecalls.rc @ONLY)
    target_sources(casecalls PRIVATE ${PROJECT_BINARY_DIR}/packaging/casecalls.rc)

    casecalls_install_qt_deployment()
    # windeployqt copies Qt's DLLs and plugins only; the other shared libraries go by hand.
    casecalls_install_runtime_of(qt6keychain)
    find_package(simdjson CONFIG QUIET) # models/decode found it, in its own scope
    casecalls_install_runtime_of(simdjson::simdjson)

    set(CPACK_GENERATOR NSIS PARENT_SCOPE)
    set(CPACK_NSIS_PACKAGE_NAME "Case Calls" PARENT_SCOPE)
    set(CPACK_NSIS_DISPLAY_NAME "Case Calls ${PROJECT_VERSION}" PARENT_SCOPE)
    set(CPACK_NSIS_MUI_ICON ${CASECALLS_ICO} PARENT_SCOPE)
    set(CPACK_NSIS_MUI_UNIICON ${CASECALLS_ICO} PARENT_SCOPE)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\casecalls.exe" PARENT_SCOPE)
    set(CPACK_NSIS_URL_INFO_ABOUT ${casecalls_homepage} PARENT_SCOPE)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON PARENT_SCOPE)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON PARENT_SCOPE)
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Case Calls" PARENT_SCOPE)
    set(CPACK_PACKAGE_EXECUTABLES casecalls "Case Calls" PARENT_SCOPE)
    set(CPACK_CREATE_DESKTOP_LINKS casecalls PARENT_SCOPE)
endfunction()

# A CaseCalls.app bundle with its Info.plist and icon, Qt deployed into it by macdeployqt, and a
# disk image to drag it to Applications from.
function(casecalls_configure_macos)
    set(icns ${casecalls_icon_dir}/casecalls.icns)
    set_source_files_properties(${icns} TARGET_DIRECTORY casecalls
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(casecalls PRIVATE ${icns})
    set_target_properties(
        casecalls
        PROPERTIES MACOSX_BUNDLE ON
                   OUTPUT_NAME CaseCalls
                   MACOSX_BUNDLE_INFO_PLIST ${casecalls_packaging_dir}/macos/Info.plist.in
                   MACOSX_BUNDLE_GUI_IDENTIFIER ${CASECALLS_APP_ID}
                   MACOSX_BUNDLE_BUNDLE_NAME "Case Calls"
                   MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
                   MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
                   MACOSX_BUNDLE_ICON_FILE casecalls.icns
                   MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 Case Calls contributors")
    casecalls_install_qt_deployment()

    set(CPACK_GENERATOR DragNDrop PARENT_SCOPE)
    set(CPACK_DMG_VOLUME_NAME "Case Calls" PARENT_SCOPE)
    set(CPACK_DMG_FORMAT UDZO PARENT_SCOPE)
    set(CPACK_PACKAGE_ICON ${icns} PARENT_SCOPE)
endfunction()

# windeployqt / macdeployqt at install time. Qt 6.4 names the output FILENAME_VARIABLE; 6.5
# renamed it OUTPUT_SCRIPT and deprecated the old name.
function(casecalls_install_qt_deployment)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET casecalls OUTPUT_SCRIPT deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET casecalls FILENAME_VARIABLE deploy_script)
    endif()
    install(SCRIPT ${deploy_script})
endfunction()

# Installs the DLL behind an imported shared library target, if the build uses one.
function(casecalls_install_runtime_of target)
    if(NOT TARGET ${target})
        return()
    endif()
    get_target_property(aliased ${target} ALIASED_TARGET)
    if(aliased)
        set(target ${aliased})
    endif()
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "SHARED_LIBRARY")
        install(IMPORTED_RUNTIME_ARTIFACTS ${target})
    endif()
endfunction()

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    casecalls_install_linux_desktop_integration()
    casecalls_configure_deb()
elseif(WIN32)
    casecalls_configure_windows()
elseif(APPLE)
    casecalls_configure_macos()
endif()

include(CPack)
