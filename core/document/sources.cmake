# SPDX-License-Identifier: GPL-3.0-or-later
# The statement being edited: every change a command on the undo stack, the fields by JSON
# pointer, and the item models the views show.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/documentcommands.cpp ${CMAKE_CURRENT_LIST_DIR}/documentcommands_p.h
    ${CMAKE_CURRENT_LIST_DIR}/listpointer.h
    ${CMAKE_CURRENT_LIST_DIR}/measurefiltermodel.cpp ${CMAKE_CURRENT_LIST_DIR}/measurefiltermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/measuretablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/measuretablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/navigatormodel.cpp ${CMAKE_CURRENT_LIST_DIR}/navigatormodel.h
    ${CMAKE_CURRENT_LIST_DIR}/pendingrowchange.h
    ${CMAKE_CURRENT_LIST_DIR}/statementdocument.cpp ${CMAKE_CURRENT_LIST_DIR}/statementdocument.h
    ${CMAKE_CURRENT_LIST_DIR}/statementfields.cpp ${CMAKE_CURRENT_LIST_DIR}/statementfields.h
)
