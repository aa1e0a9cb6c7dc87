# SPDX-License-Identifier: GPL-3.0-or-later
# What every layer uses: results with reasons, file errors, enumeration names, atomic saving.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/enumnames.h
    ${CMAKE_CURRENT_LIST_DIR}/fileerror.h
    ${CMAKE_CURRENT_LIST_DIR}/result.h
    ${CMAKE_CURRENT_LIST_DIR}/savefile.cpp ${CMAKE_CURRENT_LIST_DIR}/savefile.h
)
