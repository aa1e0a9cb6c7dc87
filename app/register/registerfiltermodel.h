// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/registerstate.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace yttra {

/// The register as the user narrows it: by board, audit, year of the statement, state and
/// responsible, and by words found anywhere in the row; sorted by any column, dates as dates
/// (rows without one last).
class RegisterFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RegisterFilterModel(QObject *parent = nullptr);

    /// Empty (or nothing, or 0 for the year): every row.
    void setBoard(const QString &board);
    void setAudit(const QString &audit);
    void setYear(int year);
    void setState(std::optional<RegisterState> state);
    void setResponsible(const QString &name);
    /// Every word must be found in the row, in any column, case and accents as typed aside.
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_board;
    QString m_audit;
    int m_year = 0;
    std::optional<RegisterState> m_state;
    QString m_responsible;
    QStringList m_words;
};

} // namespace yttra
