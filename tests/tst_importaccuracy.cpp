// SPDX-License-Identifier: GPL-3.0-or-later
// The importer on the report corpus (tests/data/reports): every report, from its text and from
// its PDF, through the real importer, scored against the items, due dates and boards written
// down by hand. Each report's expected.json keeps, per input, the figures the importer reached
// when they were last measured ("floors"): reaching less fails, so the figures only go up
// (bench_importaccuracy --floors prints new ones). The figures are printed with qInfo.
// Issue 15's targets hold overall: 98 % recall and 95 % precision for text and PDF together.

#include "importaccuracy.h"
#include "testhelpers.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace yttra;
using namespace yttra::accuracy;

Q_DECLARE_METATYPE(yttra::accuracy::InputKind)

class TestImportAccuracy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus();
    void report_data();
    void report();
    void overallTargets();
    void textAndPdfAgree_data();
    void textAndPdfAgree();
    void auditFirmIsTheAuditor_data();
    void auditFirmIsTheAuditor();
    void cleanupTestCase();

private:
    QList<ExpectedReport> m_corpus;
    QStringList m_errors;
    QMap<QString, Score> m_totals;
};

void TestImportAccuracy::initTestCase()
{
    m_corpus = readCorpus(test::dataPath(u"reports"_s), &m_errors);
}

// The corpus the issue asks for: at least 12 reports from at least three audit firms, each with
// its text, its PDF and figures to hold the importer to.
void TestImportAccuracy::corpus()
{
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QVERIFY2(m_corpus.size() >= 12, qPrintable(u"%1 reports"_s.arg(m_corpus.size())));
    QSet<QString> firms;
    QSet<QString> places;
    for (const ExpectedReport &r : m_corpus) {
        firms.insert(r.firm);
        places.insert(r.municipality);
        QVERIFY2(!r.items.isEmpty(), qPrintable(r.name));
        QVERIFY2(!r.dueDates.isEmpty(), qPrintable(r.name));
        for (const InputKind input : {InputKind::Text, InputKind::Pdf}) {
            QVERIFY2(QFile::exists(QDir(r.folder).filePath(inputFile(input))),
                     qPrintable(r.name + u": no "_s + inputFile(input)));
            QVERIFY2(r.floors.value(inputName(input)).set, qPrintable(r.name + u": no floor for "_s + inputName(input)));
        }
    }
    QVERIFY2(firms.size() >= 3, qPrintable(QStringList(firms.cbegin(), firms.cend()).join(u", "_s)));
    QCOMPARE(places.size(), m_corpus.size());
}

void TestImportAccuracy::report_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<InputKind>("input");
    for (qsizetype i = 0; i < m_corpus.size(); ++i) {
        for (const InputKind input : {InputKind::Text, InputKind::Pdf})
            QTest::addRow("%s %s", qPrintable(m_corpus.at(i).name), qPrintable(inputName(input))) << int(i) << input;
    }
}

void TestImportAccuracy::report()
{
    QFETCH(int, index);
    QFETCH(InputKind, input);
    const ExpectedReport &expected = m_corpus.at(index);
    const Score s = score(expected, input);
    m_totals[inputName(input)].add(s);
    qInfo().noquote() << expected.name << inputName(input) << (s.imported ? figures(s) : u"not imported: "_s + s.error);

    const Floor floor = expected.floors.value(inputName(input));
    const QString details = u"\nmissed: "_s + s.missed.join(u"; "_s) + u"\nextra: "_s + s.extra.join(u"; "_s)
        + u"\nboards: "_s + s.wrongBoards.join(u"; "_s) + u"\ndue dates: "_s + s.wrongDueDates.join(u"; "_s);
    // A thousandth of slack: the floors are written rounded down to a tenth of a percent.
    QVERIFY2(s.recall() + 1e-9 >= floor.recall,
             qPrintable(u"recall %1 below its floor %2"_s.arg(percent(s.recall()), percent(floor.recall)) + details));
    QVERIFY2(s.precision() + 1e-9 >= floor.precision,
             qPrintable(u"precision %1 below its floor %2"_s.arg(percent(s.precision()), percent(floor.precision))
                        + details));
    QVERIFY2(s.boardsRight >= floor.boardsRight,
             qPrintable(u"%1 items with the right boards, %2 before"_s.arg(s.boardsRight).arg(floor.boardsRight) + details));
    QVERIFY2(s.dueRight >= floor.dueRight,
             qPrintable(u"%1 due dates right, %2 before"_s.arg(s.dueRight).arg(floor.dueRight) + details));
    QVERIFY2(s.boardsAccepted >= floor.boardsAccepted,
             qPrintable(u"%1 boards accepted, %2 before"_s.arg(s.boardsAccepted).arg(floor.boardsAccepted)));
}

// Issue 15's targets, over every report read both ways.
void TestImportAccuracy::overallTargets()
{
    Score all;
    for (const ExpectedReport &expected : std::as_const(m_corpus)) {
        for (const InputKind input : {InputKind::Text, InputKind::Pdf})
            all.add(score(expected, input));
    }
    qInfo().noquote() << u"targets: recall at least 98 %, precision at least 95 %; reached"_s << figures(all);
    QVERIFY2(all.recall() >= 0.98, qPrintable(u"recall %1"_s.arg(percent(all.recall()))));
    QVERIFY2(all.precision() >= 0.95, qPrintable(u"precision %1"_s.arg(percent(all.precision()))));
}

// Issue 18: the firm that made the audit is recorded as the auditor, whether the letter says it
// audited on the auditors' behalf or only signs the report. (The reports of a city's own
// revision office name it in words of their own, which findDetails' tests cover.)
void TestImportAccuracy::auditFirmIsTheAuditor_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<InputKind>("input");
    for (qsizetype i = 0; i < m_corpus.size(); ++i) {
        if (m_corpus.at(i).firm.contains(u'('))
            continue;
        for (const InputKind input : {InputKind::Text, InputKind::Pdf})
            QTest::addRow("%s %s", qPrintable(m_corpus.at(i).name), qPrintable(inputName(input))) << int(i) << input;
    }
}

void TestImportAccuracy::auditFirmIsTheAuditor()
{
    QFETCH(int, index);
    QFETCH(InputKind, input);
    const ExpectedReport &expected = m_corpus.at(index);
    const auto imported = ReportImporter::import(QDir(expected.folder).filePath(inputFile(input)));
    YTTRA_VERIFY_OK(imported);
    QCOMPARE(imported.value().auditor, expected.firm);
}

void TestImportAccuracy::textAndPdfAgree_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_corpus.size(); ++i)
        QTest::addRow("%s", qPrintable(m_corpus.at(i).name)) << int(i);
}

namespace {

/// What a draft says, as far as the input it was read from must not change it: the audit's
/// details, the due date and every item (texts compared by their letters and digits, since
/// a PDF may break a word where the text file does not).
QStringList draftOf(const Statement &s)
{
    QStringList out{u"title "_s + normalised(s.audit.title), u"reference "_s + s.audit.reference,
                    u"auditor "_s + normalised(s.audit.auditor), u"report date "_s + s.audit.reportDate,
                    u"decided "_s + s.audit.decisionDate, u"addressees "_s + s.audit.addressees.join(u", "_s),
                    u"conclusion "_s + normalised(s.audit.conclusion), u"due "_s + s.dueDate,
                    u"submit to "_s + s.submitTo};
    for (const Item &item : s.items) {
        out.append(u"%1 %2 %3 [%4] %5"_s.arg(int(item.kind)).arg(item.number, item.addressedTo, item.section,
                                                                   normalised(item.text)));
    }
    return out;
}

} // namespace

// Step 1 of issue 15: one pipeline, whatever the input. The same report as text and as PDF
// gives every board addressed the same draft.
void TestImportAccuracy::textAndPdfAgree()
{
    QFETCH(int, index);
    const ExpectedReport &expected = m_corpus.at(index);
    const auto text = ReportImporter::import(QDir(expected.folder).filePath(inputFile(InputKind::Text)));
    const auto pdf = ReportImporter::import(QDir(expected.folder).filePath(inputFile(InputKind::Pdf)));
    YTTRA_VERIFY_OK(text);
    YTTRA_VERIFY_OK(pdf);
    QCOMPARE(pdf.value().addressees, text.value().addressees);
    for (const QString &board : std::as_const(expected.addressees)) {
        const Statement fromText = ReportImporter::toStatement(text.value(), board, StatementKind::First);
        const Statement fromPdf = ReportImporter::toStatement(pdf.value(), board, StatementKind::First);
        QCOMPARE(draftOf(fromPdf), draftOf(fromText));
    }
}

void TestImportAccuracy::cleanupTestCase()
{
    Score all;
    for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it) {
        qInfo().noquote() << u"overall"_s << it.key() << figures(it.value());
        all.add(it.value());
    }
    qInfo().noquote() << u"overall both"_s << figures(all);
}

QTEST_MAIN(TestImportAccuracy)
#include "tst_importaccuracy.moc"
