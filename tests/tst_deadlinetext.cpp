// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/datescanner.h"
#include "language/deadlinetext.h"
#include "testhelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using yttra::DateScanner;
using yttra::Deadline;
using yttra::DeadlineText;

/// DeadlineText: the deadlines people write, in Swedish (and English), read into the
/// canonical forms; everything else refused with a reason.
class TestDeadlineText : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void blankIsNoDeadline_data();
    void blankIsNoDeadline();
    void refused_data();
    void refused();
    void displayTextsReadBack();
    void tryParse();
    void yearlessDates_data();
    void yearlessDates();
};

void TestDeadlineText::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    const QList<std::pair<const char16_t *, const char16_t *>> rows = {
        // Days.
        {u"2022-06-07", u"2022-06-07"},
        {u"senast 2021-03-26", u"2021-03-26"},
        {u"senast den 23 mars 2018", u"2018-03-23"},
        {u"den 7 juni 2022", u"2022-06-07"},
        {u"7 juni 2022", u"2022-06-07"},
        {u"Genomförs senast den 1:a december 2022.", u"2022-12-01"},
        {u"31/12 2022", u"2022-12-31"},
        {u"31/12-2022", u"2022-12-31"},
        {u"ska vara klart senast 2023-01-15", u"2023-01-15"},
        {u"2024-02-29", u"2024-02-29"},
        // Months.
        {u"juni 2022", u"2022-06"},
        {u"i juni 2022", u"2022-06"},
        {u"Jun. 2022", u"2022-06"},
        {u"i slutet av juni 2022", u"2022-06"},
        {u"december 2022", u"2022-12"},
        {u"June 2022", u"2022-06"},
        {u"2022-06", u"2022-06"},
        {u"06/2022", u"2022-06"},
        // Years.
        {u"i slutet av 2022", u"2022"},
        {u"under 2022", u"2022"},
        {u"2022", u"2022"},
        {u"senast under 2022", u"2022"},
        {u"år 2022", u"2022"},
        {u"vid årsskiftet 2022/2023", u"2022"},
        {u"vid utgången av 2022", u"2022"},
        {u"end of 2022", u"2022"},
        // Quarters.
        {u"Q1 2021", u"2021-Q1"},
        {u"q4-2021", u"2021-Q4"},
        {u"2021 Q2", u"2021-Q2"},
        {u"kvartal 1 2021", u"2021-Q1"},
        {u"kvartal 3, 2021", u"2021-Q3"},
        {u"kv 2 2021", u"2021-Q2"},
        {u"första kvartalet 2021", u"2021-Q1"},
        {u"under tredje kvartalet 2021", u"2021-Q3"},
        {u"sista kvartalet 2021", u"2021-Q4"},
        // Tertials.
        {u"tertial 1 2023", u"2023-T1"},
        {u"T1 2023", u"2023-T1"},
        {u"T3-2023", u"2023-T3"},
        {u"första tertialet 2023", u"2023-T1"},
        {u"under första tertialet 2023", u"2023-T1"},
        {u"andra tertialet 2023", u"2023-T2"},
        {u"four-month period 2 2023", u"2023-T2"},
        // Half-years.
        {u"andra halvåret 2022", u"2022-H2"},
        {u"första halvåret 2022", u"2022-H1"},
        {u"under andra halvåret 2022", u"2022-H2"},
        {u"H2 2022", u"2022-H2"},
        {u"h1 2022", u"2022-H1"},
        {u"2022-H1", u"2022-H1"},
        {u"first half of 2022", u"2022-H1"},
        {u"second half of 2022", u"2022-H2"},
        // Ongoing.
        {u"löpande", u"ongoing"},
        {u"sker löpande", u"ongoing"},
        {u"Sker löpande.", u"ongoing"},
        {u"ongoing", u"ongoing"},
        {u"kontinuerligt", u"ongoing"},
        {u"pågår löpande", u"ongoing"},
        // The canonical strings themselves, in any case.
        {u"2021-Q1", u"2021-Q1"},
        {u"2021-q1", u"2021-Q1"},
        {u"2023-t1", u"2023-T1"},
        {u"ONGOING", u"ongoing"},
        // Case and spacing do not matter.
        {u"  SENAST   DEN 23   MARS   2018  ", u"2018-03-23"},
        {u"I SLUTET AV 2022", u"2022"},
        {u"Första\u00a0Tertialet\t2023", u"2023-T1"},
        {u"Andra halvåret 2022", u"2022-H2"},
    };
    for (const auto &[text, canonical] : rows)
        QTest::newRow(qPrintable(QString::fromUtf16(text))) << QString::fromUtf16(text) << QString::fromUtf16(canonical);
}

void TestDeadlineText::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto parsed = DeadlineText::parse(text);
    YTTRA_VERIFY_OK(parsed);
    QCOMPARE(parsed.value().toString(), canonical);
}

void TestDeadlineText::blankIsNoDeadline_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tab and newline") << u"\t\n"_s;
}

void TestDeadlineText::blankIsNoDeadline()
{
    QFETCH(QString, text);
    const auto parsed = DeadlineText::parse(text);
    YTTRA_VERIFY_OK(parsed);
    QVERIFY(parsed.value().isNone());
}

void TestDeadlineText::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a part of the message that says why

    QTest::newRow("words") << u"när det passar"_s << u"not a deadline"_s;
    QTest::newRow("no such day") << u"2022-02-30"_s << u"not a day in the calendar"_s;
    QTest::newRow("no such day in words") << u"30 februari 2022"_s << u"not a day in the calendar"_s;
    QTest::newRow("no such month") << u"2022-13"_s << u"not a deadline"_s;
    QTest::newRow("quarter 5") << u"Q5 2021"_s << u"quarters 1-4"_s;
    QTest::newRow("tertial 4") << u"tertial 4 2023"_s << u"tertials 1-3"_s;
    QTest::newRow("third half") << u"H3 2022"_s << u"half-years 1-2"_s;
    QTest::newRow("season") << u"under hösten 2022"_s << u"season"_s;
    QTest::newRow("spring") << u"våren 2023"_s << u"season"_s;
    QTest::newRow("beginning") << u"i början av 2022"_s << u"starts"_s;
    QTest::newRow("no year") << u"andra halvåret"_s << u"gives no year"_s;
    QTest::newRow("month without year") << u"i juni"_s << u"gives no year"_s;
    QTest::newRow("quarter without year") << u"Q1"_s << u"gives no year"_s;
    QTest::newRow("year zero") << u"0000"_s << u"not a deadline"_s;
    QTest::newRow("two years") << u"2022-2023"_s << u"not a deadline"_s;
}

void TestDeadlineText::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto parsed = DeadlineText::parse(text);
    QVERIFY2(!parsed.ok(), qPrintable(u"read as "_s + (parsed.ok() ? parsed.value().toString() : QString())));
    QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
    // The message quotes what was written, so the user sees which text is meant.
    QVERIFY2(parsed.error().contains(text.trimmed()), qPrintable(parsed.error()));
}

void TestDeadlineText::displayTextsReadBack()
{
    // What a document shows for a deadline reads back as that deadline, in either language:
    // the editor shows displayText() and must accept it unchanged.
    const QList<Deadline> deadlines = {
        Deadline::date(QDate(2022, 6, 7)), Deadline::month(2022, 1),  Deadline::month(2022, 12),
        Deadline::quarter(2021, 1),        Deadline::quarter(2021, 4), Deadline::tertial(2023, 1),
        Deadline::tertial(2023, 3),        Deadline::halfYear(2022, 1), Deadline::halfYear(2022, 2),
        Deadline::year(2022),              Deadline::ongoing(),
    };
    for (const Deadline &d : deadlines) {
        for (const QString &language : {u"sv"_s, u"en"_s}) {
            const QString shown = d.displayText(language);
            const auto parsed = DeadlineText::parse(shown);
            QVERIFY2(parsed.ok(), qPrintable(shown + u": "_s + (parsed.ok() ? QString() : parsed.error())));
            QCOMPARE(parsed.value().toString(), d.toString());
        }
        const auto canonical = DeadlineText::parse(d.toString());
        YTTRA_VERIFY_OK(canonical);
        QCOMPARE(canonical.value(), d);
    }
}

void TestDeadlineText::tryParse()
{
    QCOMPARE(DeadlineText::tryParse(u"Q1 2021").value_or(Deadline()).toString(), u"2021-Q1"_s);
    QVERIFY(!DeadlineText::tryParse(u"snart").has_value());
    QVERIFY(DeadlineText::tryParse(u"").has_value());
}

void TestDeadlineText::yearlessDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("after");
    QTest::addColumn<QDate>("date");

    QTest::newRow("later in the same year") << u"senast den 15 mars"_s << QDate(2024, 1, 26) << QDate(2024, 3, 15);
    QTest::newRow("passed this year: next year") << u"senast den 28 februari"_s << QDate(2024, 12, 11) << QDate(2025, 2, 28);
    QTest::newRow("the letter's own day") << u"den 11 december"_s << QDate(2024, 12, 11) << QDate(2024, 12, 11);
    QTest::newRow("29 February: the next leap year") << u"den 29 februari"_s << QDate(2025, 3, 1) << QDate(2028, 2, 29);
    QTest::newRow("a year written wins") << u"den 15 mars 2023"_s << QDate(2024, 1, 26) << QDate(2023, 3, 15);
    QTest::newRow("no date to take a year from") << u"senast den 15 mars"_s << QDate() << QDate();
    QTest::newRow("text recognition lost the space") << u"senast den 19januari"_s << QDate(2024, 12, 2) << QDate(2025, 1, 19);
    QTest::newRow("and the one before the year") << u"senast den 19 januari2023"_s << QDate(2024, 12, 2) << QDate(2023, 1, 19);
    QTest::newRow("a month's name inside a word is no date") << u"15 marker"_s << QDate(2024, 1, 1) << QDate();
}

void TestDeadlineText::yearlessDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, after);
    QFETCH(QDate, date);
    const QList<DateScanner::Found> found = DateScanner::find(text, after);
    QCOMPARE(found.isEmpty() ? QDate() : found.first().date, date);
    if (!found.isEmpty())
        QCOMPARE(found.first().yearless, !text.contains(u"2023"_s));
}

QTEST_GUILESS_MAIN(TestDeadlineText)
#include "tst_deadlinetext.moc"
