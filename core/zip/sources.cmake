# SPDX-License-Identifier: GPL-3.0-or-later
# Zip containers (Word documents, Excel workbooks) read and written with libzip: never by hand.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/zippackage.cpp ${CMAKE_CURRENT_LIST_DIR}/zippackage.h
)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
target_link_libraries(yttracore PRIVATE PkgConfig::LIBZIP)
