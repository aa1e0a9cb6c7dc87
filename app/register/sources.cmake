# SPDX-License-Identifier: GPL-3.0-or-later
# The register window: every recommendation in a folder tree of statements with its state,
# filtered, sorted and searched; read in the background, and again when the folder changes.
target_sources(yttragui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/registerfiltermodel.cpp ${CMAKE_CURRENT_LIST_DIR}/registerfiltermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/registermodel.cpp ${CMAKE_CURRENT_LIST_DIR}/registermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/registerwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/registerwindow.h
)
