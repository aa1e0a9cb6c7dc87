# SPDX-License-Identifier: GPL-3.0-or-later
# The statement itself: items, measures, deadlines, signatures, the review, the logo; and how a follow-up
# statement is derived from a first one; which part of it a comment is about. Plain values,
# no Qt models, no files.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/commenttargets.cpp ${CMAKE_CURRENT_LIST_DIR}/commenttargets.h
    ${CMAKE_CURRENT_LIST_DIR}/deadline.cpp ${CMAKE_CURRENT_LIST_DIR}/deadline.h
    ${CMAKE_CURRENT_LIST_DIR}/followup.cpp ${CMAKE_CURRENT_LIST_DIR}/followup.h
    ${CMAKE_CURRENT_LIST_DIR}/item.h
    ${CMAKE_CURRENT_LIST_DIR}/logo.h
    ${CMAKE_CURRENT_LIST_DIR}/measure.h
    ${CMAKE_CURRENT_LIST_DIR}/review.h
    ${CMAKE_CURRENT_LIST_DIR}/statement.cpp ${CMAKE_CURRENT_LIST_DIR}/statement.h
    ${CMAKE_CURRENT_LIST_DIR}/statementlimits.cpp ${CMAKE_CURRENT_LIST_DIR}/statementlimits.h
)
