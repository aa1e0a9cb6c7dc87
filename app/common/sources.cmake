# SPDX-License-Identifier: GPL-3.0-or-later
# What every part of the window uses: message boxes (answerable in tests) and file dialogs.
target_sources(yttragui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/filedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/filedialog.h
    ${CMAKE_CURRENT_LIST_DIR}/messagebox.cpp ${CMAKE_CURRENT_LIST_DIR}/messagebox.h
)
