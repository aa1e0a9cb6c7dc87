// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/pendingrowchange.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace yttra {

class StatementDocument;

/// The measure register as a table for views: title, the items it answers, owner,
/// deadline, status, case and comment. Cells are edited through the document's undo stack
/// (setData pushes a command): the deadline as its canonical text ("2022-06", "2021-Q1"),
/// the status as a word of the document's language from StatusChoicesRole (for a combo
/// box). The rows follow the document's signals one by one, never by resetting.
class MeasureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Items, Owner, Deadline, Status, CaseReference, Comment, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,        // int: the MeasureStatus, in every column; settable
        StatusChoicesRole, // QStringList: the statuses in the document's language, in MeasureStatus order
        DeadlineRole,      // yttra::Deadline, in every column: sorts by its last day
        SearchTextRole,    // QString: all the row's text, for filtering
    };

    explicit MeasureTableModel(QObject *parent = nullptr);

    void setDocument(StatementDocument *document);
    StatementDocument *document() const { return m_document; }

    /// Why the last setData() was refused (empty when it was not), e.g. a deadline that does
    /// not parse.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void measureInserted(qsizetype index);
    void measureRemoved(qsizetype index);
    void measureMoved(qsizetype from, qsizetype to);
    void fieldChanged(const QString &pointer);
    void columnChanged(int column);
    void rowChanged(qsizetype row, int firstColumn, int lastColumn);
    bool refuse(const QString &reason);

    QPointer<StatementDocument> m_document;
    // The rows as views know them: the document changes before it signals (see NavigatorModel).
    int m_rows = 0;
    PendingRowChange m_pending;
    QString m_lastError;
};

} // namespace yttra
