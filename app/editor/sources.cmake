# SPDX-License-Identifier: GPL-3.0-or-later
# The editor's widgets and forms, added to yttragui (included from app/CMakeLists.txt).

set(yttra_editor_dir ${CMAKE_CURRENT_LIST_DIR})
target_sources(yttragui PRIVATE
    ${yttra_editor_dir}/auditpage.cpp ${yttra_editor_dir}/auditpage.h
    ${yttra_editor_dir}/commentspane.cpp ${yttra_editor_dir}/commentspane.h
    ${yttra_editor_dir}/comparedialog.cpp ${yttra_editor_dir}/comparedialog.h
    ${yttra_editor_dir}/completenesspanel.cpp ${yttra_editor_dir}/completenesspanel.h
    ${yttra_editor_dir}/datefield.cpp ${yttra_editor_dir}/datefield.h
    ${yttra_editor_dir}/deadlinefield.cpp ${yttra_editor_dir}/deadlinefield.h
    ${yttra_editor_dir}/deadlineinput.cpp ${yttra_editor_dir}/deadlineinput.h
    ${yttra_editor_dir}/detailspage.cpp ${yttra_editor_dir}/detailspage.h
    ${yttra_editor_dir}/editorpage.cpp ${yttra_editor_dir}/editorpage.h
    ${yttra_editor_dir}/filedialog.cpp ${yttra_editor_dir}/filedialog.h
    ${yttra_editor_dir}/fieldbinder.cpp ${yttra_editor_dir}/fieldbinder.h
    ${yttra_editor_dir}/followupdialog.cpp ${yttra_editor_dir}/followupdialog.h
    ${yttra_editor_dir}/importdialog.cpp ${yttra_editor_dir}/importdialog.h
    ${yttra_editor_dir}/itempage.cpp ${yttra_editor_dir}/itempage.h
    ${yttra_editor_dir}/linkdialog.cpp ${yttra_editor_dir}/linkdialog.h
    ${yttra_editor_dir}/logothumbnail.cpp ${yttra_editor_dir}/logothumbnail.h
    ${yttra_editor_dir}/markdowntextedit.cpp ${yttra_editor_dir}/markdowntextedit.h
    ${yttra_editor_dir}/measuredelegate.cpp ${yttra_editor_dir}/measuredelegate.h
    ${yttra_editor_dir}/measurespage.cpp ${yttra_editor_dir}/measurespage.h
    ${yttra_editor_dir}/navigatordelegate.cpp ${yttra_editor_dir}/navigatordelegate.h
    ${yttra_editor_dir}/pageprinter.cpp ${yttra_editor_dir}/pageprinter.h
    ${yttra_editor_dir}/pastecleaner.cpp ${yttra_editor_dir}/pastecleaner.h
    ${yttra_editor_dir}/previewpane.cpp ${yttra_editor_dir}/previewpane.h
    ${yttra_editor_dir}/previewworker.cpp ${yttra_editor_dir}/previewworker.h
    ${yttra_editor_dir}/proposedchangesdialog.cpp ${yttra_editor_dir}/proposedchangesdialog.h
    ${yttra_editor_dir}/reviewmenu.cpp ${yttra_editor_dir}/reviewmenu.h
    ${yttra_editor_dir}/richtextedit.cpp ${yttra_editor_dir}/richtextedit.h
    ${yttra_editor_dir}/settingsdialog.cpp ${yttra_editor_dir}/settingsdialog.h
    ${yttra_editor_dir}/signaturespage.cpp ${yttra_editor_dir}/signaturespage.h
    ${yttra_editor_dir}/spellcheck.cpp ${yttra_editor_dir}/spellcheck.h
    ${yttra_editor_dir}/spellhighlighter.cpp ${yttra_editor_dir}/spellhighlighter.h
    ${yttra_editor_dir}/statementeditor.cpp ${yttra_editor_dir}/statementeditor.h
    ${yttra_editor_dir}/summarypage.cpp ${yttra_editor_dir}/summarypage.h
    ${yttra_editor_dir}/undoshortcutfilter.cpp ${yttra_editor_dir}/undoshortcutfilter.h
    ${yttra_editor_dir}/wordchangehtml.cpp ${yttra_editor_dir}/wordchangehtml.h
    ${PROJECT_SOURCE_DIR}/forms/auditpage.ui
    ${PROJECT_SOURCE_DIR}/forms/commentspane.ui
    ${PROJECT_SOURCE_DIR}/forms/comparedialog.ui
    ${PROJECT_SOURCE_DIR}/forms/detailspage.ui
    ${PROJECT_SOURCE_DIR}/forms/followupdialog.ui
    ${PROJECT_SOURCE_DIR}/forms/importdialog.ui
    ${PROJECT_SOURCE_DIR}/forms/itempage.ui
    ${PROJECT_SOURCE_DIR}/forms/linkdialog.ui
    ${PROJECT_SOURCE_DIR}/forms/measurespage.ui
    ${PROJECT_SOURCE_DIR}/forms/proposedchangesdialog.ui
    ${PROJECT_SOURCE_DIR}/forms/settingsdialog.ui
    ${PROJECT_SOURCE_DIR}/forms/signaturespage.ui
    ${PROJECT_SOURCE_DIR}/forms/statementeditor.ui
    ${PROJECT_SOURCE_DIR}/forms/summarypage.ui
)
target_include_directories(yttragui PUBLIC ${yttra_editor_dir})
# Print and the print dialog (Qt6::PrintSupport is found at the top level with the widgets).
target_link_libraries(yttragui PUBLIC Qt6::PrintSupport)
