// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/commentmerge.h"

#include "document/statementfields.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

bool sameReply(const Reply &a, const Reply &b)
{
    return a.author == b.author && a.created == b.created && a.text == b.text;
}

// The same comment, not merely the same id: reviewers' copies may both hold a "c1".
bool sameComment(const Comment &a, const Comment &b)
{
    return a.author == b.author && a.created == b.created && a.target == b.target && a.text == b.text;
}

} // namespace

CommentMergeResult CommentMerge::merge(const Statement &document, const Statement &copy)
{
    CommentMergeResult result;
    result.review = document.review.value_or(Review());
    if (!copy.review)
        return result;

    for (const Comment &theirs : copy.review->comments) {
        auto mine = std::find_if(result.review.comments.begin(), result.review.comments.end(),
                                 [&](const Comment &c) { return c.id == theirs.id; });
        if (mine != result.review.comments.end() && sameComment(*mine, theirs)) {
            for (const Reply &reply : theirs.replies) {
                const bool known = std::any_of(mine->replies.cbegin(), mine->replies.cend(), [&](const Reply &r) { return sameReply(r, reply); });
                if (!known) {
                    mine->replies.append(reply);
                    ++result.repliesAdded;
                }
            }
            // Resolving is what a reviewer's copy can add; reopening stays with the secretary.
            if (theirs.resolved && !mine->resolved) {
                mine->resolved = true;
                ++result.resolvedChanged;
            }
            continue;
        }
        Comment added = theirs;
        if (mine != result.review.comments.end())
            added.id = u"c-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        result.review.comments.append(added);
        ++result.added;
        result.repliesOnAdded += int(added.replies.size());

        const auto value = StatementFields::value(document, added.target);
        if (!value) {
            result.conflicts.append({added.id, added.target, added.quote, tr("the field it is about no longer exists")});
        } else if (!added.quote.isEmpty() && !value->toString().contains(added.quote)) {
            result.conflicts.append({added.id, added.target, added.quote, tr("the quoted text has changed since the comment was written")});
        }
    }
    return result;
}

} // namespace yttra
