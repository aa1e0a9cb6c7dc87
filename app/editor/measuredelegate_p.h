// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace yttra {

/// Edits the cells of the measure register in place: the status from a list of the
/// document's words, the deadline as people write it ("juni 2026", "Q4 2026"); the other
/// columns as text. Everything goes through the table model, and so through the undo stack.
class MeasureDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    /// What was typed could not be taken, and why (the cell keeps its value).
    void refused(const QString &why) const;
};

} // namespace yttra
