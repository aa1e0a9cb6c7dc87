# SPDX-License-Identifier: GPL-3.0-or-later
# The editor's forms and fields: navigator, pages, rich text, dates and deadlines, spelling.
target_sources(yttragui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/auditpage.cpp ${CMAKE_CURRENT_LIST_DIR}/auditpage.h
    ${CMAKE_CURRENT_LIST_DIR}/completenesspanel.cpp ${CMAKE_CURRENT_LIST_DIR}/completenesspanel.h
    ${CMAKE_CURRENT_LIST_DIR}/detailspage.cpp ${CMAKE_CURRENT_LIST_DIR}/detailspage.h
    ${CMAKE_CURRENT_LIST_DIR}/editorpage.cpp ${CMAKE_CURRENT_LIST_DIR}/editorpage.h
    ${CMAKE_CURRENT_LIST_DIR}/fieldbinder.cpp ${CMAKE_CURRENT_LIST_DIR}/fieldbinder_p.h
    ${CMAKE_CURRENT_LIST_DIR}/itempage.cpp ${CMAKE_CURRENT_LIST_DIR}/itempage.h
    ${CMAKE_CURRENT_LIST_DIR}/measuredelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/measuredelegate_p.h
    ${CMAKE_CURRENT_LIST_DIR}/measurespage.cpp ${CMAKE_CURRENT_LIST_DIR}/measurespage.h
    ${CMAKE_CURRENT_LIST_DIR}/navigatordelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/navigatordelegate_p.h
    ${CMAKE_CURRENT_LIST_DIR}/signaturespage.cpp ${CMAKE_CURRENT_LIST_DIR}/signaturespage.h
    ${CMAKE_CURRENT_LIST_DIR}/statementeditor.cpp ${CMAKE_CURRENT_LIST_DIR}/statementeditor.h
    ${CMAKE_CURRENT_LIST_DIR}/summarypage.cpp ${CMAKE_CURRENT_LIST_DIR}/summarypage_p.h
)
