// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/statementdocument.h"
#include "format/example.h"
#include "format/jsonformat.h"
#include "review/reviewediting.h"
#include "testhelpers.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

const QDateTime morning(QDate(2026, 5, 4), QTime(9, 30), QTimeZone(3600));

} // namespace

/// Comments, replies, resolving and review states as edits of the document.
class TestReviewEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commentReplyResolveReopen();
    void everyStepUndoesExactly();
    void stateChangesAreRecorded();
    void invalidCommentsChangeNothing();
    void timestampHasOffset();
    void savedReviewReadsBack();
    void historyReadsBack_data();
    void historyReadsBack();
    void commentsFollowTheirField_data();
    void commentsFollowTheirField();
};

void TestReviewEditing::commentReplyResolveReopen()
{
    StatementDocument document(Example::statement());
    const auto id = ReviewEditing::addComment(document, u"/items/0/response/expectedEffect"_s, u"följsamhet"_s,
                                              u"Anna Andersson"_s, u"Hur mäts detta?"_s, morning);
    YTTRA_VERIFY_OK(id);
    const Review *review = &*document.statement().review;
    QCOMPARE(review->comments.size(), 1);
    const Comment &c = review->comments.first();
    QCOMPARE(c.id, id.value());
    QVERIFY(Statement::isValidId(c.id));
    QCOMPARE(c.target, u"/items/0/response/expectedEffect"_s);
    QCOMPARE(c.author, u"Anna Andersson"_s);
    QCOMPARE(c.created, u"2026-05-04T09:30:00+01:00"_s);
    QVERIFY(!c.resolved);

    YTTRA_VERIFY_OK(ReviewEditing::reply(document, id.value(), u"Sekreteraren"_s, u"Genom uppföljningen i T2."_s, morning));
    QCOMPARE(document.statement().review->comments.first().replies.size(), 1);
    YTTRA_VERIFY_OK(ReviewEditing::setResolved(document, id.value(), true, u"Sekreteraren"_s, morning));
    QVERIFY(document.statement().review->comments.first().resolved);
    YTTRA_VERIFY_OK(ReviewEditing::setResolved(document, id.value(), false, u"Anna Andersson"_s, morning));
    QVERIFY(!document.statement().review->comments.first().resolved);
    QCOMPARE(document.statement().review->history.size(), 2);
    QCOMPARE(document.statement().review->history.last().event, u"commentReopened"_s);
    QCOMPARE(document.undoStack()->count(), 4);
}

void TestReviewEditing::everyStepUndoesExactly()
{
    StatementDocument document(Example::statement());
    QList<Statement> states{document.statement()};
    const auto id = ReviewEditing::addComment(document, u"/summary"_s, {}, u"A"_s, u"Kortare?"_s, morning);
    YTTRA_VERIFY_OK(id);
    states.append(document.statement());
    YTTRA_VERIFY_OK(ReviewEditing::reply(document, id.value(), u"B"_s, u"Ja."_s, morning));
    states.append(document.statement());
    YTTRA_VERIFY_OK(ReviewEditing::setResolved(document, id.value(), true, u"B"_s, morning));
    states.append(document.statement());
    YTTRA_VERIFY_OK(ReviewEditing::changeState(document, ReviewState::InReview, u"B"_s, {}, morning));
    states.append(document.statement());

    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        document.undoStack()->undo();
        QVERIFY2(document.statement() == states.at(i), qPrintable(u"after undo to step %1"_s.arg(i)));
    }
    QVERIFY(!document.statement().review.has_value()); // the example has none, and gets none back
    for (qsizetype i = 1; i < states.size(); ++i) {
        document.undoStack()->redo();
        QVERIFY(document.statement() == states.at(i));
    }
}

void TestReviewEditing::stateChangesAreRecorded()
{
    StatementDocument document(Example::statement());
    YTTRA_VERIFY_OK(ReviewEditing::changeState(document, ReviewState::InReview, u"Sekreteraren"_s, u"till förvaltningschefen"_s, morning));
    YTTRA_VERIFY_OK(ReviewEditing::changeState(document, ReviewState::Approved, u"Förvaltningschefen"_s, {}, morning));
    const Review &review = *document.statement().review;
    QCOMPARE(review.state, ReviewState::Approved);
    QCOMPARE(review.history.size(), 2);
    QCOMPARE(review.history.at(0).event, u"stateChanged"_s);
    QCOMPARE(review.history.at(0).by, u"Sekreteraren"_s);
    QCOMPARE(review.history.at(0).note, u"draft -> inReview: till förvaltningschefen"_s);
    QCOMPARE(review.history.at(1).note, u"inReview -> approved"_s);
    // The same state again is no step.
    YTTRA_VERIFY_OK(ReviewEditing::changeState(document, ReviewState::Approved, u"X"_s, {}, morning));
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(document.undoStack()->undoText(), u"Set review state to Approved"_s);

    // What changeState() writes, stateChange() reads; the last to send it for review is known.
    QCOMPARE(int(ReviewEditing::stateChange(review.history.at(0))->from), int(ReviewState::Draft));
    QCOMPARE(ReviewEditing::sentForReviewBy(review), u"Sekreteraren"_s);
    YTTRA_VERIFY_OK(ReviewEditing::changeState(document, ReviewState::InReview, u"Förvaltningschefen"_s, {}, morning));
    QCOMPARE(ReviewEditing::sentForReviewBy(*document.statement().review), u"Förvaltningschefen"_s);
}

void TestReviewEditing::invalidCommentsChangeNothing()
{
    StatementDocument document(Example::statement());
    QVERIFY(!ReviewEditing::addComment(document, u"/nowhere"_s, {}, u"A"_s, u"x"_s).ok());
    QVERIFY(!ReviewEditing::addComment(document, u"/summary"_s, {}, u"A"_s, u"  "_s).ok());
    QVERIFY(!ReviewEditing::reply(document, u"c-missing"_s, u"A"_s, u"x"_s).ok());
    QVERIFY(!ReviewEditing::setResolved(document, u"c-missing"_s, true, u"A"_s).ok());
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.statement().review.has_value());
}

void TestReviewEditing::timestampHasOffset()
{
    QCOMPARE(ReviewEditing::timestamp(morning), u"2026-05-04T09:30:00+01:00"_s);
    QCOMPARE(ReviewEditing::timestamp(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc())), u"2026-01-02T03:04:05Z"_s);
}

// What the review writes is what the reader accepts.
void TestReviewEditing::savedReviewReadsBack()
{
    StatementDocument document(Example::statement());
    const auto id = ReviewEditing::addComment(document, u"/items/1/text"_s, u"utbildning"_s, u"A"_s, u"?"_s);
    YTTRA_VERIFY_OK(id);
    YTTRA_VERIFY_OK(ReviewEditing::reply(document, id.value(), u"B"_s, u"!"_s));
    YTTRA_VERIFY_OK(ReviewEditing::changeState(document, ReviewState::InReview, u"B"_s));
    const auto read = JsonFormat::read(JsonFormat::write(document.statement()));
    YTTRA_VERIFY_OK(read);
    QVERIFY(read.value().statement == document.statement());
}

void TestReviewEditing::historyReadsBack_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("isChange");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("said");

    QTest::newRow("with a note") << u"stateChanged"_s << u"draft -> inReview: till förvaltningschefen"_s << true
                                 << int(ReviewState::InReview) << u"till förvaltningschefen"_s;
    QTest::newRow("without") << u"stateChanged"_s << u"decided -> sent"_s << true << int(ReviewState::Sent) << QString();
    QTest::newRow("a note with a colon") << u"stateChanged"_s << u"inReview -> draft: ändra: punkt 2"_s << true
                                         << int(ReviewState::Draft) << u"ändra: punkt 2"_s;
    QTest::newRow("another event") << u"commentResolved"_s << u"c1"_s << false << 0 << QString();
    QTest::newRow("unknown state") << u"stateChanged"_s << u"draft -> archived"_s << false << 0 << QString();
    QTest::newRow("no arrow") << u"stateChanged"_s << u"sent"_s << false << 0 << QString();
}

void TestReviewEditing::historyReadsBack()
{
    QFETCH(QString, event);
    QFETCH(QString, note);
    QFETCH(bool, isChange);
    QFETCH(int, to);
    QFETCH(QString, said);
    const auto change = ReviewEditing::stateChange({u"2026-05-04T09:30:00+01:00"_s, u"Anna"_s, event, note, {}});
    QCOMPARE(change.has_value(), isChange);
    if (!change)
        return;
    QCOMPARE(int(change->to), to);
    QCOMPARE(change->note, said);
}

void TestReviewEditing::commentsFollowTheirField_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("itemTarget");    // where the comment on item 1's text ends up
    QTest::addColumn<QString>("measureTarget"); // where the comment on measure 2's title ends up

    QTest::newRow("item moved down") << u"moveItem 1 3"_s << u"/items/3/text"_s << u"/measures/2/title"_s;
    QTest::newRow("item moved up") << u"moveItem 1 0"_s << u"/items/0/text"_s << u"/measures/2/title"_s;
    QTest::newRow("other item moved past it") << u"moveItem 0 2"_s << u"/items/0/text"_s << u"/measures/2/title"_s;
    QTest::newRow("item inserted before") << u"insertItem 0"_s << u"/items/2/text"_s << u"/measures/2/title"_s;
    QTest::newRow("item inserted after") << u"insertItem 2"_s << u"/items/1/text"_s << u"/measures/2/title"_s;
    QTest::newRow("item before removed") << u"removeItem 0"_s << u"/items/0/text"_s << u"/measures/2/title"_s;
    QTest::newRow("commented item removed") << u"removeItem 1"_s << u"/items"_s << u"/measures/2/title"_s;
    QTest::newRow("measure moved") << u"moveMeasure 2 0"_s << u"/items/1/text"_s << u"/measures/0/title"_s;
    QTest::newRow("measure inserted") << u"insertMeasure 1"_s << u"/items/1/text"_s << u"/measures/3/title"_s;
    QTest::newRow("commented measure removed") << u"removeMeasure 2"_s << u"/items/1/text"_s << u"/measures"_s;
}

void TestReviewEditing::commentsFollowTheirField()
{
    QFETCH(QString, edit);
    QFETCH(QString, itemTarget);
    QFETCH(QString, measureTarget);

    StatementDocument document(Example::statement());
    const auto onItem = ReviewEditing::addComment(document, u"/items/1/text"_s, {}, u"Anna"_s, u"Om punkt 2"_s, morning);
    const auto onMeasure = ReviewEditing::addComment(document, u"/measures/2/title"_s, {}, u"Anna"_s, u"Om åtgärd 3"_s, morning);
    YTTRA_VERIFY_OK(onItem);
    YTTRA_VERIFY_OK(onMeasure);
    const Statement before = document.statement();

    const QStringList words = edit.split(u' ');
    const qsizetype a = words.at(1).toLongLong();
    const qsizetype b = words.value(2).toLongLong();
    Item item;
    item.id = document.statement().unusedId(u"r");
    Measure measure;
    measure.id = document.statement().unusedId(u"m");
    const auto done = words.first() == u"moveItem"_s ? document.moveItem(a, b)
                            : words.first() == u"insertItem"_s ? document.insertItem(a, item)
                            : words.first() == u"removeItem"_s ? document.removeItem(a)
                            : words.first() == u"moveMeasure"_s ? document.moveMeasure(a, b)
                            : words.first() == u"insertMeasure"_s ? document.insertMeasure(a, measure)
                                                                  : document.removeMeasure(a);
    YTTRA_VERIFY_OK(done);

    const QList<Comment> &comments = document.statement().review->comments;
    QCOMPARE(comments.at(0).target, itemTarget);
    QCOMPARE(comments.at(1).target, measureTarget);
    // A comment on a removed part still reads as it did.
    QCOMPARE(comments.at(0).text, u"Om punkt 2"_s);

    document.undoStack()->undo();
    QVERIFY(document.statement() == before);
    document.undoStack()->redo();
    QCOMPARE(document.statement().review->comments.at(0).target, itemTarget);
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestReviewEditing)

#include "tst_reviewediting.moc"
