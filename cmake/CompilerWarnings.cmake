# SPDX-License-Identifier: MIT
# casecalls_set_warnings(target): the project's warning set, errors when CASECALLS_WERROR is on.
function(casecalls_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(CASECALLS_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
            -Wcast-align -Woverloaded-virtual
            -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
        if(CASECALLS_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()
