// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/example.h"
#include "validation/validator.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace yttra;

// One thing broken in an otherwise complete statement.
using Edit = std::function<void(Statement &)>;

Q_DECLARE_METATYPE(Edit)

namespace {

// Severity and pointer of each finding, in the validator's order: what the rows pin down
// exactly. The wording of the messages is checked separately, once per kind.
QStringList places(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list.append((f.severity == Finding::Severity::Error ? u"error "_s : u"warning "_s) + f.pointer);
    return list;
}

QStringList texts(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list.append(f.text());
    return list;
}

void unlinkEverywhere(Statement &s, const QString &itemId)
{
    for (Measure &m : s.measures)
        m.items.removeAll(itemId);
}

// A follow-up that reports on every item, so that one missing report stands out.
void makeReportedFollowUp(Statement &s)
{
    s.kind = StatementKind::FollowUp;
    for (Item &item : s.items) {
        item.response.actionsTaken = u"- Vidtaget."_s;
        item.response.effectAchieved = u"Effekten syns i uppföljningen."_s;
    }
}

} // namespace

/// Validator: structural errors, template gaps (warnings, errors when strict), the checks of
/// deadlines against the period and of the date against the due date, and how findings read.
class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void exampleIsClean();
    void findings_data();
    void findings();
    void strictOnlyRaisesGaps();
    void findingText();
    void hasErrors();
};

void TestValidator::exampleIsClean()
{
    const Statement example = Example::statement();
    QCOMPARE(texts(Validator::check(example)), QStringList());
    QCOMPARE(texts(Validator::check(example, {.strict = true})), QStringList());

    // The rows below rely on these.
    QCOMPARE(example.kind, StatementKind::First);
    QCOMPARE(example.items.size(), 7);
    QCOMPARE(example.measures.size(), 10);
    QCOMPARE(example.date, u"2026-05-06"_s);
    QCOMPARE(example.dueDate, u"2026-05-15"_s);
    QVERIFY(example.period.to.isEmpty());
}

void TestValidator::findings_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QStringList>("expected");

    // A row for each severity, where strictness changes nothing or everything.
    auto both = [](const char *name, const Edit &edit, const QStringList &lenient, const QStringList &strict) {
        QTest::addRow("%s", name) << edit << false << lenient;
        QTest::addRow("%s (strict)", name) << edit << true << strict;
    };
    auto same = [&both](const char *name, const Edit &edit, const QStringList &expected) {
        both(name, edit, expected, expected);
    };

    // Structure: always errors.
    same("empty board", [](Statement &s) { s.board.clear(); }, {u"error /board"_s});
    same("blank board", [](Statement &s) { s.board = u" \t"_s; }, {u"error /board"_s});
    same("duplicate item id", [](Statement &s) { s.items.append(s.items.at(0)); }, {u"error /items/7/id"_s});
    same("duplicate measure id", [](Statement &s) { s.measures.append(s.measures.at(0)); }, {u"error /measures/10/id"_s});
    same("measure links missing item", [](Statement &s) { s.measures[3].items.append(u"r99"_s); },
         {u"error /measures/3/items/1"_s});
    same("measure links missing item first", [](Statement &s) { s.measures[8].items.prepend(u"x"_s); },
         {u"error /measures/8/items/0"_s});
    same("empty measure title", [](Statement &s) { s.measures[2].title.clear(); }, {u"error /measures/2/title"_s});
    same("blank measure title", [](Statement &s) { s.measures[2].title = u"  "_s; }, {u"error /measures/2/title"_s});
    same("measure id with space", [](Statement &s) { s.measures[0].id = u"m 1"_s; }, {u"error /measures/0/id"_s});
    same("measure id with final newline", [](Statement &s) { s.measures[0].id = u"m1\n"_s; },
         {u"error /measures/0/id"_s});
    same("empty measure id", [](Statement &s) { s.measures[0].id.clear(); }, {u"error /measures/0/id"_s});
    same("item id with slash", [](Statement &s) { s.items.append(s.items.at(0)); s.items.last().id = u"r/8"_s; },
         {u"error /items/7/id"_s});

    // Template gaps: warnings, errors when strict.
    both("item without measures",
         [](Statement &s) {
             s.items[0].response.measures.clear();
             unlinkEverywhere(s, u"r1"_s);
         },
         {u"warning /items/0/response/measures"_s}, {u"error /items/0/response/measures"_s});
    both("item with blank measures",
         [](Statement &s) {
             s.items[0].response.measures = u"\n\n "_s;
             unlinkEverywhere(s, u"r1"_s);
         },
         {u"warning /items/0/response/measures"_s}, {u"error /items/0/response/measures"_s});
    same("item with linked measure but no text", [](Statement &s) { s.items[0].response.measures.clear(); }, {});
    same("item with text but no linked measure", [](Statement &s) { unlinkEverywhere(s, u"r1"_s); }, {});
    both("item without expected effect", [](Statement &s) { s.items[1].response.expectedEffect.clear(); },
         {u"warning /items/1/response/expectedEffect"_s}, {u"error /items/1/response/expectedEffect"_s});
    both("item without deadline", [](Statement &s) { s.items[2].response.deadline = Deadline(); },
         {u"warning /items/2/response/deadline"_s}, {u"error /items/2/response/deadline"_s});
    both("item with nothing",
         [](Statement &s) {
             s.items[0].response = Response();
             unlinkEverywhere(s, u"r1"_s);
         },
         {u"warning /items/0/response/measures"_s, u"warning /items/0/response/expectedEffect"_s,
          u"warning /items/0/response/deadline"_s},
         {u"error /items/0/response/measures"_s, u"error /items/0/response/expectedEffect"_s,
          u"error /items/0/response/deadline"_s});

    same("follow-up reporting on every item", makeReportedFollowUp, {});
    both("follow-up item without actionsTaken",
         [](Statement &s) {
             makeReportedFollowUp(s);
             s.items[3].response.actionsTaken = u" "_s;
         },
         {u"warning /items/3/response/actionsTaken"_s}, {u"error /items/3/response/actionsTaken"_s});
    both("follow-up item without previously decided measure",
         [](Statement &s) {
             makeReportedFollowUp(s);
             s.items[6].response.measures.clear();
             unlinkEverywhere(s, u"r6"_s);
         },
         {u"warning /items/6/response/measures"_s}, {u"error /items/6/response/measures"_s});
    // The effect may honestly be unknown a year on, so its absence is never more than a warning.
    same("follow-up item without effectAchieved",
         [](Statement &s) {
             makeReportedFollowUp(s);
             s.items[2].response.effectAchieved.clear();
         },
         {u"warning /items/2/response/effectAchieved"_s});
    // A follow-up reports on what was planned; it is not asked for a new deadline.
    same("follow-up item without deadline",
         [](Statement &s) {
             makeReportedFollowUp(s);
             s.items[0].response.deadline = Deadline();
         },
         {});
    both("first statement without actionsTaken is fine, follow-up is not",
         [](Statement &s) {
             for (Item &item : s.items) {
                 item.response.actionsTaken.clear();
                 item.response.effectAchieved = u"Effekten syns i uppföljningen."_s;
             }
             s.kind = StatementKind::FollowUp;
         },
         {u"warning /items/0/response/actionsTaken"_s, u"warning /items/1/response/actionsTaken"_s,
          u"warning /items/2/response/actionsTaken"_s, u"warning /items/3/response/actionsTaken"_s,
          u"warning /items/4/response/actionsTaken"_s, u"warning /items/5/response/actionsTaken"_s,
          u"warning /items/6/response/actionsTaken"_s},
         {u"error /items/0/response/actionsTaken"_s, u"error /items/1/response/actionsTaken"_s,
          u"error /items/2/response/actionsTaken"_s, u"error /items/3/response/actionsTaken"_s,
          u"error /items/4/response/actionsTaken"_s, u"error /items/5/response/actionsTaken"_s,
          u"error /items/6/response/actionsTaken"_s});

    // An item another board answers has no gaps: the reason is the whole answer.
    same("notOurs item with nothing else",
         [](Statement &s) {
             s.items[0].response = Response();
             s.items[0].response.notOurs = u"Uppdraget har övergått till servicenämnden."_s;
             unlinkEverywhere(s, u"r1"_s);
         },
         {});
    same("notOurs item in a follow-up",
         [](Statement &s) {
             makeReportedFollowUp(s);
             s.items[2].response = Response();
             s.items[2].response.notOurs = u"Överförd."_s;
         },
         {});

    // A measure that answers nothing.
    QTest::newRow("measure linked to no item") << Edit([](Statement &s) { s.measures[3].items.clear(); }) << false
                                               << QStringList{u"warning /measures/3/items"_s};
    QTest::newRow("measure left without items by a removed item")
        << Edit([](Statement &s) {
               s.items.removeAt(4); // r4: the only item of m7
               unlinkEverywhere(s, u"r4"_s);
           })
        << false << QStringList{u"warning /measures/6/items"_s};

    // A first statement's plan against the end of the period it will be followed up on.
    same("period end on the last deadline day", [](Statement &s) { s.period.to = u"2027-06-30"_s; }, {});
    QTest::newRow("period end a day before the last deadlines")
        << Edit([](Statement &s) { s.period.to = u"2027-06-29"_s; }) << false
        << QStringList{u"warning /items/1/response/deadline"_s, u"warning /items/3/response/deadline"_s,
                       u"warning /measures/2/deadline"_s};
    QTest::newRow("item deadline after the period")
        << Edit([](Statement &s) {
               s.period.to = u"2027-06-30"_s;
               s.items[0].response.deadline = Deadline::month(2027, 7);
           })
        << false << QStringList{u"warning /items/0/response/deadline"_s};
    QTest::newRow("measure deadline a day after the period")
        << Edit([](Statement &s) {
               s.period.to = u"2027-06-30"_s;
               s.measures[0].deadline = Deadline::date(QDate(2027, 7, 1));
           })
        << false << QStringList{u"warning /measures/0/deadline"_s};
    same("deadlines ending on the period's last day",
         [](Statement &s) {
             s.period.to = u"2027-06-30"_s;
             s.items[0].response.deadline = Deadline::date(QDate(2027, 6, 30));
             s.items[1].response.deadline = Deadline::month(2027, 6);
             s.measures[0].deadline = Deadline::quarter(2027, 2);
             s.measures[1].deadline = Deadline::halfYear(2027, 1);
         },
         {});
    same("ongoing never warns",
         [](Statement &s) {
             s.period.to = u"2020-01-01"_s;
             for (Item &item : s.items)
                 item.response.deadline = Deadline::ongoing();
             for (Measure &m : s.measures)
                 m.deadline = Deadline::ongoing();
         },
         {});
    same("ongoing without a period", [](Statement &s) { s.items[0].response.deadline = Deadline::ongoing(); }, {});
    // Without an end of period there is nothing to be late for.
    same("no period end", [](Statement &s) { s.items[0].response.deadline = Deadline::year(2099); }, {});
    // A follow-up's own period is what it reports on; later deadlines are work still planned.
    same("follow-up deadlines after its period",
         [](Statement &s) {
             makeReportedFollowUp(s);
             s.period.to = u"2026-01-01"_s;
         },
         {});

    // The statement's date against its due date.
    QTest::newRow("dated after due") << Edit([](Statement &s) { s.date = u"2026-05-16"_s; }) << false
                                     << QStringList{u"warning /date"_s};
    same("dated on due day", [](Statement &s) { s.date = u"2026-05-15"_s; }, {});
    same("no date", [](Statement &s) { s.date.clear(); }, {});
    same("no due date", [](Statement &s) { s.dueDate.clear(); }, {});

    // Several at once, in the validator's order: structure first, then items, measures, date.
    QTest::newRow("several")
        << Edit([](Statement &s) {
               s.date = u"2026-06-01"_s;
               s.measures[3].items.clear();
               s.items[5].response.expectedEffect.clear();
               s.measures[1].title.clear();
               s.board.clear();
           })
        << false
        << QStringList{u"error /board"_s, u"error /measures/1/title"_s, u"warning /items/5/response/expectedEffect"_s,
                       u"warning /measures/3/items"_s, u"warning /date"_s};
}

void TestValidator::findings()
{
    QFETCH(Edit, edit);
    QFETCH(bool, strict);
    QFETCH(QStringList, expected);

    Statement statement = Example::statement();
    edit(statement);
    const QList<Finding> found = Validator::check(statement, {.strict = strict});
    QCOMPARE(places(found), expected);
    for (const Finding &f : found)
        QVERIFY2(!f.message.trimmed().isEmpty(), qPrintable(f.pointer));
    QCOMPARE(Validator::hasErrors(found), expected.join(u'\n').contains(u"error "_s));
}

void TestValidator::strictOnlyRaisesGaps()
{
    // Strict turns gaps into errors and leaves everything else as it was: same places,
    // same messages, same order.
    Statement s = Example::statement();
    s.board.clear();
    s.items[0].response.expectedEffect.clear();
    s.items[1].response.deadline = Deadline();
    s.measures[0].title.clear();

    const QList<Finding> lenient = Validator::check(s);
    const QList<Finding> strict = Validator::check(s, {.strict = true});
    QCOMPARE(strict.size(), lenient.size());
    for (qsizetype i = 0; i < lenient.size(); ++i) {
        QCOMPARE(strict.at(i).pointer, lenient.at(i).pointer);
        QCOMPARE(strict.at(i).message, lenient.at(i).message);
        QCOMPARE(strict.at(i).severity, Finding::Severity::Error);
    }
    QCOMPARE(places(lenient), QStringList({u"error /board"_s, u"error /measures/0/title"_s,
                                           u"warning /items/0/response/expectedEffect"_s,
                                           u"warning /items/1/response/deadline"_s}));
}

void TestValidator::findingText()
{
    // The command line prints these lines as they are; scripts read them.
    Statement s = Example::statement();
    s.board.clear();
    s.items[0].response.deadline = Deadline();
    QCOMPARE(texts(Validator::check(s)),
             QStringList({u"error /board: the responding board is not named"_s,
                          u"warning /items/0/response/deadline: no deadline is given"_s}));
    QCOMPARE(texts(Validator::check(s, {.strict = true})),
             QStringList({u"error /board: the responding board is not named"_s,
                          u"error /items/0/response/deadline: no deadline is given"_s}));

    const Finding error{Finding::Severity::Error, u"/measures/2/title"_s, u"the measure has no title"_s};
    QCOMPARE(error.text(), u"error /measures/2/title: the measure has no title"_s);
    const Finding warning{Finding::Severity::Warning, u"/date"_s, u"late"_s};
    QCOMPARE(warning.text(), u"warning /date: late"_s);

    // Messages name what they are about.
    Statement t = Example::statement();
    t.measures[3].items = {u"r99"_s};
    t.date = u"2026-05-20"_s;
    const QStringList lines = texts(Validator::check(t));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"error /measures/3/items/0: "_s) && lines.at(0).contains(u"\"r99\""_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"warning /date: "_s) && lines.at(1).contains(u"2026-05-20"_s)
                 && lines.at(1).contains(u"2026-05-15"_s),
             qPrintable(lines.at(1)));
}

void TestValidator::hasErrors()
{
    QVERIFY(!Validator::hasErrors({}));
    const Finding warning{Finding::Severity::Warning, u"/date"_s, u"late"_s};
    const Finding error{Finding::Severity::Error, u"/board"_s, u"missing"_s};
    QVERIFY(!Validator::hasErrors({warning, warning}));
    QVERIFY(Validator::hasErrors({warning, error}));
    QVERIFY(Validator::hasErrors({error}));
}

QTEST_APPLESS_MAIN(TestValidator)

#include "tst_validator.moc"
