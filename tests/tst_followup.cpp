// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/example.h"
#include "format/jsonformat.h"
#include "model/followup.h"
#include "testhelpers.h"
#include "validation/validator.h"

#include <QCborArray>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

QCborMap unknown(const QString &where)
{
    // What a newer Yttra might have stored; it must reach the follow-up unchanged.
    return QCborMap{{u"x-newer"_s, where}, {u"x-list"_s, QCborArray{1, u"två"_s}}};
}

/// The example made into a first statement that uses every member, so that what derive()
/// keeps and what it clears both show: reports already written, a review, an item another
/// board answers, every measure status, and unknown members at every level.
Statement richFirst()
{
    Statement s = Example::statement();
    s.period = {u"2025-01-01"_s, u"2025-12-31"_s, unknown(u"period"_s)};
    s.audit.extra = unknown(u"audit"_s);
    s.readingGuide = u"Läs så här."_s;
    s.reservations = u"Reservation från (M)."_s;
    s.extra = unknown(u"statement"_s);
    for (qsizetype i = 0; i < s.items.size(); ++i) {
        Item &item = s.items[i];
        item.label = u"Åtgärdsområde %1"_s.arg(i + 1);
        item.extra = unknown(u"item %1"_s.arg(i));
        item.response.actionsTaken = u"- Redan gjort %1"_s.arg(i);
        item.response.effectAchieved = u"Effekt %1"_s.arg(i);
        item.response.extra = unknown(u"response %1"_s.arg(i));
    }
    s.items[4].response.notOurs = u"Uppdraget har övergått till servicenämnden."_s;
    const MeasureStatus statuses[] = {MeasureStatus::Planned, MeasureStatus::Ongoing, MeasureStatus::Done,
                                      MeasureStatus::Transferred, MeasureStatus::Cancelled};
    for (qsizetype m = 0; m < s.measures.size(); ++m) {
        s.measures[m].status = statuses[m % 5];
        s.measures[m].extra = unknown(u"measure %1"_s.arg(m));
    }
    for (Signature &signature : s.signatures)
        signature.extra = unknown(u"signature"_s);

    Review review;
    review.state = ReviewState::Sent;
    Comment comment;
    comment.id = u"c1"_s;
    comment.target = u"/items/0/response/expectedEffect"_s;
    comment.text = u"Konkretisera."_s;
    review.comments.append(comment);
    review.history.append({u"2026-05-06T10:00:00+02:00"_s, u"Anna"_s, u"stateChanged"_s, u"decided -> sent"_s, {}});
    s.review = review;
    return s;
}

// The first differing line of two statements' files: where a failed comparison went wrong.
QString difference(const Statement &actual, const Statement &expected)
{
    const QList<QByteArray> a = JsonFormat::write(actual).split('\n');
    const QList<QByteArray> e = JsonFormat::write(expected).split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i)) {
            return u"line %1:\n  actual:   %2\n  expected: %3"_s.arg(i + 1).arg(
                QString::fromUtf8(a.value(i).trimmed()), QString::fromUtf8(e.value(i).trimmed()));
        }
    }
    return actual == expected ? QString() : u"differ in something the files do not show"_s;
}

Statement derived(const Statement &first, const QString &from = {}, const QString &to = {})
{
    auto result = FollowUp::derive(first, from, to);
    if (!result) {
        qWarning("%s", qPrintable(result.error()));
        return {};
    }
    return std::move(result).value();
}

} // namespace

/// FollowUp::derive, rule by rule as docs/format.md "Deriving a follow-up statement" gives them.
class TestFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void firstIsRich();
    void statementMembers();
    void items();
    void measures();
    void keptAsAWhole();
    void period_data();
    void period();
    void followUpIsValid();
    void survivesTheFile();
    void errors_data();
    void errors();
};

void TestFollowUp::firstIsRich()
{
    // Clearing an empty member proves nothing: every member derive() clears is set here.
    const Statement first = richFirst();
    QCOMPARE(first.kind, StatementKind::First);
    QVERIFY(!first.date.isEmpty());
    QVERIFY(!first.dueDate.isEmpty());
    QVERIFY(!first.summary.isEmpty());
    QVERIFY(first.review.has_value());
    for (const Item &item : first.items) {
        QVERIFY(!item.response.actionsTaken.isEmpty());
        QVERIFY(!item.response.effectAchieved.isEmpty());
        QVERIFY(!item.response.measures.isEmpty());
        QVERIFY(!item.response.expectedEffect.isEmpty());
        QVERIFY(!item.text.isEmpty());
    }
}

void TestFollowUp::statementMembers()
{
    const Statement first = richFirst();
    auto result = FollowUp::derive(first);
    YTTRA_VERIFY_OK(result);
    const Statement &f = result.value();

    // Changed.
    QCOMPARE(f.kind, StatementKind::FollowUp);
    QCOMPARE(f.date, QString());
    QCOMPARE(f.dueDate, QString());
    QCOMPARE(f.summary, QString());
    QCOMPARE(f.period.from, first.date);
    QCOMPARE(f.period.to, QString());
    QVERIFY(!f.review.has_value());

    // Kept.
    QCOMPARE(f.language, first.language);
    QCOMPARE(f.board, first.board);
    QCOMPARE(f.office, first.office);
    QCOMPARE(f.recipient, first.recipient);
    QCOMPARE(f.caseNumber, first.caseNumber);
    QCOMPARE(f.address, first.address);
    QCOMPARE(f.submitTo, first.submitTo);
    QCOMPARE(f.period.extra, first.period.extra);
    QVERIFY(f.audit == first.audit);
    QCOMPARE(f.audit.title, first.audit.title);
    QCOMPARE(f.audit.addressees, first.audit.addressees);
    QCOMPARE(f.audit.extra, first.audit.extra);
    QCOMPARE(f.readingGuide, first.readingGuide);
    QCOMPARE(f.reservations, first.reservations);
    QVERIFY(f.signatures == first.signatures);
    QCOMPARE(f.signatures.size(), 2);
    QCOMPARE(f.signatures.at(0).name, u"Karin Lindqvist"_s);
    QCOMPARE(f.extra, first.extra);
}

void TestFollowUp::items()
{
    const Statement first = richFirst();
    const Statement f = derived(first);
    QCOMPARE(f.items.size(), first.items.size());

    for (qsizetype i = 0; i < first.items.size(); ++i) {
        const Item &was = first.items.at(i);
        const Item &is = f.items.at(i);
        const QByteArray row = QByteArray::number(i);

        QVERIFY2(is.id == was.id, row);
        QVERIFY2(is.kind == was.kind, row);
        QVERIFY2(is.number == was.number, row);
        QVERIFY2(is.label == was.label, row);
        QVERIFY2(is.addressedTo == was.addressedTo, row);
        QVERIFY2(is.section == was.section, row);
        QVERIFY2(is.text == was.text, row);
        QVERIFY2(is.extra == was.extra, row);

        // What was planned is now the previously decided measure, kept word for word.
        QVERIFY2(is.response.measures == was.response.measures, row);
        QVERIFY2(is.response.expectedEffect == was.response.expectedEffect, row);
        QVERIFY2(is.response.deadline == was.response.deadline, row);
        QVERIFY2(is.response.notOurs == was.response.notOurs, row);
        QVERIFY2(is.response.extra == was.response.extra, row);

        // The report starts empty.
        QVERIFY2(is.response.actionsTaken.isEmpty(), row);
        QVERIFY2(is.response.effectAchieved.isEmpty(), row);
    }
    // The kinds and the item another board answers come along.
    QCOMPARE(f.items.at(2).kind, ItemKind::Assessment);
    QCOMPARE(f.items.at(4).response.notOurs, u"Uppdraget har övergått till servicenämnden."_s);
    QCOMPARE(f.items.at(5).response.deadline, Deadline::ongoing());
}

void TestFollowUp::measures()
{
    const Statement first = richFirst();
    const Statement f = derived(first);
    QCOMPARE(f.measures.size(), first.measures.size());
    for (qsizetype m = 0; m < first.measures.size(); ++m) {
        const Measure &was = first.measures.at(m);
        const Measure &is = f.measures.at(m);
        const QByteArray row = QByteArray::number(m);
        QVERIFY2(is == was, row);
        // Spelled out, since status is the member most tempting to reset.
        QVERIFY2(is.status == was.status, row);
        QVERIFY2(is.items == was.items, row);
        QVERIFY2(is.deadline == was.deadline, row);
        QVERIFY2(is.extra == was.extra, row);
    }
    QCOMPARE(f.measures.at(2).status, MeasureStatus::Done);
    QCOMPARE(f.measures.at(3).status, MeasureStatus::Transferred);
    QCOMPARE(f.measures.at(4).status, MeasureStatus::Cancelled);
}

void TestFollowUp::keptAsAWhole()
{
    // The rules above, and nothing else: the first statement with exactly these changes.
    const Statement first = richFirst();
    Statement expected = first;
    expected.kind = StatementKind::FollowUp;
    expected.date.clear();
    expected.dueDate.clear();
    expected.summary.clear();
    expected.period.from = u"2026-05-06"_s;
    expected.period.to.clear();
    for (Item &item : expected.items) {
        item.response.actionsTaken.clear();
        item.response.effectAchieved.clear();
    }
    expected.review.reset();

    const Statement f = derived(first);
    QVERIFY2(f == expected, qPrintable(difference(f, expected)));
}

void TestFollowUp::period_data()
{
    QTest::addColumn<QString>("firstDate");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expectedFrom");
    QTest::addColumn<QString>("expectedTo");

    QTest::newRow("defaults") << u"2026-05-06"_s << u""_s << u""_s << u"2026-05-06"_s << u""_s;
    QTest::newRow("to given") << u"2026-05-06"_s << u""_s << u"2027-04-30"_s << u"2026-05-06"_s << u"2027-04-30"_s;
    QTest::newRow("from given") << u"2026-05-06"_s << u"2026-01-01"_s << u""_s << u"2026-01-01"_s << u""_s;
    QTest::newRow("both given") << u"2026-05-06"_s << u"2026-01-01"_s << u"2026-12-31"_s << u"2026-01-01"_s
                                << u"2026-12-31"_s;
    QTest::newRow("from after the first's date") << u"2026-05-06"_s << u"2026-06-01"_s << u"2027-05-31"_s
                                                 << u"2026-06-01"_s << u"2027-05-31"_s;
    QTest::newRow("one-day period") << u"2026-05-06"_s << u""_s << u"2026-05-06"_s << u"2026-05-06"_s
                                    << u"2026-05-06"_s;
    QTest::newRow("undated first") << u""_s << u""_s << u""_s << u""_s << u""_s;
    QTest::newRow("undated first, to given") << u""_s << u""_s << u"2027-01-31"_s << u""_s << u"2027-01-31"_s;
    QTest::newRow("undated first, from given") << u""_s << u"2026-05-01"_s << u""_s << u"2026-05-01"_s << u""_s;
}

void TestFollowUp::period()
{
    QFETCH(QString, firstDate);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expectedFrom);
    QFETCH(QString, expectedTo);

    Statement first = richFirst(); // its own period (2025) must not leak through
    first.date = firstDate;
    auto result = FollowUp::derive(first, from, to);
    YTTRA_VERIFY_OK(result);
    QCOMPARE(result.value().period.from, expectedFrom);
    QCOMPARE(result.value().period.to, expectedTo);
    QCOMPARE(result.value().period.extra, first.period.extra);
    QCOMPARE(result.value().date, QString());
}

void TestFollowUp::followUpIsValid()
{
    // Derived from the clean example, the follow-up has no errors; its only findings are the
    // reports still to be written, two per item (measures taken, effect achieved).
    const Statement f = derived(Example::statement(), {}, u"2027-04-30"_s);
    const QList<Finding> findings = Validator::check(f);
    QVERIFY(!Validator::hasErrors(findings));
    QCOMPARE(findings.size(), 2 * f.items.size());
    for (qsizetype i = 0; i < f.items.size(); ++i) {
        QCOMPARE(findings.at(2 * i).pointer, u"/items/%1/response/actionsTaken"_s.arg(i));
        QCOMPARE(findings.at(2 * i + 1).pointer, u"/items/%1/response/effectAchieved"_s.arg(i));
    }
}

void TestFollowUp::survivesTheFile()
{
    // What derive() makes is written and read back unchanged, unknown members included.
    const Statement f = derived(richFirst(), {}, u"2027-04-30"_s);
    auto read = JsonFormat::read(JsonFormat::write(f));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().location + u": "_s + read.error().message));
    QVERIFY2(read.value().statement == f, qPrintable(difference(read.value().statement, f)));
}

void TestFollowUp::errors_data()
{
    QTest::addColumn<bool>("fromFollowUp");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("named"); // what the message must quote

    QTest::newRow("from a follow-up") << true << u""_s << u""_s << u""_s;
    QTest::newRow("from not a date") << false << u"igår"_s << u""_s << u"igår"_s;
    QTest::newRow("from February 30") << false << u"2026-02-30"_s << u""_s << u"2026-02-30"_s;
    QTest::newRow("from short") << false << u"2026-5-6"_s << u""_s << u"2026-5-6"_s;
    QTest::newRow("from with time") << false << u"2026-05-06T00:00"_s << u""_s << u"2026-05-06T00:00"_s;
    QTest::newRow("from a deadline") << false << u"2026-Q2"_s << u""_s << u"2026-Q2"_s;
    QTest::newRow("to not a date") << false << u""_s << u"nästa år"_s << u"nästa år"_s;
    QTest::newRow("to month 13") << false << u""_s << u"2027-13-01"_s << u"2027-13-01"_s;
    QTest::newRow("to a year") << false << u""_s << u"2027"_s << u"2027"_s;
    QTest::newRow("to before the first's date") << false << u""_s << u"2026-05-05"_s << u"2026-05-05"_s;
    QTest::newRow("to before from") << false << u"2026-06-01"_s << u"2026-05-31"_s << u"2026-05-31"_s;
    QTest::newRow("to long before from") << false << u"2026-06-01"_s << u"2025-12-31"_s << u"2026-06-01"_s;
}

void TestFollowUp::errors()
{
    QFETCH(bool, fromFollowUp);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, named);

    Statement first = richFirst();
    if (fromFollowUp)
        first.kind = StatementKind::FollowUp;
    const auto result = FollowUp::derive(first, from, to);
    QVERIFY2(!result.ok(), "derive() accepted it");
    QVERIFY(!result.error().trimmed().isEmpty());
    if (!named.isEmpty())
        QVERIFY2(result.error().contains(named), qPrintable(result.error()));
}

QTEST_APPLESS_MAIN(TestFollowUp)

#include "tst_followup.moc"
