// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/measuredelegate_p.h"

#include "document/measuretablemodel.h"
#include "document/statementdocument.h"
#include "fields/deadlineinput.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QLineEdit>

namespace yttra {

namespace {

// The document's language, from the table model under the proxies.
QString languageOf(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    const auto *table = qobject_cast<const MeasureTableModel *>(model);
    return table && table->document() ? table->document()->statement().language : QStringLiteral("sv");
}

} // namespace

QWidget *MeasureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == MeasureTableModel::Status) {
        auto *combo = new QComboBox(parent);
        combo->addItems(index.data(MeasureTableModel::StatusChoicesRole).toStringList());
        combo->setAccessibleName(tr("Status"));
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (index.column() == MeasureTableModel::Deadline)
        editor->setToolTip(tr("e.g. 2026-06-30, juni 2026, Q4 2026, tertial 1 2027, löpande"));
    return editor;
}

void MeasureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(index.data(MeasureTableModel::StatusRole).toInt());
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && index.column() == MeasureTableModel::Deadline) {
        const auto deadline = index.data(MeasureTableModel::DeadlineRole).value<Deadline>();
        line->setText(DeadlineInput::editText(deadline, languageOf(index.model())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void MeasureDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentIndex(), MeasureTableModel::StatusRole);
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && index.column() == MeasureTableModel::Deadline) {
        const auto parsed = DeadlineInput::parse(line->text());
        if (!parsed) {
            Q_EMIT refused(parsed.error());
            return;
        }
        model->setData(index, parsed.value().toString(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace yttra
