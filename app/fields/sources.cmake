# SPDX-License-Identifier: GPL-3.0-or-later
# The editor's fields as widgets of their own: rich text (with paste cleaning and spelling),
# dates, deadlines, the logo thumbnail, and Ctrl+Z going to the document.
target_sources(yttragui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/datefield.cpp ${CMAKE_CURRENT_LIST_DIR}/datefield.h
    ${CMAKE_CURRENT_LIST_DIR}/deadlinefield.cpp ${CMAKE_CURRENT_LIST_DIR}/deadlinefield.h
    ${CMAKE_CURRENT_LIST_DIR}/deadlineinput.cpp ${CMAKE_CURRENT_LIST_DIR}/deadlineinput.h
    ${CMAKE_CURRENT_LIST_DIR}/logothumbnail.cpp ${CMAKE_CURRENT_LIST_DIR}/logothumbnail.h
    ${CMAKE_CURRENT_LIST_DIR}/markdowntextedit.cpp ${CMAKE_CURRENT_LIST_DIR}/markdowntextedit.h
    ${CMAKE_CURRENT_LIST_DIR}/pastecleaner.cpp ${CMAKE_CURRENT_LIST_DIR}/pastecleaner.h
    ${CMAKE_CURRENT_LIST_DIR}/richtextedit.cpp ${CMAKE_CURRENT_LIST_DIR}/richtextedit.h
    ${CMAKE_CURRENT_LIST_DIR}/spellcheck.cpp ${CMAKE_CURRENT_LIST_DIR}/spellcheck.h
    ${CMAKE_CURRENT_LIST_DIR}/spellhighlighter.cpp ${CMAKE_CURRENT_LIST_DIR}/spellhighlighter_p.h
    ${CMAKE_CURRENT_LIST_DIR}/undoshortcutfilter.cpp ${CMAKE_CURRENT_LIST_DIR}/undoshortcutfilter.h
)
