// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statementdocument.h"
#include "validator.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>
#include <QPointer>

namespace yttra {


/// The parts of a statement as the navigator lists them: its details, the audit, the
/// summary, each item with a mark for whether it is complete, the measure register and the
/// signatures. Items can be dragged to a new place; the move goes through the document.
class NavigatorModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Page { Details, Audit, Summary, Item, Measures, Signatures };
    enum Role {
        PageRole = Qt::UserRole + 1, // int(Page)
        ItemIndexRole,               // the item's index, -1 for other pages
        ProblemCountRole,            // the validator's findings for the page or item
        CompleteRole,                // no findings at all
        OpenCommentsRole,            // reviewers' comments on the page or item not yet resolved
    };
    /// What is wrong with a row, for its mark.
    enum class State { Complete, Gaps, Errors };

    explicit NavigatorModel(QObject *parent = nullptr);

    void setDocument(StatementDocument *document);
    /// Items cannot be dragged to a new place while the document is only shown.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// The validator's findings, for the marks.
    void setFindings(const QList<Finding> &findings);

    int rowOf(Page page) const;
    int rowOfItem(qsizetype item) const { return static_cast<int>(itemRows + item); }
    Page pageAt(int row) const;
    qsizetype itemAt(int row) const;
    /// The row a finding or field at this pointer belongs to.
    int rowOfPointer(const QString &pointer) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    /// What a list view calls when an item is dragged within it (destinationChild is the
    /// row it goes before); through the document, so it is undoable.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    /// Moves one item to the place of another; through the document, so it is undoable.
    bool moveItem(qsizetype from, qsizetype to);

    /// The open comments on a row's page or item.
    int openCommentsAt(int row) const;

private:
    static constexpr int itemRows = 3; // Details, Audit, Summary come first

    qsizetype itemCount() const;
    void itemsChangedFrom(qsizetype first);
    QIcon icon(State state) const;

    QPointer<StatementDocument> m_document;
    bool m_readOnly = false;
    QList<int> m_problems; // findings per row
    QList<bool> m_errors;  // whether a row has an error among them
    mutable QIcon m_icons[3];
};

} // namespace yttra
