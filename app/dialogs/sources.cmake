# SPDX-License-Identifier: GPL-3.0-or-later
# The dialogs the window and the editor open: follow-up, import (with the report's page view),
# link, settings.
target_sources(yttragui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/followupdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/followupdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/importdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/importdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/linkdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/linkdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/reportpageview.cpp ${CMAKE_CURRENT_LIST_DIR}/reportpageview.h
    ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h
)
