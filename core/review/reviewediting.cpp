// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewediting.h"

#include "document/statementdocument.h"
#include "document/statementfields.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

Review currentReview(const StatementDocument &document)
{
    return document.statement().review.value_or(Review());
}

// Each caller below has made sure its review differs from the document's, so the edit
// changes something whenever it is not refused.
Result<void> replaceReview(StatementDocument &document, const Review &review, const QString &text)
{
    if (auto r = document.setReview(review, text); !r)
        return Result<void>::failure(r.error());
    return {};
}

} // namespace

QString ReviewEditing::timestamp(const QDateTime &at)
{
    // toOffsetFromUtc makes the offset explicit, so the string always carries it.
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

QString ReviewEditing::stateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft: return tr("Draft");
    case ReviewState::InReview: return tr("In review");
    case ReviewState::Approved: return tr("Approved");
    case ReviewState::Decided: return tr("Decided");
    case ReviewState::Sent: return tr("Sent");
    }
    return {};
}

Result<QString> ReviewEditing::addComment(StatementDocument &document, const QString &target, const QString &quote,
                                          const QString &author, const QString &text, const QDateTime &at)
{
    if (text.trimmed().isEmpty())
        return Result<QString>::failure(tr("a comment needs some text"));
    if (!StatementFields::value(document.statement(), target) && target != u"/"_s)
        return Result<QString>::failure(tr("%1 is not a field of this statement").arg(target));
    Review review = currentReview(document);
    Comment comment;
    // Random ids: two reviewers commenting on their own copies must not both make "c1".
    comment.id = u"c-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    comment.target = target;
    comment.quote = quote;
    comment.author = author;
    comment.created = timestamp(at);
    comment.text = text;
    review.comments.append(comment);
    if (auto r = replaceReview(document, review, tr("Add comment")); !r)
        return Result<QString>::failure(r.error());
    return comment.id;
}

Result<void> ReviewEditing::reply(StatementDocument &document, const QString &commentId, const QString &author,
                                  const QString &text, const QDateTime &at)
{
    if (text.trimmed().isEmpty())
        return Result<void>::failure(tr("a reply needs some text"));
    Review review = currentReview(document);
    const qsizetype i = review.indexOfComment(commentId);
    if (i < 0)
        return Result<void>::failure(tr("there is no comment \"%1\"").arg(commentId));
    review.comments[i].replies.append({author, timestamp(at), text, {}});
    return replaceReview(document, review, tr("Reply to comment"));
}

Result<void> ReviewEditing::setResolved(StatementDocument &document, const QString &commentId, bool resolved, const QString &by,
                                        const QDateTime &at)
{
    Review review = currentReview(document);
    const qsizetype i = review.indexOfComment(commentId);
    if (i < 0)
        return Result<void>::failure(tr("there is no comment \"%1\"").arg(commentId));
    if (review.comments.at(i).resolved == resolved)
        return {};
    review.comments[i].resolved = resolved;
    review.history.append({timestamp(at), by, resolved ? u"commentResolved"_s : u"commentReopened"_s, commentId, {}});
    return replaceReview(document, review, resolved ? tr("Resolve comment") : tr("Reopen comment"));
}

Result<void> ReviewEditing::changeState(StatementDocument &document, ReviewState state, const QString &by, const QString &note,
                                        const QDateTime &at)
{
    Review review = currentReview(document);
    if (review.state == state)
        return {};
    // "draft -> inReview: note", as docs/format.md has it; stateChange() reads it back.
    QString entry = enumName(reviewStateNames, review.state) + u" -> "_s + enumName(reviewStateNames, state);
    if (!note.trimmed().isEmpty())
        entry += u": "_s + note.trimmed();
    review.history.append({timestamp(at), by, u"stateChanged"_s, entry, {}});
    review.state = state;
    return replaceReview(document, review, tr("Set review state to %1").arg(stateName(state)));
}

std::optional<ReviewEditing::StateChange> ReviewEditing::stateChange(const HistoryEntry &entry)
{
    if (entry.event != u"stateChanged")
        return std::nullopt;
    const qsizetype colon = entry.note.indexOf(u':');
    const QStringView transition = QStringView(entry.note).left(colon < 0 ? entry.note.size() : colon);
    const qsizetype arrow = transition.indexOf(u" -> ");
    if (arrow < 0)
        return std::nullopt;
    const auto from = enumFromName(reviewStateNames, transition.left(arrow).trimmed());
    const auto to = enumFromName(reviewStateNames, transition.mid(arrow + 4).trimmed());
    if (!from || !to)
        return std::nullopt;
    return StateChange{*from, *to, colon < 0 ? QString() : entry.note.mid(colon + 1).trimmed()};
}

QString ReviewEditing::sentForReviewBy(const Review &review)
{
    for (auto it = review.history.crbegin(); it != review.history.crend(); ++it) {
        if (const auto change = stateChange(*it); change && change->to == ReviewState::InReview)
            return it->by;
    }
    return {};
}

Result<CommentMergeResult> ReviewEditing::importComments(StatementDocument &document, const Statement &copy)
{
    CommentMergeResult merged = CommentMerge::merge(document.statement(), copy);
    if (!merged.isEmpty()) {
        if (auto r = document.setReview(merged.review, tr("Import comments")); !r)
            return Result<CommentMergeResult>::failure(r.error());
    }
    return merged;
}

} // namespace yttra
