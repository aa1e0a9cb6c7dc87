// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/measurefiltermodel.h"

#include "document/measuretablemodel.h"
#include "document/statementdocument.h"
#include "model/deadline.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

MeasureFilterModel::MeasureFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void MeasureFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void MeasureFilterModel::setStatusFilter(const QList<MeasureStatus> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateFilter();
}

bool MeasureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statuses.isEmpty()) {
        const auto status = static_cast<MeasureStatus>(index.data(MeasureTableModel::StatusRole).toInt());
        if (!m_statuses.contains(status))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(MeasureTableModel::SearchTextRole).toString();
    return std::all_of(m_words.begin(), m_words.end(),
                       [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

bool MeasureFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case MeasureTableModel::Deadline:
        // By the last day: "2022-06-07" before "juni 2022" before "2022", ongoing and none last.
        return std::is_lt(left.data(MeasureTableModel::DeadlineRole).value<yttra::Deadline>()
                          <=> right.data(MeasureTableModel::DeadlineRole).value<yttra::Deadline>());
    case MeasureTableModel::Status:
        return left.data(MeasureTableModel::StatusRole).toInt() < right.data(MeasureTableModel::StatusRole).toInt();
    default: {
        // In the document's alphabet: Swedish puts å, ä, ö after z, in that order.
        const auto *table = qobject_cast<const MeasureTableModel *>(sourceModel());
        const QString language = table && table->document() ? table->document()->statement().language : u"sv"_s;
        // A collator is costly to make; a sort compares hundreds of times.
        if (language != m_collatorLanguage) {
            m_collator = QCollator(QLocale(language));
            m_collator.setCaseSensitivity(Qt::CaseInsensitive);
            m_collator.setNumericMode(true); // "Åtgärd 2" before "Åtgärd 10"
            m_collatorLanguage = language;
        }
        return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
    }
    }
}

} // namespace yttra
