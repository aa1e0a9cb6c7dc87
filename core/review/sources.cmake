# SPDX-License-Identifier: GPL-3.0-or-later
# Offline review: comments and review state as document edits, merging a reviewer's
# comments back, and comparing two versions of a statement.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/commentmerge.cpp ${CMAKE_CURRENT_LIST_DIR}/commentmerge.h
    ${CMAKE_CURRENT_LIST_DIR}/comparison.cpp ${CMAKE_CURRENT_LIST_DIR}/comparison.h
    ${CMAKE_CURRENT_LIST_DIR}/reviewediting.cpp ${CMAKE_CURRENT_LIST_DIR}/reviewediting.h
    ${CMAKE_CURRENT_LIST_DIR}/worddiff.cpp ${CMAKE_CURRENT_LIST_DIR}/worddiff.h
)
