// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "document/pendingrowchange.h"
#include "document/statementdocument.h"
#include "validation/validator.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace yttra {

/// The parts of a statement as the editor's navigator lists them: the details, the audit,
/// the summary, each item (heading, kind, the start of the auditors' text, whether it is
/// complete), the measure register and the signatures. Items are edited and moved only
/// through the document's undo stack. The rows follow the document's signals one by one,
/// never by resetting, so a view keeps its selection. Marks are roles (StateRole, PageRole,
/// OpenCommentsRole) for the view to draw; the model holds no widgets, icons or fonts.
class NavigatorModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Page { Details, Audit, Summary, Item, Measures, Signatures };
    /// What is wrong with a row, for its mark.
    enum class State { Complete, Gaps, Errors };
    enum Role {
        PageRole = Qt::UserRole + 1, // int(Page)
        ItemIndexRole,               // the item's index, -1 for other pages
        StateRole,                   // int(State)
        ProblemCountRole,            // the validator's findings for the page or item
        CompleteRole,                // bool: no findings at all
        FindingsRole,                // QStringList: what the validator says about the page or item
        OpenCommentsRole,            // reviewers' comments on the page or item not yet resolved
        // Items only:
        IdRole,
        KindRole,        // the file's word ("recommendation"); settable, also as a KindChoicesRole index
        TextRole,        // the auditors' text (markdown); settable
        HeadingRole,     // "Åtgärdsområde 2", or the item's label
        NumberRole,      // the item's number in the report; settable
        KindChoicesRole, // QStringList: the kinds in the document's language, in ItemKind order
    };
    // Qt::EditRole of an item is its label (empty: the heading is derived from its position).

    /// The MIME type of a dragged item: the document it comes from and the item's index.
    static QString rowMimeType();

    explicit NavigatorModel(QObject *parent = nullptr);

    void setDocument(StatementDocument *document);
    StatementDocument *document() const;
    /// Refuses edits and moves while the document is only shown (open beside someone else,
    /// or under review), even where the document itself would take them.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    /// What the validator found at the last change; the rows' marks come from it.
    const QList<Finding> &findings() const { return m_findings; }
    /// Why the last setData() or move was refused (empty when it was not).
    QString lastError() const { return m_lastError; }

    /// Moves item `from` to index `to` as one undoable step, as dragging it does: Change::None
    /// when it is dropped where it was; refused while the navigator is read-only.
    Result<StatementDocument::Change> moveItem(qsizetype from, qsizetype to);

    int rowOf(Page page) const;
    int rowOfItem(qsizetype item) const { return static_cast<int>(itemRows + item); }
    Page pageAt(int row) const;
    qsizetype itemAt(int row) const;
    /// The row a finding, comment or field at this pointer belongs to.
    int rowOfPointer(const QString &pointer) const;
    /// The open comments on a row's page or item.
    int openCommentsAt(int row) const;

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
    /// What a list view calls when an item is dragged within it: one item, put before the row
    /// destinationChild (between the summary and the measure register), as one undoable step.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    static constexpr int itemRows = 3; // Details, Audit, Summary come first

    QVariant itemData(int row, int role) const;
    QVariant pageData(Page page, int row, int role) const;
    QVariant withComments(int row, const QString &text) const;
    State stateAt(int row) const;
    bool isEditable() const;

    void itemInserted(qsizetype index);
    void itemRemoved(qsizetype index);
    void itemMoved(qsizetype from, qsizetype to);
    void fieldChanged(const QString &pointer);
    void itemsChanged(qsizetype first, qsizetype last, const QList<int> &roles = {});
    void pageChanged(Page page);
    void updateFindings();
    std::optional<qsizetype> draggedItem(const QMimeData *data) const;
    std::optional<qsizetype> dropIndex(qsizetype from, int row, const QModelIndex &parent) const;
    bool refuse(const QString &reason);
    /// What a view is told of a move: whether it moved; why not, in lastError().
    bool moved(const Result<StatementDocument::Change> &result);

    QPointer<StatementDocument> m_document;
    bool m_readOnly = false;
    // The items as views know them: the document changes before it signals, and a view
    // must see the old rows until a model's begin…Rows() and the new ones after end…Rows().
    int m_items = 0;
    PendingRowChange m_pending;
    QList<Finding> m_findings;
    QList<QStringList> m_rowFindings; // per row, the messages of m_findings that belong to it
    QList<bool> m_rowErrors;          // per row, whether an error is among them
    QString m_lastError;
};

} // namespace yttra
