// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"

#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace yttra {

/// The measure register as the editor's table shows it, over a MeasureTableModel: sorted
/// by any column (deadlines by their last day, not their text; statuses in their natural
/// order; text in the document language's alphabetical order, so "Ö" comes after "Z" in
/// Swedish) and filtered by text and by status.
class MeasureFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MeasureFilterModel(QObject *parent = nullptr);

    /// Rows containing every word of the text (in any column, ignoring case); empty: all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    /// Rows with one of these statuses; empty: all.
    void setStatusFilter(const QList<MeasureStatus> &statuses);
    QList<MeasureStatus> statusFilter() const { return m_statuses; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
    QList<MeasureStatus> m_statuses;
    mutable QCollator m_collator;
    mutable QString m_collatorLanguage;
};

} // namespace yttra
