// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/example.h"
#include "pdf/comparisonpdf.h"
#include "pdftools.h"
#include "review/comparison.h"
#include "statementchange.h"
#include "testhelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

using Change = test::StatementChange;

namespace {

const ComparisonTitles titles{u"yttrande-v1.yttrande"_s, u"yttrande-v2.yttrande"_s, u"sv"_s};

QList<Difference> differencesAfter(const Change &change)
{
    const Statement before = Example::statement();
    Statement after = before;
    change(after);
    return Comparison::compare(before, after);
}

/// The words of the comparison's blocks with a look: struck through, or underlined.
QStringList wordsWith(const PdfDocument &document, bool PdfSpan::*look)
{
    QStringList words;
    for (const PdfBlock &block : document.blocks()) {
        for (const PdfSpan &span : block.spans) {
            if (span.*look)
                words.append(span.text.trimmed());
        }
    }
    return words;
}

} // namespace

/// The comparison of two versions as a PDF (ComparisonPdf), on crafted pairs: what it says,
/// checked through poppler and qpdf, and the words' looks in its layout.
class TestComparisonPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pairs_data();
    void pairs();
    void changedWordsLook();
    void statusChangesFirst();
    void same();
    void english();
    void tagged();
    void failedWriteLeavesNothing();

private:
    QString write(const QList<Difference> &differences, const QString &name, const ComparisonTitles &names = titles);

    QTemporaryDir m_dir;
};

void TestComparisonPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = test::missingPdfTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

QString TestComparisonPdf::write(const QList<Difference> &differences, const QString &name, const ComparisonTitles &names)
{
    const QString path = m_dir.filePath(name + u".pdf"_s);
    const auto written = ComparisonPdf::write(differences, names, path);
    if (!written.ok())
        qWarning("%s", qPrintable(written.error().text()));
    test::keepForLooking(path);
    return path;
}

void TestComparisonPdf::pairs_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("texts"); // in this order in the PDF's text

    QTest::newRow("changed word")
        << Change([](Statement &s) { s.items[1].response.expectedEffect.replace(u"regelverket"_s, u"lagen"_s); })
        << QStringList{u"Åtgärdsområde 2"_s, u"Expected effect, ändrad"_s, u"känner till regelverket lagen och kommunens rutiner"_s};
    QTest::newRow("added item") << Change([](Statement &s) {
        Item item;
        item.id = u"r9"_s;
        item.text = u"Ny rekommendation om avtalsuppföljning."_s;
        s.items.append(item);
    }) << QStringList{u"Åtgärdsområde 8"_s, u"Tillagd"_s, u"Ny rekommendation om avtalsuppföljning."_s};
    QTest::newRow("removed measure") << Change([](Statement &s) { s.measures.removeAt(3); })
                                     << QStringList{u"Measure “Översyn av delegationsordningen avseende inköp och avtal”"_s,
                                                    u"Borttagen"_s};
    QTest::newRow("moved item") << Change([](Statement &s) { s.items.move(0, 2); })
                                << QStringList{u"Flyttad från plats 1 till 3"_s};
    QTest::newRow("status change") << Change([](Statement &s) { s.measures[1].status = MeasureStatus::Done; })
                                   << QStringList{u"Ändrad status"_s, u"Status ändrad från planerad till avslutad"_s,
                                                  u"Measure “Nya riktlinjer för direktupphandling med dokumentationsmall”"_s,
                                                  u"Status ändrad från planerad till avslutad"_s};
    QTest::newRow("summary: the part is the field") << Change([](Statement &s) { s.summary += u" Ett tillägg."_s; })
                                                    << QStringList{u"Summary Ändrad Kommunrevisionen har granskat"_s, u"Ett tillägg."_s};
}

void TestComparisonPdf::pairs()
{
    QFETCH(Change, change);
    QFETCH(QStringList, texts);
    const QList<Difference> differences = differencesAfter(change);
    QVERIFY(!differences.isEmpty());
    const QString pdf = write(differences, u"pair-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u':'));
    const QString text = test::pdfText(pdf);
    QVERIFY2(text.startsWith(u"Jämförelse av versioner yttrande-v2.yttrande 1("_s), qPrintable(text.left(200)));
    QVERIFY2(text.contains(u"Äldre version yttrande-v1.yttrande Nyare version yttrande-v2.yttrande"_s), qPrintable(text.left(400)));
    QVERIFY(!text.contains(u"Versionerna är likadana"_s));
    qsizetype at = 0;
    for (const QString &expected : std::as_const(texts)) {
        const qsizetype found = text.indexOf(expected, at);
        QVERIFY2(found >= at, qPrintable(u"“%1” missing or out of order in:\n%2"_s.arg(expected, text)));
        at = found + expected.size();
    }
    const QString problems = test::qpdfProblems(pdf);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestComparisonPdf::changedWordsLook()
{
    const QList<Difference> differences = differencesAfter([](Statement &s) {
        s.items[1].response.expectedEffect.replace(u"regelverket"_s, u"lagen och reglerna"_s);
        s.measures.removeAt(3);
        Item item;
        item.id = u"r9"_s;
        item.text = u"Ny rekommendation."_s;
        s.items.append(item);
    });
    auto layout = ComparisonPdf::layout(differences, titles);
    YTTRA_VERIFY_OK(layout);
    // Removed words struck through; added words, and an added part's text, underlined.
    QCOMPARE(wordsWith(layout.value(), &PdfSpan::struck), QStringList{u"regelverket"_s});
    QCOMPARE(wordsWith(layout.value(), &PdfSpan::underlined), (QStringList{u"lagen och reglerna"_s, u"Ny rekommendation."_s}));
    // The legend says so, for whoever reads it on paper.
    QVERIFY(test::pdfText(write(differences, u"looks"_s)).contains(u"Borttagna ord är överstrukna, tillagda ord är understrukna."_s));
}

void TestComparisonPdf::statusChangesFirst()
{
    const QList<Difference> differences = differencesAfter([](Statement &s) {
        s.summary += u" Tillägg."_s;
        s.items[1].response.expectedEffect += u" Mer."_s;
        s.measures[0].status = MeasureStatus::Done;
        s.measures[2].status = MeasureStatus::Cancelled;
    });
    auto layout = ComparisonPdf::layout(differences, titles);
    YTTRA_VERIFY_OK(layout);
    const QList<PdfBlock> &blocks = layout.value().blocks();
    // Before any part: a framed list of the changed statuses.
    qsizetype heading = -1;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).kind == PdfBlock::Kind::Heading2) {
            heading = i;
            break;
        }
    }
    QVERIFY(heading > 0);
    QCOMPARE(blocks.at(heading).plainText(), u"Ändrad status"_s);
    QCOMPARE(blocks.at(heading + 1).kind, PdfBlock::Kind::ListItem);
    QVERIFY(blocks.at(heading + 1).frameId >= 0);
    QVERIFY2(blocks.at(heading + 1).plainText().endsWith(u"Status ändrad från pågående till avslutad"_s), qPrintable(blocks.at(heading + 1).plainText()));
    QVERIFY2(blocks.at(heading + 2).plainText().endsWith(u"Status ändrad från planerad till avbruten"_s), qPrintable(blocks.at(heading + 2).plainText()));
    QCOMPARE(blocks.at(heading + 3).kind, PdfBlock::Kind::Heading2);
    QCOMPARE(blocks.at(heading + 3).frameId, -1);
    // In its part the status change is bold all through.
    int bold = 0;
    for (const PdfBlock &block : blocks) {
        if (block.kind == PdfBlock::Kind::Paragraph && block.plainText().startsWith(u"Status ändrad"_s)) {
            for (const PdfSpan &span : block.spans)
                QVERIFY(span.bold);
            ++bold;
        }
    }
    QCOMPARE(bold, 2);
}

void TestComparisonPdf::same()
{
    const QList<Difference> none = Comparison::compare(Example::statement(), Example::statement());
    QVERIFY(none.isEmpty());
    const QString pdf = write(none, u"same"_s);
    const QString text = test::pdfText(pdf);
    QVERIFY2(text.contains(u"Versionerna är likadana: ingenting har ändrats."_s), qPrintable(text));
    QVERIFY(!text.contains(u"överstrukna"_s));
    const QString problems = test::qpdfProblems(pdf);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestComparisonPdf::english()
{
    const QList<Difference> differences = differencesAfter([](Statement &s) { s.measures[0].status = MeasureStatus::Done; });
    const QString text = test::pdfText(write(differences, u"english"_s, {u"a.yttrande"_s, u"b.yttrande"_s, u"en"_s}));
    for (const QString &words : {u"Comparison of versions"_s, u"Older version a.yttrande"_s, u"Newer version b.yttrande"_s,
                                 u"Removed words are struck through, added words are underlined."_s, u"Changed status"_s,
                                 u"Status changed from pågående to avslutad"_s})
        QVERIFY2(text.contains(words), qPrintable(words + u" not in:\n"_s + text));
    QVERIFY(test::pdfText(write({}, u"english-same"_s, {u"a.yttrande"_s, u"b.yttrande"_s, u"en"_s}))
                .contains(u"The versions are the same: nothing has changed."_s));
}

void TestComparisonPdf::tagged()
{
    const QList<Difference> differences = differencesAfter([](Statement &s) {
        s.measures[0].status = MeasureStatus::Done;
        s.summary += u" Tillägg."_s;
    });
    const QString pdf = write(differences, u"tagged"_s);
    const test::ToolRun info = test::runTool(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, pdf});
    QVERIFY2(info.out.contains(u"Tagged:          yes"_s), qPrintable(info.out));
    QVERIFY2(info.out.contains(u"Title:           Jämförelse av versioner: yttrande-v1.yttrande – yttrande-v2.yttrande"_s), qPrintable(info.out));
    const test::ToolRun tree = test::runTool(u"pdfinfo"_s, {u"-struct"_s, pdf});
    QStringList elements;
    for (const QString &line : tree.out.split(u'\n'))
        elements.append(line.trimmed().section(u' ', 0, 0));
    QCOMPARE(elements.first(), u"Document"_s);
    for (const QString &name : {u"H1"_s, u"H2"_s, u"P"_s, u"L"_s, u"LI"_s, u"Div"_s})
        QVERIFY2(elements.contains(name), qPrintable(name + u" not in:\n"_s + tree.out));
    const test::ToolRun trailer = test::runTool(u"qpdf"_s, {u"--show-object=trailer"_s, pdf});
    const QRegularExpressionMatch root = QRegularExpression(u"/Root (\\d+) 0 R"_s).match(trailer.out);
    QVERIFY2(root.hasMatch(), qPrintable(trailer.out));
    QVERIFY(test::runTool(u"qpdf"_s, {u"--show-object="_s + root.captured(1), pdf}).out.contains(u"/Lang (sv-SE)"_s));
}

void TestComparisonPdf::failedWriteLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missingFolder = dir.filePath(u"no/such/folder/out.pdf"_s);
    const auto intoMissing = ComparisonPdf::write({}, titles, missingFolder);
    QVERIFY(!intoMissing.ok());
    QCOMPARE(intoMissing.error().kind, FileError::Kind::CannotWrite);
    QVERIFY2(intoMissing.error().text().contains(u"does not exist"_s), qPrintable(intoMissing.error().text()));

    const auto ontoFolder = ComparisonPdf::write({}, titles, dir.path());
    QVERIFY(!ontoFolder.ok());
    QVERIFY(QFileInfo(dir.path()).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestComparisonPdf)
#include "tst_comparisonpdf.moc"
