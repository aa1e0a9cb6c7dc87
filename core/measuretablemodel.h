// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace yttra {

class StatementDocument;

/// The measure register as a table for views: title, the items it answers, owner,
/// deadline, status, case and comment.
class MeasureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Items, Owner, Deadline, Status, CaseReference, Comment, ColumnCount };

    explicit MeasureTableModel(QObject *parent = nullptr);

    void setDocument(StatementDocument *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<StatementDocument> m_document;
};

} // namespace yttra
