// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/statementeditor.h"
#include "ui_statementeditor.h"

#include "document/statementdocument.h"
#include "document/statementfields.h"
#include "editor/auditpage.h"
#include "editor/completenesspanel.h"
#include "editor/detailspage.h"
#include "editor/fieldbinder_p.h"
#include "editor/itempage.h"
#include "editor/measurespage.h"
#include "editor/navigatordelegate_p.h"
#include "editor/signaturespage.h"
#include "editor/summarypage_p.h"
#include "language/documentlabels.h"
#include "model/commenttargets.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The first field of a page the Tab key would reach.
void focusFirstField(QWidget *page)
{
    if (!page)
        return;
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

} // namespace

StatementEditor::StatementEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StatementEditor>())
    , m_navigator(new NavigatorModel(this))
    , m_completeness(new CompletenessPanel(this))
    , m_details(new DetailsPage)
    , m_audit(new AuditPage)
    , m_summary(new SummaryPage)
    , m_item(new ItemPage)
    , m_measures(new MeasuresPage)
    , m_signatures(new SignaturesPage)
    , m_validation(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->navigator->setModel(m_navigator);
    m_ui->navigator->setItemDelegate(new NavigatorDelegate(m_ui->navigator));
    m_ui->navigator->setIconSize(QSize(16, 16));
    // What is missing stands under the parts it belongs to, leaving the form its height.
    m_ui->sideSplitter->addWidget(m_completeness);
    m_ui->sideSplitter->setStretchFactor(0, 3);
    m_ui->sideSplitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({300, 900});

    // In the order of Page.
    m_pageWidgets = {wrap(m_details), wrap(m_audit), wrap(m_summary), wrap(m_item), m_measures, wrap(m_signatures)};
    for (QWidget *page : std::as_const(m_pageWidgets))
        m_ui->pages->addWidget(page);

    // Validation waits for the end of the current event: one keystroke, one check, however
    // many signals the edit sent.
    m_validation->setSingleShot(true);
    m_validation->setInterval(0);
    connect(m_validation, &QTimer::timeout, this, &StatementEditor::revalidate);

    connect(m_ui->navigator->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { rowChanged(current.row()); });
    connect(m_ui->navigator, &QListView::activated, this, [this] {
        // Enter on a part goes into its form.
        focusFirstField(m_ui->pages->currentWidget());
    });
    connect(m_completeness, &CompletenessPanel::findingActivated, this, &StatementEditor::revealPointer);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { focusChanged(now); });
    connect(m_item, &ItemPage::measureActivated, this, [this](qsizetype measure) {
        showPage(Page::Measures);
        m_measures->selectMeasure(measure);
        m_measures->table()->setFocus();
    });
    connect(m_item, &ItemPage::newMeasureRequested, this, [this](const QString &itemId) {
        showPage(Page::Measures);
        m_measures->addMeasure(itemId);
    });

    m_addItem = makeAction(tr("&Add Item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &StatementEditor::addItem);
    m_duplicateItem = makeAction(tr("D&uplicate Item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &StatementEditor::duplicateItem);
    m_removeItem = makeAction(tr("&Remove Item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &StatementEditor::removeItem);
    m_moveItemUp = makeAction(tr("Move Item &Up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), nullptr);
    m_moveItemDown = makeAction(tr("Move Item &Down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), nullptr);
    connect(m_moveItemUp, &QAction::triggered, this, [this] { moveItem(-1); });
    connect(m_moveItemDown, &QAction::triggered, this, [this] { moveItem(1); });
    m_linkMeasures = makeAction(tr("&Link Measures to Item…"), QKeySequence(Qt::CTRL | Qt::Key_L), nullptr);
    connect(m_linkMeasures, &QAction::triggered, m_item, &ItemPage::chooseMeasures);
    m_addMeasure = makeAction(tr("Add &Measure"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), nullptr);
    connect(m_addMeasure, &QAction::triggered, this, [this] {
        const QString itemId = currentPage() == Page::Item ? m_item->itemId() : QString();
        showPage(Page::Measures);
        m_measures->addMeasure(itemId);
    });
    m_removeMeasure = makeAction(tr("Remo&ve Measure"), {}, nullptr);
    connect(m_removeMeasure, &QAction::triggered, m_measures, &MeasuresPage::removeMeasure);
    m_linkItems = makeAction(tr("Link &Items to Measure…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), nullptr);
    connect(m_linkItems, &QAction::triggered, m_measures, &MeasuresPage::chooseItems);
    // In the navigator the Delete key removes the selected item.
    auto *deleteKey = new QAction(m_ui->navigator);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &StatementEditor::removeItem);
    m_ui->navigator->addAction(deleteKey);
    // Their shortcuts work wherever the editor is, in a menu or not.
    addActions({m_addItem, m_duplicateItem, m_removeItem, m_moveItemUp, m_moveItemDown, m_linkMeasures, m_addMeasure,
                m_removeMeasure, m_linkItems});
    updateActions();
}

StatementEditor::~StatementEditor()
{
    // Destroying the forms moves the focus; the editor must not hear of it half destroyed.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

QAction *StatementEditor::makeAction(const QString &text, const QKeySequence &key, void (StatementEditor::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

QScrollArea *StatementEditor::wrap(EditorPage *page)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    // Forms read best at a paragraph's width, not stretched across a wide screen.
    page->setMaximumWidth(1000);
    area->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    return area;
}

QListView *StatementEditor::navigator() const
{
    return m_ui->navigator;
}

void StatementEditor::setDocument(StatementDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_lastChange.clear();
    m_navigator->setDocument(document);
    for (EditorPage *page : editorPages())
        page->setDocument(document);
    if (document) {
        connect(document, &StatementDocument::changed, this, &StatementEditor::scheduleValidation);
        connect(document, &StatementDocument::changed, this, &StatementEditor::updateActions);
        connect(document, &StatementDocument::fieldChanged, this, &StatementEditor::remember);
        connect(document, &StatementDocument::itemInserted, this, [this](qsizetype i) { remember(u"/items/%1"_s.arg(i)); });
        connect(document, &StatementDocument::itemMoved, this, [this](qsizetype, qsizetype to) { remember(u"/items/%1"_s.arg(to)); });
        connect(document, &StatementDocument::itemRemoved, this, [this](qsizetype i) {
            remember(i > 0 ? u"/items/%1"_s.arg(i - 1) : u"/summary"_s);
        });
        connect(document, &StatementDocument::measureInserted, this, [this](qsizetype i) { remember(u"/measures/%1"_s.arg(i)); });
        connect(document, &StatementDocument::measureMoved, this, [this](qsizetype, qsizetype to) { remember(u"/measures/%1"_s.arg(to)); });
        connect(document, &StatementDocument::measureRemoved, this, [this](qsizetype i) {
            remember(u"/measures/%1"_s.arg(std::max<qsizetype>(0, i - 1)));
        });
        connect(document, &StatementDocument::linksChanged, this, [this](qsizetype m) { remember(u"/measures/%1/items"_s.arg(m)); });
        connect(document, &StatementDocument::reviewChanged, this, &StatementEditor::updateCommentMarks);
        // The forms and actions follow the document, which may become editable while shown.
        connect(document, &StatementDocument::readOnlyChanged, this, [this] { setReadOnly(m_readOnly); });
    }
    updateCommentMarks();
    revalidate();
    if (document && !document->statement().items.isEmpty())
        showPage(Page::Item, 0);
    else
        showPage(Page::Details);
    updateActions();
}

void StatementEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_navigator->setReadOnly(readOnly);
    for (EditorPage *page : editorPages())
        page->setReadOnly(readOnly);
    updateActions();
}

bool StatementEditor::isEditable() const
{
    return m_document && !m_document->isReadOnly() && !m_readOnly;
}

void StatementEditor::remember(const QString &pointer)
{
    m_lastChange = pointer;
}

void StatementEditor::scheduleValidation()
{
    m_validation->start();
}

void StatementEditor::revalidate()
{
    m_validation->stop();
    // The navigator checked the statement at the last change; the panel shows the same.
    m_findings = m_navigator->findings();
    m_completeness->setFindings(m_findings, [this](const QString &pointer) { return placeOf(pointer); });
}

QString StatementEditor::placeOf(const QString &pointer) const
{
    if (!m_document)
        return pointer;
    const Statement &s = m_document->statement();
    const QList<QStringView> tokens = QStringView(pointer).mid(1).split(u'/');
    bool ok = false;
    const qsizetype index = tokens.value(1).toLongLong(&ok);
    if (tokens.value(0) == u"items" && ok && index >= 0 && index < s.items.size())
        return DocumentLabels(s.language).itemHeading(s, index);
    if (tokens.value(0) == u"measures" && ok && index >= 0 && index < s.measures.size()) {
        const QString title = s.measures.at(index).title;
        return title.isEmpty() ? tr("Measure %1").arg(index + 1) : tr("Measure %1 (%2)").arg(index + 1).arg(title);
    }
    const int row = m_navigator->rowOfPointer(pointer);
    return m_navigator->index(row).data().toString();
}

QString StatementEditor::fieldPlaceOf(const QString &pointer) const
{
    if (isRemovedPart(pointer))
        return tr("a part that was removed");
    const QString place = placeOf(pointer);
    const QString field = StatementFields::fieldName(pointer);
    if (field.isEmpty() || field == pointer || field.compare(place, Qt::CaseInsensitive) == 0)
        return place;
    return tr("%1, %2").arg(place, field);
}

void StatementEditor::showPage(Page page, qsizetype item)
{
    const int row = page == Page::Item ? (item >= 0 ? m_navigator->rowOfItem(item) : m_navigator->rowOf(Page::Item))
                                       : m_navigator->rowOf(page);
    if (row < 0 || row >= m_navigator->rowCount())
        return;
    const QModelIndex index = m_navigator->index(row);
    if (m_ui->navigator->currentIndex() != index)
        m_ui->navigator->setCurrentIndex(index);
    else
        rowChanged(row);
}

void StatementEditor::rowChanged(int row)
{
    if (row < 0)
        return;
    const Page page = m_navigator->pageAt(row);
    if (page == Page::Item)
        m_item->setItem(m_navigator->itemAt(row));
    QWidget *widget = m_pageWidgets.at(static_cast<int>(page));
    if (m_ui->pages->currentWidget() != widget)
        m_ui->pages->setCurrentWidget(widget);
    if (auto *area = qobject_cast<QScrollArea *>(widget); area && page == Page::Item)
        area->verticalScrollBar()->setValue(0);
    updateActions();
}

StatementEditor::Page StatementEditor::currentPage() const
{
    return m_navigator->pageAt(m_ui->navigator->currentIndex().row());
}

qsizetype StatementEditor::currentItem() const
{
    return currentPage() == Page::Item ? m_item->item() : -1;
}

void StatementEditor::stepPage(int delta)
{
    const int row = std::clamp(m_ui->navigator->currentIndex().row() + delta, 0, m_navigator->rowCount() - 1);
    m_ui->navigator->setCurrentIndex(m_navigator->index(row));
}

bool StatementEditor::revealPointer(const QString &pointer)
{
    if (!m_document)
        return false;
    const int row = m_navigator->rowOfPointer(pointer);
    if (row < 0)
        return false;
    m_ui->navigator->setCurrentIndex(m_navigator->index(row));
    rowChanged(row);
    EditorPage *editorPage = pageFor(m_navigator->pageAt(row));
    // The item's id or a measure's link list has no field of its own: the page is the place.
    if (editorPage && !editorPage->focusPointer(pointer))
        m_ui->pages->currentWidget()->setFocus();
    return true;
}

QList<EditorPage *> StatementEditor::editorPages() const
{
    // In the order of Page.
    return {m_details, m_audit, m_summary, m_item, m_measures, m_signatures};
}

EditorPage *StatementEditor::pageFor(Page page) const
{
    return editorPages().value(static_cast<int>(page));
}

void StatementEditor::focusChanged(QWidget *now)
{
    // Only fields of the forms count: going to the comments pane to write about the field
    // keeps it as the current one.
    EditorPage *page = pageFor(currentPage());
    if (!now || !page || !page->isAncestorOf(now))
        return;
    QString pointer = page->binder()->pointerAt(now);
    // The measures table stands for the measure selected in it.
    if (pointer.isEmpty() && page == m_measures && m_measures->currentMeasure() >= 0)
        pointer = u"/measures/%1/title"_s.arg(m_measures->currentMeasure());
    if (pointer.isEmpty() || pointer == m_currentField)
        return;
    m_currentField = pointer;
    Q_EMIT currentFieldChanged(pointer);
}

QString StatementEditor::currentField() const
{
    // A field on another page than the one shown is not what the user is looking at.
    if (m_currentField.isEmpty() || m_navigator->rowOfPointer(m_currentField) != m_ui->navigator->currentIndex().row())
        return {};
    if (currentPage() == Page::Item && CommentTargets::indexIn(m_currentField, u"items") != currentItem())
        return {};
    return m_currentField;
}

QString StatementEditor::selectedText(const QString &pointer) const
{
    EditorPage *page = pageFor(currentPage());
    QWidget *widget = page ? page->binder()->widgetFor(pointer) : nullptr;
    QString text;
    if (auto *edit = qobject_cast<QTextEdit *>(widget))
        text = edit->textCursor().selectedText();
    else if (auto *line = qobject_cast<QLineEdit *>(widget))
        text = line->selectedText();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        text = plain->textCursor().selectedText();
    // A selection across paragraphs has U+2029 between them.
    return text.replace(QChar::ParagraphSeparator, u'\n').trimmed();
}

void StatementEditor::updateCommentMarks()
{
    QHash<QString, QStringList> open;
    if (m_document && m_document->statement().review) {
        for (const Comment &comment : m_document->statement().review->comments) {
            if (!comment.resolved)
                open[comment.target].append(comment.text);
        }
    }
    for (EditorPage *page : editorPages())
        page->binder()->setCommentMarks(open);
}

void StatementEditor::revealLastChange()
{
    if (!m_lastChange.isEmpty())
        revealPointer(m_lastChange);
}

void StatementEditor::updateActions()
{
    const bool editable = isEditable();
    const qsizetype items = m_document ? m_document->statement().items.size() : 0;
    const qsizetype item = currentItem();
    m_addItem->setEnabled(editable);
    m_duplicateItem->setEnabled(editable && item >= 0);
    m_removeItem->setEnabled(editable && item >= 0);
    m_moveItemUp->setEnabled(editable && item > 0);
    m_moveItemDown->setEnabled(editable && item >= 0 && item < items - 1);
    m_linkMeasures->setEnabled(editable && item >= 0);
    m_addMeasure->setEnabled(editable);
    const bool onMeasure = currentPage() == Page::Measures && m_measures->currentMeasure() >= 0;
    m_removeMeasure->setEnabled(editable && onMeasure);
    m_linkItems->setEnabled(editable && onMeasure);
}

void StatementEditor::addItem()
{
    if (!isEditable())
        return;
    const Statement &s = m_document->statement();
    const qsizetype current = currentItem();
    Item item;
    item.kind = current >= 0 ? s.items.at(current).kind : ItemKind::Recommendation;
    item.id = s.unusedId(item.kind == ItemKind::Assessment ? u"b" : item.kind == ItemKind::Question ? u"q" : u"r");
    const qsizetype at = current >= 0 ? current + 1 : s.items.size();
    if (const auto r = m_document->insertItem(at, item); !r) {
        Q_EMIT message(r.error());
        return;
    }
    showPage(Page::Item, at);
    m_item->focusPointer(u"/items/%1/text"_s.arg(at));
}

void StatementEditor::duplicateItem()
{
    const qsizetype current = currentItem();
    if (!isEditable() || current < 0)
        return;
    const auto r = m_document->duplicateItem(current);
    if (!r) {
        Q_EMIT message(tr("Cannot duplicate the item: %1").arg(r.error()));
        return;
    }
    if (r.value() == StatementDocument::Change::Made)
        showPage(Page::Item, current + 1);
}

void StatementEditor::removeItem()
{
    const qsizetype current = currentItem();
    if (!isEditable() || current < 0)
        return;
    const QString heading = DocumentLabels(m_document->statement().language).itemHeading(m_document->statement(), current);
    // Undo brings the item back with its links, so no question is asked.
    if (const auto r = m_document->removeItem(current); !r) {
        Q_EMIT message(r.error());
        return;
    }
    const qsizetype items = m_document->statement().items.size();
    if (items > 0)
        showPage(Page::Item, std::min(current, items - 1));
    else
        showPage(Page::Summary);
    Q_EMIT message(tr("Removed %1. Undo brings it back.").arg(heading));
}

void StatementEditor::moveItem(int delta)
{
    const qsizetype current = currentItem();
    if (!isEditable() || current < 0)
        return;
    const qsizetype to = current + delta;
    if (to < 0 || to >= m_document->statement().items.size())
        return;
    const auto r = m_document->moveItem(current, to);
    if (!r) {
        Q_EMIT message(r.error());
        return;
    }
    if (r.value() == StatementDocument::Change::Made)
        showPage(Page::Item, to);
}

} // namespace yttra
