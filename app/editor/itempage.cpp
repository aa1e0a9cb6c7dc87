// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/itempage.h"
#include "ui_itempage.h"

#include "common/messagebox.h"
#include "dialogs/linkdialog.h"
#include "document/statementdocument.h"
#include "editor/fieldbinder_p.h"
#include "fields/markdowntextedit.h"
#include "language/documentlabels.h"
#include "markdown/markdown.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace yttra {

ItemPage::ItemPage(QWidget *parent) : EditorPage(parent), m_ui(std::make_unique<Ui::ItemPage>())
{
    m_ui->setupUi(this);
    m_ui->textEdit->setAccessibleName(tr("The auditors' text"));
    m_ui->textEdit->setMinimumLines(4);
    // The auditors' words stand in a frame in the printed statement; here too.
    // The style sheet paints the background, so it shows the mark of open comments itself.
    m_ui->textEdit->textEdit()->setStyleSheet(
        u"QTextEdit { border: 2px solid palette(window-text); } QTextEdit[%1=\"true\"] { background: %2; }"_s.arg(
            QLatin1StringView(FieldBinder::commentMarkProperty), FieldBinder::commentMarkColour().name()));
    m_ui->measuresEdit->setAccessibleName(tr("Planned measures"));
    m_ui->measuresEdit->setMinimumLines(5);
    m_ui->expectedEffectEdit->setAccessibleName(tr("Expected effect"));
    m_ui->deadlineField->setAccessibleName(tr("Done at the latest"));
    m_ui->actionsTakenEdit->setAccessibleName(tr("Measures taken so far"));
    m_ui->actionsTakenEdit->setMinimumLines(5);
    m_ui->effectAchievedEdit->setAccessibleName(tr("Effect achieved"));
    m_ui->headingCombo->lineEdit()->setAccessibleName(tr("Heading"));

    m_binder->bind(m_ui->kindCombo, u"/kind"_s);
    m_binder->bind(m_ui->numberEdit, u"/number"_s);
    m_binder->bind(m_ui->sectionEdit, u"/section"_s);
    m_binder->bind(m_ui->headingCombo->lineEdit(), u"/label"_s);
    m_binder->bind(m_ui->addressedToEdit, u"/addressedTo"_s);
    m_binder->bind(m_ui->textEdit, u"/text"_s);
    m_binder->bind(m_ui->notOursEdit, u"/response/notOurs"_s);
    m_binder->bind(m_ui->measuresEdit, u"/response/measures"_s);
    m_binder->bind(m_ui->expectedEffectEdit, u"/response/expectedEffect"_s);
    m_binder->bind(m_ui->deadlineField, u"/response/deadline"_s);
    m_binder->bind(m_ui->actionsTakenEdit, u"/response/actionsTaken"_s);
    m_binder->bind(m_ui->effectAchievedEdit, u"/response/effectAchieved"_s);

    connect(m_ui->headingCombo, &QComboBox::textActivated, this, &ItemPage::activateHeading);
    connect(m_ui->linkMeasuresButton, &QPushButton::clicked, this, &ItemPage::chooseMeasures);
    connect(m_ui->newMeasureButton, &QPushButton::clicked, this, [this] { Q_EMIT newMeasureRequested(m_itemId); });
    connect(m_ui->linkedList, &QListWidget::itemActivated, this, [this](QListWidgetItem *entry) {
        if (document())
            Q_EMIT measureActivated(document()->statement().indexOfMeasure(entry->data(Qt::UserRole).toString()));
    });
}

ItemPage::~ItemPage() = default;

void ItemPage::setDocument(StatementDocument *document)
{
    if (this->document())
        disconnect(this->document(), nullptr, this, nullptr);
    m_index = -1;
    m_itemId.clear();
    EditorPage::setDocument(document);
    if (!document)
        return;
    // The page follows its item by id when items are added, removed or moved around it.
    connect(document, &StatementDocument::itemInserted, this, &ItemPage::followItem);
    connect(document, &StatementDocument::itemRemoved, this, &ItemPage::followItem);
    connect(document, &StatementDocument::itemMoved, this, &ItemPage::followItem);
    connect(document, &StatementDocument::linksChanged, this, &ItemPage::updateLinked);
    connect(document, &StatementDocument::measureInserted, this, &ItemPage::updateLinked);
    connect(document, &StatementDocument::measureRemoved, this, &ItemPage::updateLinked);
    connect(document, &StatementDocument::measureMoved, this, &ItemPage::updateLinked);
    connect(document, &StatementDocument::fieldChanged, this, [this](const QString &pointer) {
        if (pointer == u"/kind" || pointer == u"/language") {
            fillKinds();
            m_binder->reload();
            updateKind();
            updateHeading();
        } else if (pointer.startsWith(m_binder->prefix() + u'/')) {
            const QStringView field = QStringView(pointer).mid(m_binder->prefix().size());
            if (field == u"/label" || field == u"/kind" || field == u"/number")
                updateHeading();
            if (field == u"/response/notOurs")
                updateKind();
        } else if (pointer.startsWith(u"/measures/"_s)
                   && (pointer.endsWith(u"/title"_s) || pointer.endsWith(u"/status"_s) || pointer.endsWith(u"/deadline"_s))) {
            updateLinked();
        }
    });
    fillKinds();
    m_ui->linkMeasuresButton->setEnabled(isEditable());
    m_ui->newMeasureButton->setEnabled(isEditable());
}

void ItemPage::setReadOnly(bool readOnly)
{
    EditorPage::setReadOnly(readOnly);
    m_ui->linkMeasuresButton->setEnabled(isEditable());
    m_ui->newMeasureButton->setEnabled(isEditable());
}

void ItemPage::followItem()
{
    if (!document())
        return;
    const qsizetype index = document()->statement().indexOfItem(m_itemId);
    if (index < 0) {
        m_itemId.clear(); // removed: the editor shows another page
        m_index = -1;
        return;
    }
    if (index != m_index)
        setItem(index);
    else
        updateHeading(); // derived headings follow the position
}

void ItemPage::setItem(qsizetype index)
{
    if (!document() || index < 0 || index >= document()->statement().items.size())
        return;
    m_index = index;
    m_itemId = document()->statement().items.at(index).id;
    m_binder->setPrefix(u"/items/%1"_s.arg(index));
    updateHeading();
    updateKind();
    updateLinked();
}

void ItemPage::fillKinds()
{
    const DocumentLabels labels(document() ? document()->statement().language : u"sv"_s);
    m_ui->kindCombo->clear();
    for (const auto &[kind, name] : itemKindNames)
        m_ui->kindCombo->addItem(labels.itemKind(kind), QString::fromUtf16(name));
}

void ItemPage::updateHeading()
{
    if (!document() || m_index < 0)
        return;
    const Statement &s = document()->statement();
    const Item &item = s.items.at(m_index);
    const DocumentLabels labels(s.language);
    QString kind = labels.itemKind(item.kind);
    if (!item.number.isEmpty())
        kind += u' ' + item.number;
    m_ui->pageTitle->setText(u"%1 — %2"_s.arg(labels.itemHeading(s, m_index), kind));

    // The usual headings for this place, to pick from; the label itself stays as typed. The
    // derived one ("Åtgärdsområde N") is what an unlabelled first item is called, renumbered.
    Statement derived;
    derived.language = s.language;
    derived.items = {Item()};
    const QString position = QString::number(m_index + 1);
    QStringList suggestions{labels.itemHeading(derived, 0).section(u' ', 0, -2) + u' ' + position};
    for (const auto &[k, name] : itemKindNames)
        suggestions.append(labels.itemKind(k) + u' ' + position);
    QLineEdit *edit = m_ui->headingCombo->lineEdit();
    const QString label = edit->text();
    const int cursor = edit->cursorPosition();
    m_ui->headingCombo->blockSignals(true);
    m_ui->headingCombo->clear();
    m_ui->headingCombo->addItems(suggestions);
    m_ui->headingCombo->setCurrentIndex(-1);
    edit->setText(label);
    edit->setCursorPosition(cursor);
    m_ui->headingCombo->blockSignals(false);
    edit->setPlaceholderText(tr("Default: %1").arg(suggestions.first()));
}

void ItemPage::activateHeading(const QString &text)
{
    if (!document() || m_index < 0)
        return;
    // A label accepts any text, but a read-only document refuses every edit.
    if (const auto r = document()->setField(m_binder->prefix() + u"/label"_s, text, StatementDocument::Merge::Separate); !r)
        MessageBox::warning(this, tr("Cannot change the heading"), r.error());
}

void ItemPage::updateKind()
{
    if (!document() || m_index < 0)
        return;
    const Statement &s = document()->statement();
    const bool first = s.kind == StatementKind::First;
    m_ui->measuresLabel->setText(first ? tr("Planned &measures:") : tr("Previously decided &measure:"));
    m_ui->measuresEdit->setAccessibleName(first ? tr("Planned measures") : tr("Previously decided measure"));
    m_ui->deadlineLabel->setVisible(first);
    m_ui->deadlineField->setVisible(first);
    m_ui->actionsTakenLabel->setVisible(!first);
    m_ui->actionsTakenEdit->setVisible(!first);
    m_ui->effectAchievedLabel->setVisible(!first);
    m_ui->effectAchievedEdit->setVisible(!first);
    const bool notOurs = !s.items.at(m_index).response.notOurs.trimmed().isEmpty();
    m_ui->responseGroup->setTitle(notOurs ? tr("The board's response (not printed: another board answers this item)")
                                          : tr("The board's response"));
}

void ItemPage::updateLinked()
{
    if (!document() || m_index < 0)
        return;
    const Statement &s = document()->statement();
    const DocumentLabels labels(s.language);
    m_ui->linkedList->clear();
    for (const Measure *m : s.measuresOfItem(m_itemId)) {
        auto *entry = new QListWidgetItem(labels.linkedMeasure(*m), m_ui->linkedList);
        entry->setData(Qt::UserRole, m->id);
    }
    if (m_ui->linkedList->count() == 0) {
        auto *none = new QListWidgetItem(tr("No measure in the register answers this item yet."), m_ui->linkedList);
        none->setFlags(Qt::NoItemFlags);
    }
    m_ui->linkedGroup->setTitle(tr("Measures in the register answering this item (%n)", nullptr,
                                   static_cast<int>(s.measuresOfItem(m_itemId).size())));
}

void ItemPage::chooseMeasures()
{
    if (!document() || m_index < 0 || !isEditable())
        return;
    const Statement &s = document()->statement();
    const DocumentLabels labels(s.language);
    QList<LinkDialog::Choice> choices;
    for (const Measure &m : s.measures) {
        QString title = m.title.isEmpty() ? tr("(untitled measure)") : m.title;
        choices.append({m.id, labels.linkedMeasure(m).replace(m.title, title), Markdown::plainText(m.description),
                        m.items.contains(m_itemId)});
    }
    const QString heading = labels.itemHeading(s, m_index);
    const auto chosen = LinkDialog::choose(this, tr("Measures for %1").arg(heading),
                                           tr("Tick the measures of the register that answer %1.").arg(heading), choices);
    if (!chosen)
        return;
    const auto r = document()->setMeasuresOfItem(m_itemId, *chosen, tr("Link measures to %1").arg(heading));
    if (!r)
        MessageBox::warning(this, tr("Cannot link the measures"), r.error());
}

} // namespace yttra
