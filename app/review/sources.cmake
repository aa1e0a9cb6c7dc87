# SPDX-License-Identifier: GPL-3.0-or-later
# Offline review in the window: comments, review state, proposed changes from Word, comparison.
target_sources(yttragui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/commentspane.cpp ${CMAKE_CURRENT_LIST_DIR}/commentspane.h
    ${CMAKE_CURRENT_LIST_DIR}/comparedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/comparedialog.h
    ${CMAKE_CURRENT_LIST_DIR}/proposedchangesdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/proposedchangesdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/reviewmenu.cpp ${CMAKE_CURRENT_LIST_DIR}/reviewmenu.h
    ${CMAKE_CURRENT_LIST_DIR}/wordchangehtml.cpp ${CMAKE_CURRENT_LIST_DIR}/wordchangehtml_p.h
)
