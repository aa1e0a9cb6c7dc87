// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/measurespage.h"
#include "ui_measurespage.h"

#include "common/messagebox.h"
#include "dialogs/linkdialog.h"
#include "document/measurefiltermodel.h"
#include "document/measuretablemodel.h"
#include "document/statementdocument.h"
#include "editor/fieldbinder_p.h"
#include "editor/measuredelegate_p.h"
#include "language/documentlabels.h"
#include "markdown/markdown.h"

#include <QAction>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace yttra {

MeasuresPage::MeasuresPage(QWidget *parent)
    : EditorPage(parent), m_ui(std::make_unique<Ui::MeasuresPage>()), m_model(new MeasureTableModel(this)), m_proxy(new MeasureFilterModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    QTableView *table = m_ui->measureTable;
    table->setModel(m_proxy);
    // Cells are edited in place too (F2 or a double click); the status is a list of the
    // document's words and the deadline is read as people write it.
    auto *delegate = new MeasureDelegate(table);
    table->setItemDelegate(delegate);
    connect(delegate, &MeasureDelegate::refused, this, [this](const QString &why) {
        m_ui->countLabel->setText(why);
    });
    QHeaderView *header = table->horizontalHeader();
    header->setSortIndicatorClearable(true);
    // The register's own order until the user sorts: a third click on a heading returns to it.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // What one looks for first stands first: the measure, its status and its deadline.
    header->moveSection(header->visualIndex(MeasureTableModel::Status), 1);
    header->moveSection(header->visualIndex(MeasureTableModel::Deadline), 2);
    header->moveSection(header->visualIndex(MeasureTableModel::Owner), 3);
    header->setHighlightSections(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->descriptionEdit->setAccessibleName(tr("Description of the measure"));
    m_ui->deadlineField->setAccessibleName(tr("Deadline of the measure"));
    m_ui->descriptionEdit->setMinimumLines(3);
    m_ui->filterEdit->setAccessibleName(tr("Filter measures"));

    m_binder->bind(m_ui->titleEdit, u"/title"_s);
    m_binder->bind(m_ui->statusCombo, u"/status"_s);
    m_binder->bind(m_ui->deadlineField, u"/deadline"_s);
    m_binder->bind(m_ui->ownerEdit, u"/owner"_s);
    m_binder->bind(m_ui->caseEdit, u"/caseReference"_s);
    m_binder->bind(m_ui->commentEdit, u"/comment"_s);
    m_binder->bind(m_ui->descriptionEdit, u"/description"_s);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        restoreSelection();
        updateCount();
    });
    connect(m_ui->statusFilter, &QComboBox::activated, this, [this] {
        const QVariant data = m_ui->statusFilter->currentData();
        const auto status = data.isValid() ? enumFromName(measureStatusNames, data.toString()) : std::nullopt;
        m_proxy->setStatusFilter(status ? QList<MeasureStatus>{*status} : QList<MeasureStatus>());
        restoreSelection();
        updateCount();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeasuresPage::currentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MeasuresPage::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MeasuresPage::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MeasuresPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MeasuresPage::updateCount);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MeasuresPage::updateButtons);
    connect(table, &QTableView::activated, this, [this] { m_ui->titleEdit->setFocus(); });

    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addMeasure(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &MeasuresPage::removeMeasure);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveMeasure(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveMeasure(1); });
    connect(m_ui->linkItemsButton, &QPushButton::clicked, this, &MeasuresPage::chooseItems);

    // In the table itself: Delete removes, Insert adds, Ctrl+Shift+Up/Down reorder.
    auto tableAction = [this, table](const QKeySequence &key, auto slot) {
        auto *action = new QAction(table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        table->addAction(action);
    };
    tableAction(QKeySequence::Delete, [this] { removeMeasure(); });
    tableAction(QKeySequence(Qt::Key_Insert), [this] { addMeasure(); });
    tableAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] { moveMeasure(-1); });
    tableAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] { moveMeasure(1); });
    updateButtons();
}

MeasuresPage::~MeasuresPage() = default;

QTableView *MeasuresPage::table() const
{
    return m_ui->measureTable;
}

void MeasuresPage::setDocument(StatementDocument *document)
{
    if (this->document())
        disconnect(this->document(), nullptr, this, nullptr);
    m_currentId.clear();
    m_model->setDocument(document);
    EditorPage::setDocument(document);
    fillStatusCombos();
    if (document) {
        connect(document, &StatementDocument::linksChanged, this, [this](qsizetype measure) {
            if (measure == currentMeasure())
                updateDetails();
        });
        connect(document, &StatementDocument::fieldChanged, this, [this](const QString &pointer) {
            if (pointer == u"/language") {
                fillStatusCombos();
                m_binder->reload();
                updateDetails();
            } else if (pointer.startsWith(u"/items/"_s) && (pointer.endsWith(u"/label"_s) || pointer.endsWith(u"/kind"_s))) {
                updateDetails();
            }
        });
        for (auto signal : {&StatementDocument::itemInserted, &StatementDocument::itemRemoved})
            connect(document, signal, this, &MeasuresPage::updateDetails);
        connect(document, &StatementDocument::itemMoved, this, &MeasuresPage::updateDetails);
        connect(document, &StatementDocument::measureRemoved, this, [this] {
            // The removed one's neighbour takes its place in the form.
            if (this->document() && this->document()->statement().indexOfMeasure(m_currentId) < 0)
                m_currentId.clear();
            restoreSelection();
        });
        connect(document, &StatementDocument::measureMoved, this, &MeasuresPage::restoreSelection);
        connect(document, &StatementDocument::measureInserted, this, &MeasuresPage::restoreSelection);
    }
    // Columns as wide as their text, up to a share that leaves room for the others; the
    // title gets the most.
    QTableView *table = m_ui->measureTable;
    table->resizeColumnsToContents();
    for (int column = 0; column < MeasureTableModel::ColumnCount; ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), column == MeasureTableModel::Title ? 320 : 150));
    restoreSelection();
    updateCount();
    updateButtons();
}

void MeasuresPage::setReadOnly(bool readOnly)
{
    EditorPage::setReadOnly(readOnly);
    updateButtons();
}

void MeasuresPage::fillStatusCombos()
{
    const DocumentLabels labels(document() ? document()->statement().language : u"sv"_s);
    const QVariant filter = m_ui->statusFilter->currentData();
    m_ui->statusCombo->clear();
    m_ui->statusFilter->clear();
    m_ui->statusFilter->addItem(tr("All statuses"));
    for (const auto &[status, name] : measureStatusNames) {
        m_ui->statusCombo->addItem(labels.measureStatus(status), QString::fromUtf16(name));
        m_ui->statusFilter->addItem(labels.measureStatus(status), QString::fromUtf16(name));
    }
    m_ui->statusFilter->setCurrentIndex(std::max(0, m_ui->statusFilter->findData(filter)));
}

qsizetype MeasuresPage::currentMeasure() const
{
    return document() ? document()->statement().indexOfMeasure(m_currentId) : -1;
}

void MeasuresPage::currentChanged(const QModelIndex &current)
{
    if (!current.isValid() || !document())
        return; // a reset passes through "nothing selected"; restoreSelection() follows
    const QModelIndex source = m_proxy->mapToSource(current);
    bindTo(source.row());
}

void MeasuresPage::bindTo(qsizetype measure)
{
    const bool valid = document() && measure >= 0 && measure < document()->statement().measures.size();
    m_currentId = valid ? document()->statement().measures.at(measure).id : QString();
    m_ui->detailGroup->setEnabled(valid);
    if (valid)
        m_binder->setPrefix(u"/measures/%1"_s.arg(measure));
    else
        m_binder->setPrefix(u"/measures/-"_s); // names no measure: the fields show nothing
    updateDetails();
    updateButtons();
}

void MeasuresPage::restoreSelection()
{
    if (!document())
        return;
    qsizetype measure = currentMeasure();
    if (measure < 0 && !document()->statement().measures.isEmpty()) {
        // Nothing chosen yet, or the chosen one is gone: the first one shown.
        const QModelIndex first = m_proxy->index(0, 0);
        measure = first.isValid() ? m_proxy->mapToSource(first).row() : -1;
    }
    const QModelIndex proxyIndex = measure >= 0 ? m_proxy->mapFromSource(m_model->index(static_cast<int>(measure), 0)) : QModelIndex();
    if (proxyIndex.isValid()) {
        QItemSelectionModel *selection = m_ui->measureTable->selectionModel();
        if (selection->currentIndex().row() != proxyIndex.row() || !selection->isRowSelected(proxyIndex.row()))
            selection->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->measureTable->scrollTo(proxyIndex);
    }
    // Bound by index: moves and removals around the measure change its index.
    if (measure >= 0 && m_binder->prefix() != u"/measures/%1"_s.arg(measure))
        bindTo(measure);
    else if (measure < 0)
        bindTo(-1);
    updateButtons();
}

void MeasuresPage::selectMeasure(qsizetype measure)
{
    if (!document() || measure < 0 || measure >= document()->statement().measures.size())
        return;
    const QModelIndex source = m_model->index(static_cast<int>(measure), 0);
    if (!m_proxy->mapFromSource(source).isValid()) {
        m_ui->filterEdit->clear();
        m_ui->statusFilter->setCurrentIndex(0);
        m_proxy->setStatusFilter({});
    }
    m_currentId = document()->statement().measures.at(measure).id;
    restoreSelection();
    bindTo(measure);
}

bool MeasuresPage::focusPointer(const QString &pointer)
{
    const QList<QStringView> tokens = QStringView(pointer).mid(1).split(u'/');
    if (tokens.value(0) != u"measures")
        return false;
    bool ok = false;
    const qsizetype measure = tokens.value(1).toLongLong(&ok);
    if (!ok)
        return false;
    selectMeasure(measure);
    if (tokens.value(2) == u"items") {
        m_ui->linkItemsButton->setFocus();
        return true;
    }
    if (EditorPage::focusPointer(u"/measures/%1/%2"_s.arg(measure).arg(tokens.value(2))))
        return true;
    m_ui->titleEdit->setFocus();
    return true;
}

void MeasuresPage::updateDetails()
{
    const qsizetype measure = currentMeasure();
    if (!document() || measure < 0) {
        m_ui->itemsText->setText(QString());
        return;
    }
    const Statement &s = document()->statement();
    const DocumentLabels labels(s.language);
    QStringList headings;
    for (const QString &id : s.measures.at(measure).items) {
        const qsizetype i = s.indexOfItem(id);
        headings.append(i >= 0 ? labels.itemHeading(s, i) : id);
    }
    m_ui->itemsText->setText(headings.isEmpty() ? tr("No item yet") : headings.join(u", "_s));
    m_ui->detailGroup->setTitle(tr("Measure %1 of %2").arg(measure + 1).arg(s.measures.size()));
}

void MeasuresPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_ui->countLabel->setText(shown == total ? tr("%n measure(s)", nullptr, total)
                                             : tr("%1 of %n measure(s) shown", nullptr, total).arg(shown));
}

void MeasuresPage::updateButtons()
{
    const bool editable = isEditable();
    const qsizetype measure = currentMeasure();
    const qsizetype count = document() ? document()->statement().measures.size() : 0;
    // Moving means the register's order, which a sorted table does not show.
    const bool registerOrder = m_proxy->sortColumn() < 0;
    m_ui->addButton->setEnabled(editable);
    m_ui->removeButton->setEnabled(editable && measure >= 0);
    m_ui->upButton->setEnabled(editable && registerOrder && measure > 0);
    m_ui->downButton->setEnabled(editable && registerOrder && measure >= 0 && measure < count - 1);
    m_ui->linkItemsButton->setEnabled(editable && measure >= 0);
    m_ui->measureTable->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                 : QAbstractItemView::NoEditTriggers);
}

void MeasuresPage::addMeasure(const QString &itemId)
{
    if (!isEditable())
        return;
    const Statement &s = document()->statement();
    Measure measure;
    measure.id = s.unusedId(u"m");
    if (!itemId.isEmpty() && s.indexOfItem(itemId) >= 0)
        measure.items = {itemId};
    const qsizetype current = currentMeasure();
    const qsizetype at = current >= 0 ? current + 1 : s.measures.size();
    if (const auto r = document()->insertMeasure(at, measure); !r) {
        MessageBox::warning(this, tr("Cannot add the measure"), r.error());
        return;
    }
    selectMeasure(at);
    m_ui->titleEdit->setFocus();
}

void MeasuresPage::removeMeasure()
{
    const qsizetype measure = currentMeasure();
    if (!document() || measure < 0 || !isEditable())
        return;
    // Undo brings it back with its links, so no question is asked.
    if (const auto r = document()->removeMeasure(measure); !r)
        MessageBox::warning(this, tr("Cannot remove the measure"), r.error());
    m_ui->measureTable->setFocus();
}

void MeasuresPage::moveMeasure(int delta)
{
    const qsizetype measure = currentMeasure();
    if (!isEditable() || measure < 0 || m_proxy->sortColumn() >= 0)
        return;
    const qsizetype to = measure + delta;
    if (to < 0 || to >= document()->statement().measures.size())
        return;
    if (const auto r = document()->moveMeasure(measure, to); !r)
        MessageBox::warning(this, tr("Cannot move the measure"), r.error());
}

void MeasuresPage::chooseItems()
{
    const qsizetype measure = currentMeasure();
    if (!document() || measure < 0 || !isEditable())
        return;
    const Statement &s = document()->statement();
    const DocumentLabels labels(s.language);
    const Measure &m = s.measures.at(measure);
    QList<LinkDialog::Choice> choices;
    for (qsizetype i = 0; i < s.items.size(); ++i) {
        const Item &item = s.items.at(i);
        QString text = Markdown::plainText(item.text).simplified();
        if (text.size() > 120)
            text = text.left(120) + u'…';
        choices.append({item.id, u"%1: %2"_s.arg(labels.itemHeading(s, i), text), Markdown::plainText(item.text),
                        m.items.contains(item.id)});
    }
    const QString title = m.title.isEmpty() ? tr("the measure") : m.title;
    const auto chosen = LinkDialog::choose(this, tr("Items answered by %1").arg(title),
                                           tr("Tick the items that \"%1\" answers.").arg(title), choices);
    if (!chosen)
        return;
    // Keep the order of the items in the statement.
    QStringList ordered;
    for (const Item &item : s.items) {
        if (chosen->contains(item.id))
            ordered.append(item.id);
    }
    if (const auto r = document()->setItemsOfMeasure(measure, ordered, tr("Link %1 to items").arg(title)); !r)
        MessageBox::warning(this, tr("Cannot link the items"), r.error());
}

} // namespace yttra
