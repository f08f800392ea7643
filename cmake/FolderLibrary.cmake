# SPDX-License-Identifier: MIT
# casecalls_add_library(name [TRANSLATABLE] USES targets... SOURCES files...)
# One folder, one static library. Its only public include directory is its own folder, and it
# links only the libraries in USES (PUBLIC, so their headers may appear in its own): an include
# of a header from any other folder is not found and fails to compile. tests/layout proves it.
# TRANSLATABLE adds the sources to the list lupdate scans (app/CMakeLists.txt).
function(casecalls_add_library name)
    cmake_parse_arguments(arg "TRANSLATABLE" "" "USES;SOURCES" ${ARGN})
    add_library(${name} STATIC ${arg_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${arg_USES})
    casecalls_set_warnings(${name})
    if(arg_TRANSLATABLE)
        list(TRANSFORM arg_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
        set_property(GLOBAL APPEND PROPERTY CASECALLS_TRANSLATABLE_SOURCES ${arg_SOURCES})
    endif()
endfunction()
