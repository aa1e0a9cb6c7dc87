// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editorpage.h"
#include "model/logo.h"

#include <QDate>
#include <QPixmap>
#include <QPointer>

#include <memory>

namespace Ui {
class DetailsPage;
}

namespace yttra {

class Settings;

/// The statement's own details: kind, board, office, address, the logo, case number, date,
/// language, recipient, due date with the days left, where to send it, and the follow-up period.
class DetailsPage : public EditorPage
{
    Q_OBJECT

public:
    explicit DetailsPage(QWidget *parent = nullptr);
    ~DetailsPage() override;

    void setDocument(StatementDocument *document) override;
    void setReadOnly(bool readOnly) override;
    bool focusPointer(const QString &pointer) override;
    /// Where the board's logo is kept for statements without one of their own (not owned);
    /// the page shows that one when the statement has none.
    void setSettings(const Settings *settings);

    /// Asks for an image file and makes it the statement's logo (one undoable step),
    /// keeping the description; a file that is no usable image is refused, saying why.
    void chooseLogo();
    /// Makes `logo` the statement's logo, keeping the description it had (one undoable step).
    void setLogo(Logo logo);
    void removeLogo();

    /// "14 days left", "Due today", "3 days overdue"; empty without a due date.
    static QString countdownText(const QString &dueDate, QDate today, bool *overdue = nullptr);
    /// Shows the countdown as of `today` (the real today unless a test says otherwise).
    void updateCountdown(QDate today = QDate::currentDate());

private:
    void fillCombos();
    void updateKindHints();
    void updateLogo();

    std::unique_ptr<Ui::DetailsPage> m_ui;
    QPointer<const Settings> m_settings;
    // The logo the preview shows, drawn once.
    Logo m_shownLogo;
    qreal m_shownRatio = 0;
    QPixmap m_shownPixmap;
    QString m_shownError;
};

} // namespace yttra
