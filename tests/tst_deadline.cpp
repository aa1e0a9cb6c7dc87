// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/deadline.h"

#include <QList>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <compare>
#include <random>

using namespace Qt::StringLiterals;

namespace yttra {

// Found by QCOMPARE through argument-dependent lookup, so a failing comparison of two
// deadlines prints them instead of "<unknown>".
char *toString(const Deadline &deadline)
{
    return QTest::toString(u"Deadline(\"%1\")"_s.arg(deadline.toString()));
}

} // namespace yttra

using yttra::Deadline;

namespace {

Deadline parsed(const QString &text)
{
    const auto result = Deadline::parse(text);
    if (!result) {
        qWarning("%s", qPrintable(result.error()));
        return {};
    }
    return result.value();
}

int sign(std::strong_ordering order)
{
    return order < 0 ? -1 : order > 0 ? 1 : 0;
}

} // namespace

/// Deadline: every canonical form, its texts and last day, rejection of everything else, and
/// the ordering used to sort measures and find overdue ones.
class TestDeadline : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void monthNames_data();
    void monthNames();
    void language_data();
    void language();
    void invalid_data();
    void invalid();
    void compare_data();
    void compare();
    void sortMixed();
    void orderingConsistentWithEquality();
};

void TestDeadline::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Deadline>("expected");
    QTest::addColumn<Deadline::Form>("form");
    QTest::addColumn<QString>("swedish");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QDate>("lastDay"); // invalid: none

    using F = Deadline::Form;
    QTest::newRow("none") << u""_s << Deadline() << F::None << u""_s << u""_s << QDate();
    QTest::newRow("ongoing") << u"ongoing"_s << Deadline::ongoing() << F::Ongoing
                             << u"löpande"_s << u"ongoing"_s << QDate();

    QTest::newRow("date") << u"2022-06-07"_s << Deadline::date(QDate(2022, 6, 7)) << F::Date
                          << u"2022-06-07"_s << u"2022-06-07"_s << QDate(2022, 6, 7);
    QTest::newRow("date leap day") << u"2024-02-29"_s << Deadline::date(QDate(2024, 2, 29))
                                   << F::Date << u"2024-02-29"_s << u"2024-02-29"_s
                                   << QDate(2024, 2, 29);
    QTest::newRow("date 2000 leap day") << u"2000-02-29"_s << Deadline::date(QDate(2000, 2, 29))
                                        << F::Date << u"2000-02-29"_s << u"2000-02-29"_s
                                        << QDate(2000, 2, 29);
    QTest::newRow("date first year") << u"0001-01-01"_s << Deadline::date(QDate(1, 1, 1))
                                     << F::Date << u"0001-01-01"_s << u"0001-01-01"_s
                                     << QDate(1, 1, 1);
    QTest::newRow("date last year") << u"9999-12-31"_s << Deadline::date(QDate(9999, 12, 31))
                                    << F::Date << u"9999-12-31"_s << u"9999-12-31"_s
                                    << QDate(9999, 12, 31);

    QTest::newRow("month") << u"2022-06"_s << Deadline::month(2022, 6) << F::Month
                           << u"juni 2022"_s << u"June 2022"_s << QDate(2022, 6, 30);
    QTest::newRow("month january") << u"2022-01"_s << Deadline::month(2022, 1) << F::Month
                                   << u"januari 2022"_s << u"January 2022"_s
                                   << QDate(2022, 1, 31);
    QTest::newRow("month december") << u"2022-12"_s << Deadline::month(2022, 12) << F::Month
                                    << u"december 2022"_s << u"December 2022"_s
                                    << QDate(2022, 12, 31);
    QTest::newRow("month february leap") << u"2024-02"_s << Deadline::month(2024, 2) << F::Month
                                         << u"februari 2024"_s << u"February 2024"_s
                                         << QDate(2024, 2, 29);
    QTest::newRow("month february") << u"2023-02"_s << Deadline::month(2023, 2) << F::Month
                                    << u"februari 2023"_s << u"February 2023"_s
                                    << QDate(2023, 2, 28);
    QTest::newRow("month february 1900") << u"1900-02"_s << Deadline::month(1900, 2)
                                         << F::Month << u"februari 1900"_s
                                         << u"February 1900"_s << QDate(1900, 2, 28);
    QTest::newRow("month february 2000") << u"2000-02"_s << Deadline::month(2000, 2)
                                         << F::Month << u"februari 2000"_s
                                         << u"February 2000"_s << QDate(2000, 2, 29);
    QTest::newRow("month september") << u"2022-09"_s << Deadline::month(2022, 9) << F::Month
                                     << u"september 2022"_s << u"September 2022"_s
                                     << QDate(2022, 9, 30);

    QTest::newRow("quarter 1") << u"2021-Q1"_s << Deadline::quarter(2021, 1) << F::Quarter
                               << u"kvartal 1 2021"_s << u"Q1 2021"_s << QDate(2021, 3, 31);
    QTest::newRow("quarter 2") << u"2021-Q2"_s << Deadline::quarter(2021, 2) << F::Quarter
                               << u"kvartal 2 2021"_s << u"Q2 2021"_s << QDate(2021, 6, 30);
    QTest::newRow("quarter 3") << u"2021-Q3"_s << Deadline::quarter(2021, 3) << F::Quarter
                               << u"kvartal 3 2021"_s << u"Q3 2021"_s << QDate(2021, 9, 30);
    QTest::newRow("quarter 4") << u"2021-Q4"_s << Deadline::quarter(2021, 4) << F::Quarter
                               << u"kvartal 4 2021"_s << u"Q4 2021"_s << QDate(2021, 12, 31);

    QTest::newRow("tertial 1") << u"2023-T1"_s << Deadline::tertial(2023, 1) << F::Tertial
                               << u"tertial 1 2023"_s << u"four-month period 1 2023"_s
                               << QDate(2023, 4, 30);
    QTest::newRow("tertial 2") << u"2023-T2"_s << Deadline::tertial(2023, 2) << F::Tertial
                               << u"tertial 2 2023"_s << u"four-month period 2 2023"_s
                               << QDate(2023, 8, 31);
    QTest::newRow("tertial 3") << u"2023-T3"_s << Deadline::tertial(2023, 3) << F::Tertial
                               << u"tertial 3 2023"_s << u"four-month period 3 2023"_s
                               << QDate(2023, 12, 31);

    QTest::newRow("half 1") << u"2022-H1"_s << Deadline::halfYear(2022, 1) << F::HalfYear
                            << u"första halvåret 2022"_s << u"first half of 2022"_s
                            << QDate(2022, 6, 30);
    QTest::newRow("half 2") << u"2022-H2"_s << Deadline::halfYear(2022, 2) << F::HalfYear
                            << u"andra halvåret 2022"_s << u"second half of 2022"_s
                            << QDate(2022, 12, 31);

    QTest::newRow("year") << u"2022"_s << Deadline::year(2022) << F::Year << u"i slutet av 2022"_s
                          << u"end of 2022"_s << QDate(2022, 12, 31);
    QTest::newRow("year padded") << u"0999"_s << Deadline::year(999) << F::Year << u"i slutet av 0999"_s
                                 << u"end of 0999"_s << QDate(999, 12, 31);
}

void TestDeadline::parse()
{
    QFETCH(QString, text);
    QFETCH(Deadline, expected);
    QFETCH(Deadline::Form, form);
    QFETCH(QString, swedish);
    QFETCH(QString, english);
    QFETCH(QDate, lastDay);

    const auto result = Deadline::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    const Deadline deadline = result.value();

    QCOMPARE(deadline, expected);
    QCOMPARE(deadline.form(), form);
    QCOMPARE(deadline.isNone(), form == Deadline::Form::None);

    // Round trip: the canonical string comes back, and parses to the same deadline.
    QCOMPARE(deadline.toString(), text);
    QCOMPARE(parsed(deadline.toString()), deadline);

    QCOMPARE(deadline.displayText(u"sv"), swedish);
    QCOMPARE(deadline.displayText(), swedish);
    QCOMPARE(deadline.displayText(u"en"), english);

    const std::optional<QDate> last = deadline.lastDay();
    QCOMPARE(last.has_value(), lastDay.isValid());
    if (last)
        QCOMPARE(*last, lastDay);
}

void TestDeadline::monthNames_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("swedish");
    QTest::addColumn<QString>("english");

    const QStringList swedish = {u"januari"_s, u"februari"_s, u"mars"_s,      u"april"_s,
                                 u"maj"_s,     u"juni"_s,     u"juli"_s,      u"augusti"_s,
                                 u"september"_s, u"oktober"_s, u"november"_s, u"december"_s};
    const QStringList english = {u"January"_s, u"February"_s, u"March"_s,     u"April"_s,
                                 u"May"_s,     u"June"_s,     u"July"_s,      u"August"_s,
                                 u"September"_s, u"October"_s, u"November"_s, u"December"_s};
    for (int month = 1; month <= 12; ++month) {
        QTest::addRow("%02d", month)
            << month << swedish.at(month - 1) << english.at(month - 1);
    }
}

void TestDeadline::monthNames()
{
    QFETCH(int, month);
    QFETCH(QString, swedish);
    QFETCH(QString, english);

    const Deadline deadline = Deadline::month(2021, month);
    QCOMPARE(deadline.displayText(u"sv"), swedish + u" 2021"_s);
    QCOMPARE(deadline.displayText(u"en"), english + u" 2021"_s);
    QCOMPARE(parsed(deadline.toString()), deadline);
}

void TestDeadline::language_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("english");

    QTest::newRow("sv") << u"sv"_s << false;
    QTest::newRow("sv-SE") << u"sv-SE"_s << false;
    QTest::newRow("empty") << u""_s << false;
    QTest::newRow("de") << u"de"_s << false;
    QTest::newRow("eng") << u"eng"_s << false;
    QTest::newRow("english") << u"english"_s << false;
    QTest::newRow("se-en") << u"se-en"_s << false;
    QTest::newRow("en") << u"en"_s << true;
    QTest::newRow("en-GB") << u"en-GB"_s << true;
    QTest::newRow("en-US") << u"en-US"_s << true;
    QTest::newRow("en_US") << u"en_US"_s << true;
    QTest::newRow("EN") << u"EN"_s << true;
}

void TestDeadline::language()
{
    QFETCH(QString, language);
    QFETCH(bool, english);

    QCOMPARE(Deadline::month(2022, 6).displayText(language),
             english ? u"June 2022"_s : u"juni 2022"_s);
    QCOMPARE(Deadline::halfYear(2022, 2).displayText(language),
             english ? u"second half of 2022"_s : u"andra halvåret 2022"_s);
    QCOMPARE(Deadline::ongoing().displayText(language),
             english ? u"ongoing"_s : u"löpande"_s);
    QCOMPARE(Deadline().displayText(language), QString());
}

void TestDeadline::invalid_data()
{
    QTest::addColumn<QString>("text");

    const QStringList invalid = {
        u" 2022"_s,      u"2022 "_s,       u"\t2022"_s,       u"2022-13"_s,
        u"2022-00"_s,    u"2022-02-30"_s,  u"2022-02-29"_s,   u"2100-02-29"_s,
        u"2022-04-31"_s, u"2022-06-00"_s,  u"2022-06-32"_s,   u"2021-Q5"_s,
        u"2021-Q0"_s,    u"2023-T4"_s,     u"2023-T0"_s,      u"2022-H3"_s,
        u"2022-H0"_s,    u"2022-q1"_s,     u"2023-t1"_s,      u"2022-h2"_s,
        u"2022-W1"_s,    u"2022-Q"_s,      u"2022-Q10"_s,     u"22"_s,
        u"20222"_s,      u"2022-6"_s,      u"2022-06-7"_s,    u"2022/06"_s,
        u"2022-06/07"_s, u"Ongoing"_s,     u"ONGOING"_s,      u"löpande"_s,
        u"none"_s,       u"2022-06-07T00:00"_s, u"abcd"_s,    u"2022-Q1 "_s,
        u"-2022"_s,      u"+2022"_s,       u"0000"_s,         u"0000-01"_s,
        u"0000-01-01"_s, u"２０２２"_s,     u"٢٠٢٢"_s,
    };
    for (const QString &text : invalid)
        QTest::newRow(qPrintable(u'"' + text + u'"')) << text;
}

void TestDeadline::invalid()
{
    QFETCH(QString, text);

    const auto result = Deadline::parse(text);
    // QVERIFY2 builds its message even when the check passes, so no value() on a failure.
    QVERIFY2(!result.ok(),
             qPrintable(result.ok() ? u"accepted as \""_s + result.value().toString() + u'"'
                                    : QString()));

    const QString &message = result.error();
    QVERIFY2(message.contains(u'"' + text + u'"'), qPrintable(message));
    QVERIFY2(message.contains(u"YYYY-MM-DD"_s), qPrintable(message));
    QVERIFY2(message.contains(u"\"ongoing\""_s), qPrintable(message));
    QCOMPARE(message,
             u"\""_s + text
                 + u"\" is not a deadline: use YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Tn, YYYY-Hn, "
                   u"YYYY or \"ongoing\""_s);
}

void TestDeadline::compare_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("order"); // sign of left <=> right

    QTest::newRow("days") << u"2022-06-07"_s << u"2022-06-08"_s << -1;
    QTest::newRow("same day") << u"2022-06-07"_s << u"2022-06-07"_s << 0;
    QTest::newRow("day before its month") << u"2022-06-30"_s << u"2022-06"_s << -1;
    QTest::newRow("day inside a month") << u"2022-06-07"_s << u"2022-06"_s << -1;
    QTest::newRow("month ends after day") << u"2022-06"_s << u"2022-07-01"_s << -1;
    QTest::newRow("leap month") << u"2024-02-29"_s << u"2024-02"_s << -1;
    QTest::newRow("leap month after 28th") << u"2024-02-28"_s << u"2024-02"_s << -1;
    QTest::newRow("month before quarter") << u"2022-06"_s << u"2022-Q2"_s << -1;
    QTest::newRow("quarter before half") << u"2022-Q2"_s << u"2022-H1"_s << -1;
    QTest::newRow("quarter before tertial") << u"2022-Q4"_s << u"2022-T3"_s << -1;
    QTest::newRow("tertial before half") << u"2022-T3"_s << u"2022-H2"_s << -1;
    QTest::newRow("half before year") << u"2022-H2"_s << u"2022"_s << -1;
    QTest::newRow("month before tertial") << u"2022-08"_s << u"2022-T2"_s << -1;
    QTest::newRow("tertial before quarter ending later") << u"2022-T1"_s << u"2022-Q2"_s << -1;
    QTest::newRow("year before next day") << u"2022"_s << u"2023-01-01"_s << -1;
    QTest::newRow("same quarter") << u"2022-Q1"_s << u"2022-Q1"_s << 0;
    QTest::newRow("dated before ongoing") << u"9999-12-31"_s << u"ongoing"_s << -1;
    QTest::newRow("year before ongoing") << u"9999"_s << u"ongoing"_s << -1;
    QTest::newRow("dated before none") << u"2022"_s << u""_s << -1;
    QTest::newRow("ongoing before none") << u"ongoing"_s << u""_s << -1;
    QTest::newRow("ongoing") << u"ongoing"_s << u"ongoing"_s << 0;
    QTest::newRow("none") << u""_s << u""_s << 0;
}

void TestDeadline::compare()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, order);

    const Deadline a = parsed(left);
    const Deadline b = parsed(right);

    QCOMPARE(sign(a <=> b), order);
    QCOMPARE(sign(b <=> a), -order);
    QCOMPARE(a == b, order == 0);
    QCOMPARE(a != b, order != 0);
    QCOMPARE(a < b, order < 0);
    QCOMPARE(a > b, order > 0);
    QCOMPARE(a <= b, order <= 0);
    QCOMPARE(b >= a, order <= 0);
}

namespace {

// Strictly ascending, as the design asks: by last day, shortest period first on a tie,
// undated last with ongoing before none.
const QStringList &sortedDeadlines()
{
    static const QStringList list = {
        u"2021-Q1"_s,    // 2021-03-31
        u"2022-06-07"_s, // 2022-06-07
        u"2022-06-30"_s, // 2022-06-30 ...
        u"2022-06"_s,
        u"2022-Q2"_s,
        u"2022-H1"_s,
        u"2022-08-31"_s, // 2022-08-31 ...
        u"2022-08"_s,
        u"2022-T2"_s,
        u"2022-Q3"_s,    // 2022-09-30
        u"2022-12-31"_s, // 2022-12-31 ...
        u"2022-12"_s,
        u"2022-Q4"_s,
        u"2022-T3"_s,
        u"2022-H2"_s,
        u"2022"_s,
        u"2023-T1"_s,    // 2023-04-30
        u"2024-02-28"_s,
        u"2024-02-29"_s, // 2024-02-29 ...
        u"2024-02"_s,
        u"2024-03-01"_s,
        u"ongoing"_s,
        u""_s,
    };
    return list;
}

QStringList toStrings(const QList<Deadline> &deadlines)
{
    QStringList strings;
    for (const Deadline &deadline : deadlines)
        strings.append(deadline.isNone() ? u"<none>"_s : deadline.toString());
    return strings;
}

} // namespace

void TestDeadline::sortMixed()
{
    QList<Deadline> expected;
    for (const QString &text : sortedDeadlines())
        expected.append(parsed(text));

    QList<Deadline> reversed(expected.crbegin(), expected.crend());
    std::sort(reversed.begin(), reversed.end());
    QCOMPARE(toStrings(reversed), toStrings(expected));

    std::mt19937 random(20220607); // fixed seed: the same shuffles on every run
    for (int round = 0; round < 20; ++round) {
        QList<Deadline> shuffled = expected;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        std::sort(shuffled.begin(), shuffled.end());
        QCOMPARE(toStrings(shuffled), toStrings(expected));
    }
}

void TestDeadline::orderingConsistentWithEquality()
{
    // Every pair of the sorted list: <=> agrees with the positions, and is equal exactly
    // when == says so (a strong ordering); a re-parsed copy is equal in both senses.
    const QStringList &texts = sortedDeadlines();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const Deadline a = parsed(texts.at(i));
        const Deadline copy = parsed(a.toString());
        QVERIFY(a == copy);
        QVERIFY((a <=> copy) == 0);
        for (qsizetype j = 0; j < texts.size(); ++j) {
            const Deadline b = parsed(texts.at(j));
            const int expected = i < j ? -1 : i > j ? 1 : 0;
            QVERIFY2(sign(a <=> b) == expected,
                     qPrintable(u"\"%1\" <=> \"%2\""_s.arg(texts.at(i), texts.at(j))));
            QVERIFY2((a == b) == (i == j),
                     qPrintable(u"\"%1\" == \"%2\""_s.arg(texts.at(i), texts.at(j))));
        }
    }
}

QTEST_APPLESS_MAIN(TestDeadline)

#include "tst_deadline.moc"
