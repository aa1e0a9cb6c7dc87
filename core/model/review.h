// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/enumnames.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringView>

namespace yttra {

/// Where a draft is on its way from the secretary to the auditors.
enum class ReviewState { Draft, InReview, Approved, Decided, Sent };

inline constexpr EnumNameTable<ReviewState, 5> reviewStateNames{{
    {ReviewState::Draft, u"draft"},
    {ReviewState::InReview, u"inReview"},
    {ReviewState::Approved, u"approved"},
    {ReviewState::Decided, u"decided"},
    {ReviewState::Sent, u"sent"},
}};

struct Reply
{
    QString author;
    QString created; // ISO 8601 timestamp with offset
    QString text;
    QCborMap extra;

    bool operator==(const Reply &) const = default;
};

/// A reviewer's remark on one field of the statement (target is a JSON pointer into the file).
struct Comment
{
    QString id;
    QString target;
    QString quote;
    QString author;
    QString created;
    QString text;
    bool resolved = false;
    QList<Reply> replies;
    QCborMap extra;

    bool operator==(const Comment &) const = default;
};

struct HistoryEntry
{
    QString at;
    QString by;
    QString event;
    QString note;
    QCborMap extra;

    bool operator==(const HistoryEntry &) const = default;
};

/// The offline review of a draft: its state, the managers' comments and what happened when.
struct Review
{
    ReviewState state = ReviewState::Draft;
    QList<Comment> comments;
    QList<HistoryEntry> history;
    QCborMap extra;

    bool operator==(const Review &) const = default;

    /// The index of the comment with this id, or -1.
    qsizetype indexOfComment(QStringView id) const
    {
        for (qsizetype i = 0; i < comments.size(); ++i) {
            if (comments.at(i).id == id)
                return i;
        }
        return -1;
    }
    /// How many comments are not resolved yet.
    int openComments() const
    {
        int open = 0;
        for (const Comment &comment : comments)
            open += comment.resolved ? 0 : 1;
        return open;
    }
};

} // namespace yttra
