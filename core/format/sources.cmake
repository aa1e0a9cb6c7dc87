# SPDX-License-Identifier: GPL-3.0-or-later
# The .yttrande file: JSON with ordered members and line:column errors, the format's mapping,
# loading and saving, and the shipped example.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/example.cpp ${CMAKE_CURRENT_LIST_DIR}/example.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonformat.cpp ${CMAKE_CURRENT_LIST_DIR}/jsonformat.h
    ${CMAKE_CURRENT_LIST_DIR}/jsontext.cpp ${CMAKE_CURRENT_LIST_DIR}/jsontext.h
    ${CMAKE_CURRENT_LIST_DIR}/statementfile.cpp ${CMAKE_CURRENT_LIST_DIR}/statementfile.h
)
