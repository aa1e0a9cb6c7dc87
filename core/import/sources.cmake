# SPDX-License-Identifier: GPL-3.0-or-later
# Starting a statement from the auditors' report: reading the PDF (poppler-qt6, scanned pages
# through text recognition with Tesseract) or text, cleaning it, and finding the audit's details,
# deadlines and items.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/boardresolver.cpp ${CMAKE_CURRENT_LIST_DIR}/boardresolver.h
    ${CMAKE_CURRENT_LIST_DIR}/detailfinder.cpp ${CMAKE_CURRENT_LIST_DIR}/detailfinder.h
    ${CMAKE_CURRENT_LIST_DIR}/importedreport.cpp ${CMAKE_CURRENT_LIST_DIR}/importedreport.h
    ${CMAKE_CURRENT_LIST_DIR}/importpasses.cpp ${CMAKE_CURRENT_LIST_DIR}/importpasses.h
    ${CMAKE_CURRENT_LIST_DIR}/itemfinder.cpp ${CMAKE_CURRENT_LIST_DIR}/itemfinder.h
    ${CMAKE_CURRENT_LIST_DIR}/itemscanner.cpp ${CMAKE_CURRENT_LIST_DIR}/itemscanner.h
    ${CMAKE_CURRENT_LIST_DIR}/pagerecognizer.cpp ${CMAKE_CURRENT_LIST_DIR}/pagerecognizer.h
    ${CMAKE_CURRENT_LIST_DIR}/pagecleanup.cpp ${CMAKE_CURRENT_LIST_DIR}/pagecleanup.h
    ${CMAKE_CURRENT_LIST_DIR}/reportimporter.cpp ${CMAKE_CURRENT_LIST_DIR}/reportimporter.h
    ${CMAKE_CURRENT_LIST_DIR}/reportpage.h
    ${CMAKE_CURRENT_LIST_DIR}/reportpageimage.cpp ${CMAKE_CURRENT_LIST_DIR}/reportpageimage.h
    ${CMAKE_CURRENT_LIST_DIR}/reportreader.cpp ${CMAKE_CURRENT_LIST_DIR}/reportreader.h
    ${CMAKE_CURRENT_LIST_DIR}/reporttext.cpp ${CMAKE_CURRENT_LIST_DIR}/reporttext.h
    ${CMAKE_CURRENT_LIST_DIR}/textdistance.cpp ${CMAKE_CURRENT_LIST_DIR}/textdistance_p.h
    ${CMAKE_CURRENT_LIST_DIR}/wordlayout.cpp ${CMAKE_CURRENT_LIST_DIR}/wordlayout.h
)
pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler-qt6)
target_link_libraries(yttracore PRIVATE PkgConfig::POPPLER)
# Scanned pages: Tesseract's C++ API, with its Swedish data (Debian: tesseract-ocr-swe).
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract)
target_link_libraries(yttracore PRIVATE PkgConfig::TESSERACT)
