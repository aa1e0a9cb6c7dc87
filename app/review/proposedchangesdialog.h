// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/wordreviewimport.h"

#include "base/result.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>

namespace Ui {
class ProposedChangesDialog;
}

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace yttra {

class StatementDocument;

/// A review made in Word, for the secretary to decide on: each field a reviewer changed (by
/// whom, whether the statement's text has changed too since the export, the words changed
/// as Compare Versions marks them), accepted or rejected one by one, each accepted change
/// one step on the document's undo stack; and everything the document held that could not
/// be taken in, listed so that nothing is lost without a word.
class ProposedChangesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { Open, Accepted, Rejected };

    /// `source` names the Word document; `commentsReport` says what came in as comments.
    ProposedChangesDialog(StatementDocument *document, const WordReview &review, const QString &source,
                          const QString &commentsReport, QWidget *parent = nullptr);
    ~ProposedChangesDialog() override;

    /// The statement's texts may not be changed now, for `reason` (empty: they may): the
    /// changes can be read, not accepted. `canEdit`: the user may choose to edit the texts
    /// anyway (a draft in review), offered as a link that emits editTextsWanted().
    void setTextsReadOnly(const QString &reason, bool canEdit = false);

    qsizetype changeCount() const { return m_changes.size(); }
    const ProposedChange &change(qsizetype index) const { return m_changes.at(index); }
    Decision decision(qsizetype index) const { return m_decisions.at(index); }

    /// Takes the change into the statement; when it cannot be, the user is told why and so is
    /// the caller.
    Result<void> acceptChange(qsizetype index);
    /// Leaves the statement's text as it is; refused for a change already decided on.
    Result<void> rejectChange(qsizetype index);
    QListWidget *list() const;
    QTextBrowser *changeView() const;
    QTextBrowser *reportView() const;
    QPushButton *acceptButton() const;
    QPushButton *rejectButton() const;

    /// Closing with changes not decided on asks first: they are not taken in.
    void reject() override;

Q_SIGNALS:
    /// The user chose to edit the texts of a draft in review.
    void editTextsWanted();

private:
    /// Accepts (or rejects) every change not decided on yet; accepting stops at the first refusal.
    void acceptAll();
    void rejectAll();
    /// Refuses a change that does not exist or was decided on already.
    Result<void> checkOpen(qsizetype index) const;
    void showChange();
    void updateItem(qsizetype index);
    void updateButtons();
    void selectNextOpen(qsizetype after);
    qsizetype openCount() const;
    QString reportHtml(const WordReview &review, const QString &commentsReport) const;

    std::unique_ptr<Ui::ProposedChangesDialog> m_ui;
    QPointer<StatementDocument> m_document;
    QList<ProposedChange> m_changes;
    QList<Decision> m_decisions;
    QString m_readOnlyReason;
};

} // namespace yttra
