# SPDX-License-Identifier: GPL-3.0-or-later
# The statement as a Word document, in Yttra's own template or the municipality's, and a
# review in Word read back: the package with libzip (core/zip), its XML with Qt's stream
# reader and writer.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/docxbody.cpp ${CMAKE_CURRENT_LIST_DIR}/docxbody_p.h
    ${CMAKE_CURRENT_LIST_DIR}/docxexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/docxexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/docxfieldreader.cpp ${CMAKE_CURRENT_LIST_DIR}/docxfieldreader_p.h
    ${CMAKE_CURRENT_LIST_DIR}/docxfields.cpp ${CMAKE_CURRENT_LIST_DIR}/docxfields.h
    ${CMAKE_CURRENT_LIST_DIR}/docxlogo.cpp ${CMAKE_CURRENT_LIST_DIR}/docxlogo_p.h
    ${CMAKE_CURRENT_LIST_DIR}/docxnumbering.cpp ${CMAKE_CURRENT_LIST_DIR}/docxnumbering_p.h
    ${CMAKE_CURRENT_LIST_DIR}/docxpackage.cpp ${CMAKE_CURRENT_LIST_DIR}/docxpackage_p.h
    ${CMAKE_CURRENT_LIST_DIR}/docxstyles.cpp ${CMAKE_CURRENT_LIST_DIR}/docxstyles_p.h
    ${CMAKE_CURRENT_LIST_DIR}/docxtemplatefill.cpp ${CMAKE_CURRENT_LIST_DIR}/docxtemplatefill_p.h
    ${CMAKE_CURRENT_LIST_DIR}/wordml_p.h
    ${CMAKE_CURRENT_LIST_DIR}/wordreviewimport.cpp ${CMAKE_CURRENT_LIST_DIR}/wordreviewimport.h
    ${CMAKE_CURRENT_LIST_DIR}/xmlnode.cpp ${CMAKE_CURRENT_LIST_DIR}/xmlnode_p.h
)

qt_add_resources(yttracore yttracore_word
    PREFIX /yttra/word
    BASE ${PROJECT_SOURCE_DIR}/resources/word
    FILES
        ${PROJECT_SOURCE_DIR}/resources/word/app.xml
        ${PROJECT_SOURCE_DIR}/resources/word/content-types.xml
        ${PROJECT_SOURCE_DIR}/resources/word/document.rels
        ${PROJECT_SOURCE_DIR}/resources/word/document.xml
        ${PROJECT_SOURCE_DIR}/resources/word/header1.xml
        ${PROJECT_SOURCE_DIR}/resources/word/numbering.xml
        ${PROJECT_SOURCE_DIR}/resources/word/package.rels
        ${PROJECT_SOURCE_DIR}/resources/word/settings.xml
        ${PROJECT_SOURCE_DIR}/resources/word/styles.xml
)
