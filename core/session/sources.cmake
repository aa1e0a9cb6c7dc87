# SPDX-License-Identifier: GPL-3.0-or-later
# What an editing session keeps around the document: settings, autosave and recovery, lock
# files for shared drives, who and where the user is, and which logo the outputs carry.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/boardlogo.cpp ${CMAKE_CURRENT_LIST_DIR}/boardlogo.h
    ${CMAKE_CURRENT_LIST_DIR}/localsystem.cpp ${CMAKE_CURRENT_LIST_DIR}/localsystem.h
    ${CMAKE_CURRENT_LIST_DIR}/lockfile.cpp ${CMAKE_CURRENT_LIST_DIR}/lockfile.h
    ${CMAKE_CURRENT_LIST_DIR}/recovery.cpp ${CMAKE_CURRENT_LIST_DIR}/recovery.h
    ${CMAKE_CURRENT_LIST_DIR}/settings.cpp ${CMAKE_CURRENT_LIST_DIR}/settings.h
    ${CMAKE_CURRENT_LIST_DIR}/settingsformat.cpp ${CMAKE_CURRENT_LIST_DIR}/settingsformat.h
)
