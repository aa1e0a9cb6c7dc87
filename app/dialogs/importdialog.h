// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importedreport.h"
#include "model/statement.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportDialog;
}

namespace yttra {

class ReportPageView;

/// Shows what the importer found in an audit report (details, due dates, every candidate
/// item with its kind, boards and page, beside the place in the report it came from) and
/// lets the secretary choose the board, the kind of statement and the items, and mend their
/// texts, before the statement is made.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(ImportedReport report, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The statement as chosen in the dialog.
    Statement statement() const;

private:
    enum Column { Use, Kind, Boards, Page, Text, ColumnCount };

    void fillCandidates();
    void selectBoard(const QString &typed);
    void toggleCurrentRow();
    void updateChosen();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportedReport m_report;
    ReportPageView *m_pageView = nullptr;
};

} // namespace yttra
