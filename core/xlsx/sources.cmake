# SPDX-License-Identifier: GPL-3.0-or-later
# The Excel action plan, written with libxlsxwriter (never hand-written OOXML).
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/registerworkbook.cpp ${CMAKE_CURRENT_LIST_DIR}/registerworkbook.h
    ${CMAKE_CURRENT_LIST_DIR}/xlsxarchivecheck.cpp ${CMAKE_CURRENT_LIST_DIR}/xlsxarchivecheck_p.h
    ${CMAKE_CURRENT_LIST_DIR}/xlsxexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/xlsxexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/xlsxworkbook.cpp ${CMAKE_CURRENT_LIST_DIR}/xlsxworkbook_p.h
)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
target_link_libraries(yttracore PRIVATE PkgConfig::XLSXWRITER)
