// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/example.h"
#include "review/comparison.h"
#include "review/worddiff.h"
#include "statementchange.h"
#include "testhelpers.h"

#include <QTest>


using namespace Qt::StringLiterals;

namespace yttra {

using Change = test::StatementChange;

/// Comparing two versions: the crafted pairs of the review issue.
class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordDiff_data();
    void wordDiff();
    void identicalHasNoDifferences();
    void pairs_data();
    void pairs();
    void text();
};

void TestComparison::wordDiff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("marked");
    QTest::newRow("same") << u"lika text"_s << u"lika text"_s << u"lika text"_s;
    QTest::newRow("one word") << u"Arbetet sker i samverkan med nämnderna."_s << u"Arbetet sker i dialog med nämnderna."_s
                              << u"Arbetet sker i [-samverkan-]{+dialog+} med nämnderna."_s;
    QTest::newRow("added at end") << u"Klart."_s << u"Klart. Och mer."_s << u"Klart.{+ Och mer.+}"_s;
    QTest::newRow("removed") << u"ett två tre"_s << u"ett tre"_s << u"ett [-två -]tre"_s;
    QTest::newRow("punctuation") << u"effekt."_s << u"effekt,"_s << u"effekt[-.-]{+,+}"_s;
    QTest::newRow("from empty") << QString() << u"ny"_s << u"{+ny+}"_s;
}

void TestComparison::wordDiff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, marked);
    QCOMPARE(WordDiff::toText(WordDiff::compare(before, after)), marked);
}

void TestComparison::identicalHasNoDifferences()
{
    QVERIFY(Comparison::compare(Example::statement(), Example::statement()).isEmpty());
}

void TestComparison::pairs_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("part");
    QTest::addColumn<bool>("statusChange");

    QTest::newRow("changed word in a field")
        << Change([](Statement &s) { s.items[1].response.expectedEffect.replace(u"regelverket"_s, u"lagen"_s); })
        << int(Difference::Kind::Changed) << u"/items/1/response/expectedEffect"_s << u"Åtgärdsområde 2"_s << false;
    QTest::newRow("added item") << Change([](Statement &s) {
        Item item;
        item.id = u"r9"_s;
        item.text = u"Ny rekommendation."_s;
        s.items.append(item);
    }) << int(Difference::Kind::Added) << u"/items/7"_s << u"Åtgärdsområde 8"_s << false;
    QTest::newRow("removed measure") << Change([](Statement &s) { s.measures.removeAt(3); }) << int(Difference::Kind::Removed)
                                     << u"/measures/3"_s << u"Measure “Översyn av delegationsordningen avseende inköp och avtal”"_s << false;
    QTest::newRow("status change") << Change([](Statement &s) { s.measures[1].status = MeasureStatus::Done; })
                                   << int(Difference::Kind::Changed) << u"/measures/1/status"_s
                                   << u"Measure “Nya riktlinjer för direktupphandling med dokumentationsmall”"_s << true;
    QTest::newRow("summary") << Change([](Statement &s) { s.summary += u" Tillägg."_s; }) << int(Difference::Kind::Changed)
                             << u"/summary"_s << u"Summary"_s << false;
}

void TestComparison::pairs()
{
    QFETCH(Change, change);
    QFETCH(int, kind);
    QFETCH(QString, pointer);
    QFETCH(QString, part);
    QFETCH(bool, statusChange);
    const Statement before = Example::statement();
    Statement after = before;
    change(after);
    const QList<Difference> differences = Comparison::compare(before, after);
    QCOMPARE(differences.size(), 1);
    const Difference &d = differences.first();
    QCOMPARE(int(d.kind), kind);
    QCOMPARE(d.pointer, pointer);
    QCOMPARE(d.part, part);
    QCOMPARE(d.statusChange, statusChange);
}

void TestComparison::text()
{
    const Statement before = Example::statement();
    Statement after = before;
    after.items.move(0, 2); // reordered items: one moved, not removed and added
    after.measures[0].status = MeasureStatus::Done;
    after.items[0].response.expectedEffect = u"Tydligare ansvar."_s;
    const QList<Difference> differences = Comparison::compare(before, after);
    const QString out = Comparison::toText(differences);
    QVERIFY2(out.contains(u": moved from place 1 to 3"_s), qPrintable(out));
    QVERIFY2(!out.contains(u"removed"_s) && !out.contains(u"added"_s), qPrintable(out));
    QVERIFY2(out.contains(u"status changed from pågående to avslutad"_s), qPrintable(out));
    QVERIFY2(out.contains(u"{+Tydligare ansvar.+}"_s) && out.contains(u"[-Medarbetare som gör inköp"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Åtgärdsområde 1: expected effect changed\n"_s), qPrintable(out));
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestComparison)

#include "tst_comparison.moc"
