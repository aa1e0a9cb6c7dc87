# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, warnings and Qt strictness for every target.

add_library(yttra_common INTERFACE)
target_compile_features(yttra_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(yttra_common INTERFACE -Wall -Wextra -Wpedantic
    $<$<BOOL:${YTTRA_WERROR}>:-Werror>)
target_compile_definitions(yttra_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    YTTRA_VERSION="${PROJECT_VERSION}")

# The sanitizers stop at the first finding, so a finding fails the test or the fuzz run that
# made it. Qt and the other libraries are not instrumented: their own errors go unseen.
if(YTTRA_SANITIZE OR YTTRA_FUZZ)
    set(yttra_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(yttra_common INTERFACE ${yttra_sanitizers})
    target_link_options(yttra_common INTERFACE ${yttra_sanitizers})
endif()
if(YTTRA_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "YTTRA_FUZZ needs clang's libFuzzer: configure with CXX=clang++")
    endif()
    # Coverage for the fuzzer in every object; only yttra-fuzz links libFuzzer's main.
    target_compile_options(yttra_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
