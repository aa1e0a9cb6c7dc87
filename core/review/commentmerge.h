// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/statement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace yttra {

/// A comment whose text it was about has changed since the reviewer wrote it.
struct CommentConflict
{
    QString commentId;
    QString target;
    QString quote;
    QString reason;
};

struct CommentMergeResult
{
    Review review; // the document's review with the copy's comments taken in
    int added = 0;
    int repliesAdded = 0;   // new replies on comments the document had
    int repliesOnAdded = 0; // the replies that came with the added comments
    int resolvedChanged = 0;
    QList<CommentConflict> conflicts;

    /// Nothing new came in: no comment, reply or resolving, and so no conflict either.
    bool isEmpty() const { return added + repliesAdded + resolvedChanged == 0 && conflicts.isEmpty(); }
};

/// Takes a reviewer's comments back into the secretary's document: comments matched by id,
/// none twice, replies merged, and a list of comments whose quoted text is no longer there.
class CommentMerge
{
    Q_DECLARE_TR_FUNCTIONS(CommentMerge)

public:
    static CommentMergeResult merge(const Statement &document, const Statement &copy);
};

} // namespace yttra
