// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace yttra {

class StatementDocument;

/// The statement's items as a list for views: heading and the start of the auditors' text.
class ItemListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, TextRole };

    explicit ItemListModel(QObject *parent = nullptr);

    void setDocument(StatementDocument *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QPointer<StatementDocument> m_document;
};

} // namespace yttra
