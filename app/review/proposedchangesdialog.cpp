// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/proposedchangesdialog.h"
#include "ui_proposedchangesdialog.h"

#include "common/messagebox.h"
#include "document/statementdocument.h"
#include "review/wordchangehtml_p.h"

#include <QListWidget>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

QString listHtml(const QStringList &lines)
{
    QString html = u"<ul>"_s;
    for (const QString &line : lines)
        html += u"<li>%1</li>"_s.arg(WordChangeHtml::text(line));
    return html + u"</ul>"_s;
}

} // namespace

ProposedChangesDialog::ProposedChangesDialog(StatementDocument *document, const WordReview &review, const QString &source,
                                             const QString &commentsReport, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProposedChangesDialog>())
    , m_document(document)
    , m_changes(review.changes)
    , m_decisions(review.changes.size(), Decision::Open)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Review from Word: %1").arg(source));
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->changesSplitter->setStretchFactor(0, 2);
    m_ui->changesSplitter->setStretchFactor(1, 3);

    if (m_changes.isEmpty()) {
        m_ui->summaryLabel->setText(tr("No text was changed in %1.").arg(source));
        m_ui->changesBox->hide();
    } else {
        m_ui->summaryLabel->setText(tr("%n change(s) proposed in %1. Nothing in the statement changes until you accept a change; "
                                       "Undo takes back each change you accepted, one by one.",
                                       nullptr, static_cast<int>(m_changes.size()))
                                        .arg(source));
    }
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        m_ui->changeList->addItem(QString());
        updateItem(i);
    }
    m_ui->reportView->setHtml(reportHtml(review, commentsReport));

    connect(m_ui->changeList, &QListWidget::currentRowChanged, this, [this] {
        showChange();
        updateButtons();
    });
    connect(m_ui->acceptButton, &QPushButton::clicked, this, [this] {
        // A refusal was shown to the user already.
        Q_UNUSED(acceptChange(m_ui->changeList->currentRow()));
    });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] { Q_UNUSED(rejectChange(m_ui->changeList->currentRow())); });
    connect(m_ui->acceptAllButton, &QPushButton::clicked, this, &ProposedChangesDialog::acceptAll);
    connect(m_ui->rejectAllButton, &QPushButton::clicked, this, &ProposedChangesDialog::rejectAll);
    connect(m_ui->readOnlyBar, &QLabel::linkActivated, this, &ProposedChangesDialog::editTextsWanted);
    if (!m_changes.isEmpty())
        m_ui->changeList->setCurrentRow(0);
    updateButtons();
    m_ui->changeList->setFocus();
}

ProposedChangesDialog::~ProposedChangesDialog() = default;

QListWidget *ProposedChangesDialog::list() const
{
    return m_ui->changeList;
}

QTextBrowser *ProposedChangesDialog::changeView() const
{
    return m_ui->changeView;
}

QTextBrowser *ProposedChangesDialog::reportView() const
{
    return m_ui->reportView;
}

QPushButton *ProposedChangesDialog::acceptButton() const
{
    return m_ui->acceptButton;
}

QPushButton *ProposedChangesDialog::rejectButton() const
{
    return m_ui->rejectButton;
}

void ProposedChangesDialog::setTextsReadOnly(const QString &reason, bool canEdit)
{
    m_readOnlyReason = reason;
    QString html = reason.toHtmlEscaped();
    if (canEdit)
        html += u" <a href=\"edit\">%1</a>"_s.arg(tr("Edit the texts").toHtmlEscaped());
    m_ui->readOnlyBar->setText(html);
    m_ui->readOnlyBar->setVisible(!reason.isEmpty());
    updateButtons();
}

qsizetype ProposedChangesDialog::openCount() const
{
    return m_decisions.count(Decision::Open);
}

Result<void> ProposedChangesDialog::acceptChange(qsizetype index)
{
    if (auto open = checkOpen(index); !open)
        return open;
    const QString title = tr("Cannot accept the change");
    if (!m_readOnlyReason.isEmpty()) {
        MessageBox::warning(this, title, m_readOnlyReason);
        return Result<void>::failure(m_readOnlyReason);
    }
    const ProposedChange &change = m_changes.at(index);
    const auto accepted = m_document ? WordReviewImport::accept(*m_document, change)
                                     : Result<void>::failure(tr("the statement is no longer open"));
    if (!accepted) {
        const QString reason = tr("%1: %2").arg(change.field, accepted.error());
        MessageBox::warning(this, title, reason);
        return Result<void>::failure(reason);
    }
    m_decisions[index] = Decision::Accepted;
    updateItem(index);
    selectNextOpen(index);
    return {};
}

Result<void> ProposedChangesDialog::rejectChange(qsizetype index)
{
    if (auto open = checkOpen(index); !open)
        return open;
    m_decisions[index] = Decision::Rejected;
    updateItem(index);
    selectNextOpen(index);
    return {};
}

Result<void> ProposedChangesDialog::checkOpen(qsizetype index) const
{
    // The buttons only offer changes not decided on: a refusal here is a caller's mistake,
    // not the user's, so it is not shown.
    if (index < 0 || index >= m_changes.size())
        return Result<void>::failure(tr("there is no such change"));
    if (m_decisions.at(index) != Decision::Open)
        return Result<void>::failure(tr("the change was decided on already"));
    return {};
}

void ProposedChangesDialog::acceptAll()
{
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        if (m_decisions.at(i) == Decision::Open && !acceptChange(i))
            return;
    }
}

void ProposedChangesDialog::rejectAll()
{
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        if (m_decisions.at(i) == Decision::Open)
            Q_UNUSED(rejectChange(i)); // cannot fail: it is open
    }
}

void ProposedChangesDialog::reject()
{
    const qsizetype open = openCount();
    if (open > 0 && m_readOnlyReason.isEmpty()) {
        const auto answer = MessageBox::question(
            this, tr("Close the Review from Word"),
            tr("%n change(s) are neither accepted nor rejected. They are not taken into the statement; import the Word "
               "document again to decide on them later.",
               nullptr, static_cast<int>(open)),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
    }
    QDialog::reject();
}

void ProposedChangesDialog::selectNextOpen(qsizetype after)
{
    for (qsizetype step = 1; step <= m_changes.size(); ++step) {
        const qsizetype i = (after + step) % m_changes.size();
        if (m_decisions.at(i) == Decision::Open) {
            m_ui->changeList->setCurrentRow(static_cast<int>(i));
            return;
        }
    }
    // All decided: the one just decided stays in view, with its decision.
    showChange();
    updateButtons();
}

void ProposedChangesDialog::updateItem(qsizetype index)
{
    const ProposedChange &change = m_changes.at(index);
    QStringList lines{change.field};
    QString detail = change.by.isEmpty() ? tr("who is not recorded") : tr("by %1").arg(change.by.join(u", "_s));
    switch (m_decisions.at(index)) {
    case Decision::Open:
        if (change.changedSince)
            detail += u" · "_s + tr("changed here too since the export");
        break;
    case Decision::Accepted: detail += u" · "_s + tr("accepted"); break;
    case Decision::Rejected: detail += u" · "_s + tr("rejected"); break;
    }
    lines.append(detail);
    QListWidgetItem *item = m_ui->changeList->item(static_cast<int>(index));
    item->setText(lines.join(u'\n'));
    QFont font = item->font();
    font.setItalic(m_decisions.at(index) != Decision::Open);
    item->setFont(font);
    item->setForeground(m_decisions.at(index) == Decision::Open ? palette().text() : palette().placeholderText());
    if (index == m_ui->changeList->currentRow())
        showChange();
}

void ProposedChangesDialog::showChange()
{
    const qsizetype index = m_ui->changeList->currentRow();
    if (index < 0 || index >= m_changes.size()) {
        m_ui->changeView->clear();
        return;
    }
    const ProposedChange &change = m_changes.at(index);
    QString html = u"<h3>%1</h3>"_s.arg(change.field.toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg((change.by.isEmpty() ? tr("Changed in Word; the document does not say by whom.")
                                                     : tr("Changed in Word by %1.").arg(change.by.join(u", "_s)))
                                   .toHtmlEscaped());
    if (change.changedSince) {
        html += u"<p style=\"background:#fff3c4;\"><b>%1</b> %2</p>"_s.arg(
            tr("The statement's text has changed too since the Word document was exported.").toHtmlEscaped(),
            tr("The reviewer worked on an older text: accepting replaces the text as it is now, struck through below.").toHtmlEscaped());
    }
    html += u"<p>%1</p>"_s.arg(WordChangeHtml::changed(change.before, change.after));
    switch (m_decisions.at(index)) {
    case Decision::Open: break;
    case Decision::Accepted:
        html += u"<p><i>%1</i></p>"_s.arg(tr("Accepted: the statement has the new text. Undo takes it back.").toHtmlEscaped());
        break;
    case Decision::Rejected:
        html += u"<p><i>%1</i></p>"_s.arg(tr("Rejected: the statement keeps its text.").toHtmlEscaped());
        break;
    }
    m_ui->changeView->setHtml(html);
    // In a long text the change may be far down: it is what the user came to see. Once the
    // view is laid out, scroll no more than needed, so the field's name stays in view if it can.
    QTimer::singleShot(0, m_ui->changeView, [view = m_ui->changeView] {
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().anchorNames().contains(WordChangeHtml::firstChangeAnchor.toString())) {
                    QTextCursor cursor(view->document());
                    cursor.setPosition(it.fragment().position());
                    view->setTextCursor(cursor);
                    view->ensureCursorVisible();
                    return;
                }
            }
        }
    });
}

void ProposedChangesDialog::updateButtons()
{
    const qsizetype index = m_ui->changeList->currentRow();
    const bool open = index >= 0 && index < m_changes.size() && m_decisions.at(index) == Decision::Open;
    const bool canAccept = m_readOnlyReason.isEmpty();
    m_ui->acceptButton->setEnabled(open && canAccept);
    m_ui->rejectButton->setEnabled(open);
    m_ui->acceptAllButton->setEnabled(canAccept && openCount() > 0);
    m_ui->rejectAllButton->setEnabled(openCount() > 0);
}

QString ProposedChangesDialog::reportHtml(const WordReview &review, const QString &commentsReport) const
{
    QString html = u"<h4>%1</h4><p>%2</p>"_s.arg(tr("Comments").toHtmlEscaped(), WordChangeHtml::text(commentsReport));
    if (!review.notPlaced.isEmpty()) {
        html += u"<h4>%1</h4>"_s.arg(tr("Not taken in: do these by hand").toHtmlEscaped()) + listHtml(review.notPlaced);
    }
    if (!review.missingFields.isEmpty()) {
        const QString why = tr("Their text cannot come back from the document; the statement keeps its own.");
        html += u"<h4>%1</h4><p>%2</p>"_s.arg(tr("Fields deleted in Word").toHtmlEscaped(), why.toHtmlEscaped())
            + listHtml(review.missingFields);
    }
    if (!review.notes.isEmpty())
        html += u"<h4>%1</h4>"_s.arg(tr("How comments were placed").toHtmlEscaped()) + listHtml(review.notes);
    if (!review.exportRecordFound) {
        html += u"<p><i>%1</i></p>"_s.arg(
            tr("The document does not say what it held when it was exported, so Yttra cannot tell whether the statement's "
               "text changed since.")
                .toHtmlEscaped());
    }
    return html;
}

} // namespace yttra
