# SPDX-License-Identifier: MIT
# CASECALLS_SANITIZE: comma-separated sanitizers for every target, e.g. "address,undefined".
# CASECALLS_FUZZ: instrument everything for libFuzzer and build tests/fuzz (clang only).
# Included from the root CMakeLists before any target is defined, so the flags reach them all.
# Debug information comes from the build type (.ci/sanitize-and-fuzz.sh uses -O1 -g1).
set(CASECALLS_SANITIZE "" CACHE STRING "Sanitizers for all targets, e.g. address,undefined")
option(CASECALLS_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(CASECALLS_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "CASECALLS_SANITIZE is for GCC and Clang")
    endif()
    add_compile_options(-fsanitize=${CASECALLS_SANITIZE} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${CASECALLS_SANITIZE})
    if(CASECALLS_SANITIZE MATCHES "undefined")
        # A UB report must fail the test that caused it, not scroll by.
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    # A sanitized build is for the test suite: the benchmark (run by hand, never by CTest) is
    # left out of `all`, which saves a tenth of the build. Deferred: it is defined later.
    cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL casecalls_exclude_bench_from_all)
    function(casecalls_exclude_bench_from_all)
        foreach(target casecalls-bench casecalls-bench-probe)
            if(TARGET ${target})
                set_target_properties(${target} PROPERTIES EXCLUDE_FROM_ALL ON)
            endif()
        endforeach()
    endfunction()
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
