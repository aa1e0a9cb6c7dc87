// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pendingrowchange.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace yttra {

class StatementDocument;

/// The statement's items as a list for views (the editor's navigator): heading and the
/// start of the auditors' text, whether the item is complete, and editing through the
/// document's undo stack: setData pushes a command, drag and drop moves an item. The rows
/// follow the document's signals one by one (inserted, removed, moved, changed), never by
/// resetting, so a view keeps its selection.
class ItemListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,        // the file's word ("recommendation"); settable, also as a KindChoicesRole index
        TextRole,        // the auditors' text (markdown); settable
        HeadingRole,     // "Åtgärdsområde 2", or the item's label
        NumberRole,      // the item's number in the report; settable
        CompleteRole,    // bool: the validator finds nothing to say about the item
        FindingsRole,    // QStringList: what the validator says about it
        KindChoicesRole, // QStringList: the kinds in the document's language, in ItemKind order
    };
    // Qt::EditRole is the item's label (empty: the heading is derived from its position).

    /// The MIME type of a dragged item: the document it comes from and its row.
    static QString rowMimeType();

    explicit ItemListModel(QObject *parent = nullptr);

    void setDocument(StatementDocument *document);
    StatementDocument *document() const { return m_document; }

    /// Why the last setData() or move was refused (empty when it was not).
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    /// Moves one item (count 1) before destinationChild, as one undoable step.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    void itemInserted(qsizetype index);
    void itemRemoved(qsizetype index);
    void itemMoved(qsizetype from, qsizetype to);
    void fieldChanged(const QString &pointer);
    void headingsChanged(qsizetype first, qsizetype last);
    void updateFindings();
    std::optional<int> draggedRow(const QMimeData *data) const;
    bool refuse(const QString &reason);

    QPointer<StatementDocument> m_document;
    // The rows as views know them: the document changes before it signals, and a view
    // must see the old rows until a model's begin…Rows() and the new ones after end…Rows().
    int m_rows = 0;
    PendingRowChange m_pending;
    QList<QStringList> m_findings; // per row, what the validator said at the last change
    QString m_lastError;
};

} // namespace yttra
