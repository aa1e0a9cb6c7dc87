// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/statementdocument.h"
#include "format/example.h"
#include "review/commentmerge.h"
#include "review/reviewediting.h"
#include "testhelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

Comment comment(const QString &id, const QString &target, const QString &quote, const QString &author)
{
    Comment c;
    c.id = id;
    c.target = target;
    c.quote = quote;
    c.author = author;
    c.created = u"2026-05-04T09:30:00+02:00"_s;
    c.text = u"Kommentar av "_s + author;
    return c;
}

Statement withComments(QList<Comment> comments)
{
    Statement s = Example::statement();
    s.review = Review();
    s.review->comments = std::move(comments);
    return s;
}

} // namespace

/// Taking a reviewer's comments back: new, already present, conflicting.
class TestCommentMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCommentsAreAdded();
    void presentCommentsAreNotDuplicated();
    void repliesAndResolvingMerge();
    void sameIdDifferentCommentKeepsBoth();
    void conflicts();
    void importThroughTheDocumentUndoes();
};

void TestCommentMerge::newCommentsAreAdded()
{
    const Statement mine = Example::statement();
    const Statement theirs = withComments({comment(u"c-1"_s, u"/summary"_s, {}, u"Anna"_s), comment(u"c-2"_s, u"/items/0/text"_s, {}, u"Bo"_s)});
    const CommentMergeResult r = CommentMerge::merge(mine, theirs);
    QCOMPARE(r.added, 2);
    QCOMPARE(r.review.comments.size(), 2);
    QVERIFY(r.conflicts.isEmpty());
    QVERIFY(!r.isEmpty());
}

void TestCommentMerge::presentCommentsAreNotDuplicated()
{
    const Statement mine = withComments({comment(u"c-1"_s, u"/summary"_s, {}, u"Anna"_s)});
    const CommentMergeResult r = CommentMerge::merge(mine, mine);
    QCOMPARE(r.added, 0);
    QCOMPARE(r.repliesAdded, 0);
    QCOMPARE(r.review, *mine.review);
    QVERIFY(r.isEmpty());
}

void TestCommentMerge::repliesAndResolvingMerge()
{
    Comment c = comment(u"c-1"_s, u"/summary"_s, {}, u"Anna"_s);
    const Statement mine = withComments({c});
    c.replies.append({u"Bo"_s, u"2026-05-05T10:00:00+02:00"_s, u"Instämmer."_s, {}});
    c.resolved = true;
    const Statement theirs = withComments({c});
    const CommentMergeResult r = CommentMerge::merge(mine, theirs);
    QCOMPARE(r.added, 0);
    QCOMPARE(r.repliesAdded, 1);
    QCOMPARE(r.resolvedChanged, 1);
    QCOMPARE(r.review.comments.first().replies.size(), 1);
    QVERIFY(r.review.comments.first().resolved);
    // Merging again adds nothing.
    Statement merged = mine;
    merged.review = r.review;
    const CommentMergeResult again = CommentMerge::merge(merged, theirs);
    QCOMPARE(again.repliesAdded + again.added + again.resolvedChanged, 0);
    QVERIFY(again.isEmpty());

    // A new comment's replies come with it: counted apart from replies to comments already here.
    Comment other = comment(u"c-2"_s, u"/items/0/text"_s, {}, u"Bo"_s);
    other.replies.append({u"Anna"_s, u"2026-05-06T09:00:00+02:00"_s, u"Ja."_s, {}});
    other.replies.append({u"Bo"_s, u"2026-05-06T10:00:00+02:00"_s, u"Bra."_s, {}});
    const CommentMergeResult withNew = CommentMerge::merge(merged, withComments({c, other}));
    QCOMPARE(withNew.added, 1);
    QCOMPARE(withNew.repliesAdded, 0);
    QCOMPARE(withNew.repliesOnAdded, 2);
}

void TestCommentMerge::sameIdDifferentCommentKeepsBoth()
{
    const Statement mine = withComments({comment(u"c1"_s, u"/summary"_s, {}, u"Anna"_s)});
    const Statement theirs = withComments({comment(u"c1"_s, u"/summary"_s, {}, u"Bo"_s)});
    const CommentMergeResult r = CommentMerge::merge(mine, theirs);
    QCOMPARE(r.added, 1);
    QCOMPARE(r.review.comments.size(), 2);
    QVERIFY(r.review.comments.at(1).id != u"c1"_s);
    QCOMPARE(r.review.comments.at(1).author, u"Bo"_s);
}

void TestCommentMerge::conflicts()
{
    Statement mine = Example::statement();
    const QString quote = mine.items.at(0).text.left(20);
    const Statement theirs = withComments({comment(u"c-1"_s, u"/items/0/text"_s, quote, u"Anna"_s),
                                           comment(u"c-2"_s, u"/items/0/text"_s, u"text som inte finns"_s, u"Bo"_s),
                                           comment(u"c-3"_s, u"/items/40/text"_s, {}, u"Cia"_s)});
    const CommentMergeResult r = CommentMerge::merge(mine, theirs);
    QCOMPARE(r.added, 3);
    QCOMPARE(r.conflicts.size(), 2);
    QCOMPARE(r.conflicts.at(0).commentId, u"c-2"_s);
    QVERIFY(r.conflicts.at(0).reason.contains(u"changed"_s));
    QCOMPARE(r.conflicts.at(1).commentId, u"c-3"_s);
    QVERIFY(r.conflicts.at(1).reason.contains(u"no longer exists"_s));
}

void TestCommentMerge::importThroughTheDocumentUndoes()
{
    StatementDocument document(Example::statement());
    const Statement before = document.statement();
    const Statement theirs = withComments({comment(u"c-1"_s, u"/summary"_s, {}, u"Anna"_s)});
    const auto r = ReviewEditing::importComments(document, theirs);
    YTTRA_VERIFY_OK(r);
    QCOMPARE(r.value().added, 1);
    QCOMPARE(document.statement().review->comments.size(), 1);
    document.undoStack()->undo();
    QVERIFY(document.statement() == before);
    // Nothing new: no undo step.
    document.undoStack()->redo();
    YTTRA_VERIFY_OK(ReviewEditing::importComments(document, theirs));
    QCOMPARE(document.undoStack()->count(), 1);
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestCommentMerge)

#include "tst_commentmerge.moc"
