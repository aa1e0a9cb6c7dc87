// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/register.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QStringList>

namespace yttra {

/// The register's entries as a table, one row per recommendation (assessment, question):
/// its state (named and with an icon, never told by colour alone), the next date, board,
/// audit, item, the auditors' words, who is responsible and the measures' deadlines.
class RegisterModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        NextDateColumn,
        BoardColumn,
        AuditColumn,
        ItemColumn,
        TextColumn,
        ResponsibleColumn,
        DeadlinesColumn,
        ColumnCount
    };
    enum Role {
        /// What the column sorts by: dates as QDate, the state in the states' order.
        SortRole = Qt::UserRole + 1,
        StateRole, ///< the RegisterState, as int
        BoardRole,
        AuditRole, ///< the audit's reference, or its title when it has none
        YearRole, ///< the year of the (first) statement's date, as int; 0 when unknown
        ResponsibleRole, ///< the measures' owners, a QStringList
        SearchRole, ///< every text of the row, for the free-text search
        FileRole, ///< the statement a double click opens, relative to the folder (see statementFile())
        ItemIdRole,
    };

    explicit RegisterModel(QObject *parent = nullptr);

    void setRegister(const Register &reg);
    const Register &reg() const { return m_register; }
    const RegisterEntry &entry(int row) const { return m_register.entries.at(row); }

    /// The statement that opens at an entry: its follow-up when there is one (the row's state,
    /// measures and what was done come from it, and it is the one being worked on), else the
    /// first statement. Relative to the register's folder.
    static QString statementFile(const RegisterEntry &entry);
    /// The icon that, with its name, shows a state.
    static QIcon stateIcon(RegisterState state);
    /// The audit as the table shows it: "reference – title", or whichever there is.
    static QString auditText(const RegisterEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString itemText(const RegisterEntry &entry) const;

    Register m_register;
};

} // namespace yttra
