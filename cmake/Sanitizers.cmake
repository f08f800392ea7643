# SPDX-License-Identifier: MIT
# CASECALLS_SANITIZE: comma-separated sanitizers for every target, e.g. "address,undefined".
# CASECALLS_FUZZ: instrument everything for libFuzzer and build tests/fuzz (clang only).
# Included from the root CMakeLists before any target is defined, so the flags reach them all.
set(CASECALLS_SANITIZE "" CACHE STRING "Sanitizers for all targets, e.g. address,undefined")
option(CASECALLS_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(CASECALLS_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "CASECALLS_SANITIZE is for GCC and Clang")
    endif()
    add_compile_options(-fsanitize=${CASECALLS_SANITIZE} -fno-omit-frame-pointer -g)
    add_link_options(-fsanitize=${CASECALLS_SANITIZE})
    if(CASECALLS_SANITIZE MATCHES "undefined")
        # A UB report must fail the test that caused it, not scroll by.
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
endif()

if(CASECALLS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(WARNING "CASECALLS_FUZZ needs clang (libFuzzer); the fuzz targets are not built")
        set(CASECALLS_FUZZ OFF CACHE BOOL "" FORCE)
    else()
        # Coverage instrumentation everywhere; only the fuzz executables link libFuzzer's main.
        add_compile_options(-fsanitize=fuzzer-no-link)
    endif()
endif()
