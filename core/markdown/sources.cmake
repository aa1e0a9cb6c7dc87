# SPDX-License-Identifier: GPL-3.0-or-later
# The one Markdown reader (md4c) and the one writer, and the bridge to the editor's rich text.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/markdown.cpp ${CMAKE_CURRENT_LIST_DIR}/markdown.h
    ${CMAKE_CURRENT_LIST_DIR}/markdowntextdocument.cpp ${CMAKE_CURRENT_LIST_DIR}/markdowntextdocument.h
    ${CMAKE_CURRENT_LIST_DIR}/markdownwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/markdownwriter.h
)
pkg_check_modules(MD4C REQUIRED IMPORTED_TARGET md4c)
target_link_libraries(yttracore PRIVATE PkgConfig::MD4C)
