# SPDX-License-Identifier: GPL-3.0-or-later
# The words: document labels in Swedish and English, the program's translations, spell checking
# (Hunspell), and reading dates and deadlines written in Swedish.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/datescanner.cpp ${CMAKE_CURRENT_LIST_DIR}/datescanner.h
    ${CMAKE_CURRENT_LIST_DIR}/deadlinetext.cpp ${CMAKE_CURRENT_LIST_DIR}/deadlinetext.h
    ${CMAKE_CURRENT_LIST_DIR}/documentlabels.cpp ${CMAKE_CURRENT_LIST_DIR}/documentlabels.h
    ${CMAKE_CURRENT_LIST_DIR}/spellchecker.cpp ${CMAKE_CURRENT_LIST_DIR}/spellchecker.h
    ${CMAKE_CURRENT_LIST_DIR}/translations.cpp ${CMAKE_CURRENT_LIST_DIR}/translations.h
)
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
target_link_libraries(yttracore PRIVATE PkgConfig::HUNSPELL)
