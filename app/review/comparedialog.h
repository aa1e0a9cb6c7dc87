// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/statement.h"
#include "review/comparison.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class CompareDialog;
}

class QPushButton;
class QTextBrowser;

namespace yttra {

/// Compare Versions: two versions of a statement, each a file or (the newer) the statement
/// open now, and what differs between them part by part and field by field, changed words
/// marked and status changes of measures first in each part's list; the comparison can be
/// written as a PDF for a paper review.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    /// `current` is the open statement, compared when no newer file is chosen; `currentName`
    /// is what to call it.
    CompareDialog(const Statement &current, const QString &currentName, QWidget *parent = nullptr);
    ~CompareDialog() override;

    void setOlderFile(const QString &path);
    void setNewerFile(const QString &path);
    /// Reads the versions and shows their differences; false, saying why in the dialog,
    /// when a file cannot be read.
    bool compare();
    const QList<Difference> &differences() const { return m_differences; }
    QTextBrowser *view() const;
    QPushButton *exportButton() const { return m_export; }

    /// Writes the comparison shown as a PDF; an error is reported in a message box.
    bool exportPdf(const QString &path);

private:
    void chooseFile(bool older);
    void showDifferences();
    QString nameOf(const QString &path) const;

    std::unique_ptr<Ui::CompareDialog> m_ui;
    Statement m_current;
    QString m_currentName;
    QString m_language; // of the newer version: the words of the exported PDF
    QString m_olderName;
    QString m_newerName;
    QList<Difference> m_differences;
    bool m_compared = false;
    QPushButton *m_export;
};

} // namespace yttra
