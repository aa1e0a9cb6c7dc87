// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editorpage.h"

#include <QDate>

#include <memory>

namespace Ui {
class DetailsPage;
}

namespace yttra {

/// The statement's own details: kind, board, office, address, case number, date, language,
/// recipient, due date with the days left, where to send it, and the follow-up period.
class DetailsPage : public EditorPage
{
    Q_OBJECT

public:
    explicit DetailsPage(QWidget *parent = nullptr);
    ~DetailsPage() override;

    void setDocument(StatementDocument *document) override;

    /// "14 days left", "Due today", "3 days overdue"; empty without a due date.
    static QString countdownText(const QString &dueDate, QDate today, bool *overdue = nullptr);
    /// Shows the countdown as of `today` (the real today unless a test says otherwise).
    void updateCountdown(QDate today = QDate::currentDate());

private:
    void fillCombos();
    void updateKindHints();

    std::unique_ptr<Ui::DetailsPage> m_ui;
};

} // namespace yttra
