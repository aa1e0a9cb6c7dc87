# SPDX-License-Identifier: GPL-3.0-or-later
# The live preview (laid out in a worker thread) and printing from the same layout.
target_sources(yttragui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pageprinter.cpp ${CMAKE_CURRENT_LIST_DIR}/pageprinter.h
    ${CMAKE_CURRENT_LIST_DIR}/previewpane.cpp ${CMAKE_CURRENT_LIST_DIR}/previewpane.h
    ${CMAKE_CURRENT_LIST_DIR}/previewworker.cpp ${CMAKE_CURRENT_LIST_DIR}/previewworker_p.h
)
