// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/statementdocument.h"

#include <QStringView>
#include <QUndoCommand>
#include <QVariant>

#include <functional>
#include <utility>

namespace yttra {

/// Base of every change to a StatementDocument. Commands hold by value whatever they take
/// out of the statement (a removed item, its links): while a command sits on the undo stack
/// it owns that data, and gives it back on undo. Commands address items and measures by
/// index; that is exact because every change goes through the same linear stack.
/// A command with a parent is one part of a larger step (duplicating an item links the copy
/// too); the parent owns it and runs the parts in order, and backwards on undo.
class DocumentCommand : public QUndoCommand
{
public:
    explicit DocumentCommand(StatementDocument *document, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document)
    {
    }

protected:
    Statement &statement() { return m_document->mutableStatement(); }
    StatementDocument *document() const { return m_document; }

    /// After an insert, remove or move in `list` ("items", "measures", "signatures"): the comments follow
    /// their fields (see CommentTargets). Keeps the review as it was for restoreComments().
    void followComments(QStringView list, const std::function<qsizetype(qsizetype)> &newIndex);
    /// On undo: the comments point where they did before the command.
    void restoreComments();

private:
    StatementDocument *m_document;
    std::optional<Review> m_reviewBefore;
    bool m_commentsFollowed = false;
};

/// Sets one field (by JSON pointer). Consecutive typing into the same field merges into one step.
/// Setting the review state of a statement without a review starts one (startsReview);
/// undoing takes it away again, so the statement is exactly as before.
class SetFieldCommand : public DocumentCommand
{
public:
    SetFieldCommand(StatementDocument *document, QString pointer, QVariant oldValue, QVariant newValue, bool mergeable,
                    bool startsReview = false);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);

    QString m_pointer;
    QVariant m_oldValue;
    QVariant m_newValue;
    bool m_mergeable;
    bool m_startsReview;
};

/// Inserts an item, a measure or a signature (T is Item, Measure or Signature) at an index.
template <typename T>
class InsertCommand : public DocumentCommand
{
public:
    InsertCommand(StatementDocument *document, qsizetype index, T element, const QString &text, QUndoCommand *parent = nullptr)
        : DocumentCommand(document, text, parent), m_index(index), m_element(std::move(element))
    {
    }
    void redo() override;
    void undo() override;

private:
    qsizetype m_index;
    T m_element;
};

/// Removes an item, a measure or a signature. Comments on it then point at the list itself
/// (see CommentTargets). Removing an item also removes the links measures had to it,
/// remembering where each link stood so undo restores the register exactly.
template <typename T>
class RemoveCommand : public DocumentCommand
{
public:
    RemoveCommand(StatementDocument *document, qsizetype index, const QString &text)
        : DocumentCommand(document, text), m_index(index)
    {
    }
    void redo() override;
    void undo() override;

private:
    struct Link
    {
        qsizetype measure;
        qsizetype position;
    };
    qsizetype m_index;
    T m_element;
    QList<Link> m_links;
};

/// Moves an item, a measure or a signature; the comments on it go with it.
template <typename T>
class MoveCommand : public DocumentCommand
{
public:
    MoveCommand(StatementDocument *document, qsizetype from, qsizetype to, const QString &text)
        : DocumentCommand(document, text), m_from(from), m_to(to)
    {
    }
    void redo() override;
    void undo() override;

private:
    qsizetype m_from;
    qsizetype m_to;
};

/// Replaces the whole review. Reviews are small, so keeping both versions is simpler than
/// one command per kind of comment edit, and undo restores them exactly.
class SetReviewCommand : public DocumentCommand
{
public:
    SetReviewCommand(StatementDocument *document, std::optional<Review> before, std::optional<Review> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<Review> &review);

    std::optional<Review> m_before;
    std::optional<Review> m_after;
};

/// Links a measure to an item, or removes that link.
class LinkCommand : public DocumentCommand
{
public:
    LinkCommand(StatementDocument *document, qsizetype measure, QString itemId, bool link, const QString &text,
                QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void set(bool linked);

    qsizetype m_measure;
    QString m_itemId;
    bool m_link;
    qsizetype m_position = -1; // where the link stood, to put it back in the same place
};

} // namespace yttra
