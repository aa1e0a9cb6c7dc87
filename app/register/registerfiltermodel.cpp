// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/registerfiltermodel.h"

#include "register/registermodel.h"

#include <QDate>

namespace yttra {

RegisterFilterModel::RegisterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RegisterModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RegisterFilterModel::setBoard(const QString &board)
{
    m_board = board;
    invalidateRowsFilter();
}

void RegisterFilterModel::setAudit(const QString &audit)
{
    m_audit = audit;
    invalidateRowsFilter();
}

void RegisterFilterModel::setYear(int year)
{
    m_year = year;
    invalidateRowsFilter();
}

void RegisterFilterModel::setState(std::optional<RegisterState> state)
{
    m_state = state;
    invalidateRowsFilter();
}

void RegisterFilterModel::setResponsible(const QString &name)
{
    m_responsible = name;
    invalidateRowsFilter();
}

void RegisterFilterModel::setSearchText(const QString &text)
{
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool RegisterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_board.isEmpty() && index.data(RegisterModel::BoardRole).toString() != m_board)
        return false;
    if (!m_audit.isEmpty() && index.data(RegisterModel::AuditRole).toString() != m_audit)
        return false;
    if (m_year != 0 && index.data(RegisterModel::YearRole).toInt() != m_year)
        return false;
    if (m_state && index.data(RegisterModel::StateRole).toInt() != int(*m_state))
        return false;
    if (!m_responsible.isEmpty() && !index.data(RegisterModel::ResponsibleRole).toStringList().contains(m_responsible))
        return false;
    if (!m_words.isEmpty()) {
        const QString text = index.data(RegisterModel::SearchRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

bool RegisterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.metaType().id() == QMetaType::QDate && r.metaType().id() == QMetaType::QDate) {
        const QDate a = l.toDate();
        const QDate b = r.toDate();
        // A row without a date comes after every dated one, whichever way is sorted first.
        if (a.isValid() != b.isValid())
            return sortOrder() == Qt::AscendingOrder ? a.isValid() : !a.isValid();
        if (a != b)
            return a < b;
        return left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace yttra
