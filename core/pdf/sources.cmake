# SPDX-License-Identifier: GPL-3.0-or-later
# The PDF in the auditors' template: our own layout (Pango) drawn with cairo, tagged, and the
# page images of the print preview from the same layout.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cairoptr_p.h
    ${CMAKE_CURRENT_LIST_DIR}/comparisonpdf.cpp ${CMAKE_CURRENT_LIST_DIR}/comparisonpdf.h
    ${CMAKE_CURRENT_LIST_DIR}/logoimage.cpp ${CMAKE_CURRENT_LIST_DIR}/logoimage.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfarchive.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfarchive.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfblock.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfblockbuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfblockbuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfblocklayout.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfblocklayout_p.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfblockwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfblockwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfcopy.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfdocument.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfdocument.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfdocumentdata_p.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfdocumentinfo.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/pdffontcheck.cpp ${CMAKE_CURRENT_LIST_DIR}/pdffontcheck_p.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfpage.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfpaginator.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfpaginator_p.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfpainter.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfpainter_p.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfpangocontext.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfpangocontext_p.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfreviewnotes.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfreviewnotes_p.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfsplitrows.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfsplitrows.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfstyle.h
    ${CMAKE_CURRENT_LIST_DIR}/pdftextlayout.cpp ${CMAKE_CURRENT_LIST_DIR}/pdftextlayout_p.h
    ${CMAKE_CURRENT_LIST_DIR}/registerreport.cpp ${CMAKE_CURRENT_LIST_DIR}/registerreport.h
)
# librsvg draws an SVG logo as vectors; libqpdf makes cairo's tagged PDF archive-grade
# (PDF/A-2a, PDF/UA-1) on the object level.
pkg_check_modules(YTTRA_PDF REQUIRED IMPORTED_TARGET cairo pangocairo fontconfig libqpdf librsvg-2.0)
target_link_libraries(yttracore PRIVATE PkgConfig::YTTRA_PDF)
# qpdf 11: no PointerHolder, only std::shared_ptr.
target_compile_definitions(yttracore PRIVATE POINTERHOLDER_TRANSITION=4)
# clang 14 (the fuzz build's) cannot compile qpdf's JSON.hh as C++20 against libstdc++ 12
# (std::vector of a type not yet complete); the files that include qpdf need nothing newer
# than C++17.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/pdfarchive.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfsplitrows.cpp
        TARGET_DIRECTORY yttracore PROPERTIES COMPILE_OPTIONS -std=c++17)
endif()

# The output intent's sRGB profile, from Debian's icc-profiles-free, built into the library so
# that a PDF never depends on a file being where it was at build time.
set(YTTRA_SRGB_PROFILE /usr/share/color/icc/sRGB.icc CACHE FILEPATH "The sRGB ICC profile of the PDF/A output intent")
if(NOT EXISTS ${YTTRA_SRGB_PROFILE})
    message(FATAL_ERROR "${YTTRA_SRGB_PROFILE} is missing: run scripts/install-deps (icc-profiles-free)")
endif()
set_source_files_properties(${YTTRA_SRGB_PROFILE} PROPERTIES QT_RESOURCE_ALIAS sRGB.icc)
qt_add_resources(yttracore yttracore_pdf PREFIX /yttra/pdf FILES ${YTTRA_SRGB_PROFILE})
