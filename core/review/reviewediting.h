// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/review.h"
#include "review/commentmerge.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace yttra {

class StatementDocument;

/// What reviewers and the secretary do with a draft's review, each as one undoable edit of
/// the document: comment on a field, reply, resolve and reopen, move the draft from state
/// to state (recorded in the history with who and when), take comments back from a copy.
class ReviewEditing
{
    Q_DECLARE_TR_FUNCTIONS(ReviewEditing)

public:
    /// Adds a comment on the field at `target` (a JSON pointer); returns its new id.
    static Result<QString> addComment(StatementDocument &document, const QString &target, const QString &quote,
                                      const QString &author, const QString &text, const QDateTime &at = QDateTime::currentDateTime());
    static Result<void> reply(StatementDocument &document, const QString &commentId, const QString &author, const QString &text,
                              const QDateTime &at = QDateTime::currentDateTime());
    static Result<void> setResolved(StatementDocument &document, const QString &commentId, bool resolved, const QString &by,
                                    const QDateTime &at = QDateTime::currentDateTime());
    static Result<void> changeState(StatementDocument &document, ReviewState state, const QString &by, const QString &note = {},
                                    const QDateTime &at = QDateTime::currentDateTime());
    /// Takes the comments and replies of a reviewer's copy into the document.
    static Result<CommentMergeResult> importComments(StatementDocument &document, const Statement &copy);

    /// A change of state as the history keeps it.
    struct StateChange
    {
        ReviewState from;
        ReviewState to;
        QString note;
    };
    /// The change of state a history entry records (as changeState() writes it); nothing for
    /// other entries or a note that does not read as one.
    static std::optional<StateChange> stateChange(const HistoryEntry &entry);
    /// Who last put the draft in review, by the history; empty when nobody is recorded.
    static QString sentForReviewBy(const Review &review);

    /// A time stamp as the file keeps it: ISO 8601 with the offset from UTC.
    static QString timestamp(const QDateTime &at);
    /// The state's name in the user interface language.
    static QString stateName(ReviewState state);
};

} // namespace yttra
