# SPDX-License-Identifier: GPL-3.0-or-later
# The main window: menus, docks, files, outputs, recovery and locks as the user sees them.
target_sources(yttragui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
)
