// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspage.h"
#include "ui_detailspage.h"

#include "documentlabels.h"
#include "fieldbinder.h"
#include "statementdocument.h"

using namespace Qt::StringLiterals;

namespace yttra {

DetailsPage::DetailsPage(QWidget *parent) : EditorPage(parent), m_ui(std::make_unique<Ui::DetailsPage>())
{
    m_ui->setupUi(this);
    m_ui->dateField->setAccessibleName(tr("Date of the statement"));
    m_ui->dueDateField->setAccessibleName(tr("Due date"));
    m_ui->periodFromField->setAccessibleName(tr("Start of the period"));
    m_ui->periodToField->setAccessibleName(tr("End of the period"));
    fillCombos();

    m_binder->bind(m_ui->kindCombo, u"/kind"_s);
    m_binder->bind(m_ui->boardEdit, u"/board"_s);
    m_binder->bind(m_ui->officeEdit, u"/office"_s);
    m_binder->bind(m_ui->addressEdit, u"/address"_s);
    m_binder->bind(m_ui->caseNumberEdit, u"/caseNumber"_s);
    m_binder->bind(m_ui->dateField, u"/date"_s);
    m_binder->bind(m_ui->languageCombo, u"/language"_s);
    m_binder->bind(m_ui->recipientEdit, u"/recipient"_s);
    m_binder->bind(m_ui->dueDateField, u"/dueDate"_s);
    m_binder->bind(m_ui->submitToEdit, u"/submitTo"_s);
    m_binder->bind(m_ui->periodFromField, u"/period/from"_s);
    m_binder->bind(m_ui->periodToField, u"/period/to"_s);
    // While the due date is typed the countdown follows it.
    connect(m_ui->dueDateField, &DateField::dateEdited, this, [this] { updateCountdown(); });
}

DetailsPage::~DetailsPage() = default;

void DetailsPage::fillCombos()
{
    // The kinds in the document's words (its language decides them, not the editor's).
    const DocumentLabels labels(document() ? document()->statement().language : u"sv"_s);
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(labels.statementKind(StatementKind::First), enumName(statementKindNames, StatementKind::First));
    m_ui->kindCombo->addItem(labels.statementKind(StatementKind::FollowUp), enumName(statementKindNames, StatementKind::FollowUp));
    if (m_ui->languageCombo->count() == 0) {
        m_ui->languageCombo->addItem(tr("Swedish"), u"sv"_s);
        m_ui->languageCombo->addItem(tr("English"), u"en"_s);
    }
}

void DetailsPage::setDocument(StatementDocument *document)
{
    if (this->document())
        disconnect(this->document(), nullptr, this, nullptr);
    EditorPage::setDocument(document);
    if (document) {
        connect(document, &StatementDocument::fieldChanged, this, [this](const QString &pointer) {
            if (pointer == u"/dueDate")
                updateCountdown();
            else if (pointer == u"/kind")
                updateKindHints();
            else if (pointer == u"/language") {
                fillCombos();
                m_binder->reload();
            }
        });
        // A file may hold a language the editor offers no name for; show it as it is.
        const QString language = document->statement().language;
        if (m_ui->languageCombo->findData(language) < 0)
            m_ui->languageCombo->addItem(language, language);
    }
    fillCombos();
    m_binder->reload();
    updateCountdown();
    updateKindHints();
}

void DetailsPage::updateKindHints()
{
    const bool followUp = document() && document()->statement().kind == StatementKind::FollowUp;
    m_ui->periodGroup->setTitle(followUp ? tr("Period reported on") : tr("Period the follow-up will report on"));
    m_ui->periodHint->setText(followUp ? tr("The follow-up reports the measures taken from the start to the end of this period.")
                                       : tr("Optional in a first statement: deadlines after the end of the period are flagged, "
                                            "since the follow-up could not report them done."));
}

QString DetailsPage::countdownText(const QString &dueDate, QDate today, bool *overdue)
{
    const QDate due = QDate::fromString(dueDate, Qt::ISODate);
    if (overdue)
        *overdue = false;
    if (!due.isValid())
        return {};
    const qint64 days = today.daysTo(due);
    if (days == 0)
        return tr("Due today");
    if (days > 0)
        return tr("%n day(s) left", nullptr, static_cast<int>(days));
    if (overdue)
        *overdue = true;
    return tr("%n day(s) overdue", nullptr, static_cast<int>(-days));
}

void DetailsPage::updateCountdown(QDate today)
{
    bool overdue = false;
    const QString due = m_ui->dueDateField->isValid() ? m_ui->dueDateField->text()
                                                      : (document() ? document()->statement().dueDate : QString());
    m_ui->countdownLabel->setText(countdownText(due, today, &overdue));
    m_ui->countdownLabel->setProperty("overdue", overdue);
    m_ui->countdownLabel->setStyleSheet(overdue ? u"QLabel { color: #c42b1c; font-weight: 600; }"_s
                                                : u"QLabel { font-weight: 600; }"_s);
}

} // namespace yttra
