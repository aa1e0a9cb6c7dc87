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
