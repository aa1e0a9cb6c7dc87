// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/detailspage.h"
#include "ui_detailspage.h"

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "document/statementdocument.h"
#include "editor/fieldbinder_p.h"
#include "fields/logothumbnail.h"
#include "language/documentlabels.h"
#include "session/boardlogo.h"
#include "session/settings.h"

#include <QPushButton>

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
    m_binder->bind(m_ui->logoDescriptionEdit, u"/logo/description"_s);
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
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &DetailsPage::chooseLogo);
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, &DetailsPage::removeLogo);
    updateLogo();
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
            else if (pointer == u"/logo") {
                // The description is a field only while there is a logo: it comes and goes with it.
                m_binder->reload();
                updateLogo();
            } else if (pointer == u"/board")
                updateLogo(); // another board may have another logo in the settings
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
    updateLogo();
}

void DetailsPage::setReadOnly(bool readOnly)
{
    EditorPage::setReadOnly(readOnly);
    updateLogo();
}

bool DetailsPage::focusPointer(const QString &pointer)
{
    // The logo is an image, not a field to type in: its button is where to change it.
    if (pointer == u"/logo") {
        m_ui->chooseLogoButton->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return EditorPage::focusPointer(pointer);
}

void DetailsPage::setSettings(const Settings *settings)
{
    if (m_settings)
        disconnect(m_settings.data(), nullptr, this, nullptr);
    m_settings = settings;
    if (settings)
        settings->watch(Settings::BoardLogos, this, [this] { updateLogo(); });
    updateLogo();
}

void DetailsPage::chooseLogo()
{
    if (!isEditable())
        return;
    if (auto logo = FileDialog::logo(this, tr("Logo of the Statement")))
        setLogo(std::move(*logo));
}

void DetailsPage::setLogo(Logo logo)
{
    if (!isEditable())
        return;
    // The description says who the logo stands for, which a new picture seldom changes.
    if (logo.description.isEmpty())
        logo.description = document()->statement().logo.description;
    if (const auto set = document()->setField(u"/logo"_s, QVariant::fromValue(logo), StatementDocument::Merge::Separate); !set)
        MessageBox::critical(this, tr("Cannot use the logo"), set.error());
}

void DetailsPage::removeLogo()
{
    if (!isEditable())
        return;
    if (const auto set = document()->setField(u"/logo"_s, QVariant::fromValue(Logo()), StatementDocument::Merge::Separate); !set)
        MessageBox::critical(this, tr("Cannot remove the logo"), set.error());
}

void DetailsPage::updateLogo()
{
    const Statement *statement = document() ? &document()->statement() : nullptr;
    const bool own = statement && !statement->logo.isEmpty();
    const Logo shown = statement ? BoardLogo::effective(*statement, m_settings) : Logo();
    // Typing the board's name comes here at every key: decode only a logo not shown already.
    if (shown != m_shownLogo || m_shownRatio != devicePixelRatioF()) {
        m_shownLogo = shown;
        m_shownRatio = devicePixelRatioF();
        m_shownError.clear();
        m_shownPixmap = LogoThumbnail::pixmap(shown, m_ui->logoPreview->minimumSize() - QSize(8, 8), m_shownRatio, &m_shownError);
    }
    const QPixmap &pixmap = m_shownPixmap;
    const QString &error = m_shownError;
    m_ui->logoPreview->setPixmap(pixmap);
    if (pixmap.isNull())
        m_ui->logoPreview->setText(shown.isEmpty() ? tr("No logo") : tr("Cannot be shown"));
    // Greyed: a logo from the settings is not part of this statement's file.
    m_ui->logoPreview->setEnabled(own || shown.isEmpty());

    QString source;
    if (own && !error.isEmpty())
        source = tr("This logo cannot be drawn: %1. The exports leave it out.").arg(error);
    else if (own)
        source = tr("The statement's own logo, kept in its file.");
    else if (!shown.isEmpty() && error.isEmpty())
        source = tr("The logo of %1 from the settings. Choose one to give this statement its own.").arg(statement->board.trimmed());
    else if (!shown.isEmpty())
        source = tr("The logo of %1 in the settings cannot be drawn: %2.").arg(statement->board.trimmed(), error);
    else
        source = tr("The exports have no logo in the header.");
    m_ui->logoSourceLabel->setText(source);
    m_ui->logoPreview->setToolTip(own ? statement->logo.description : QString());

    const bool editable = isEditable();
    m_ui->chooseLogoButton->setEnabled(editable);
    m_ui->removeLogoButton->setEnabled(editable && own);
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
