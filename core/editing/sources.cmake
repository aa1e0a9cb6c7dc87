# SPDX-License-Identifier: GPL-3.0-or-later
# What the editor needs beyond the document and needs no widgets for: settings, autosave
# and recovery, lock files for shared drives, spell checking, and the measure filter.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/listpointer.h
    ${CMAKE_CURRENT_LIST_DIR}/localsystem.cpp ${CMAKE_CURRENT_LIST_DIR}/localsystem.h
    ${CMAKE_CURRENT_LIST_DIR}/lockfile.cpp ${CMAKE_CURRENT_LIST_DIR}/lockfile.h
    ${CMAKE_CURRENT_LIST_DIR}/measurefiltermodel.cpp ${CMAKE_CURRENT_LIST_DIR}/measurefiltermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/pendingrowchange.h
    ${CMAKE_CURRENT_LIST_DIR}/recovery.cpp ${CMAKE_CURRENT_LIST_DIR}/recovery.h
    ${CMAKE_CURRENT_LIST_DIR}/settings.cpp ${CMAKE_CURRENT_LIST_DIR}/settings.h
    ${CMAKE_CURRENT_LIST_DIR}/spellchecker.cpp ${CMAKE_CURRENT_LIST_DIR}/spellchecker.h
)
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
target_link_libraries(yttracore PRIVATE PkgConfig::HUNSPELL)
target_include_directories(yttracore PUBLIC ${CMAKE_CURRENT_LIST_DIR})
