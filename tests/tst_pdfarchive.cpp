// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"
#include "comparisonpdf.h"
#include "example.h"
#include "pdfarchive.h"
#include "pdfexporter.h"
#include "pdfteststatements.h"
#include "pdftools.h"
#include "statementfile.h"
#include "testhelpers.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

const QString checker = QStringLiteral(YTTRA_TEST_DATA "/../pdf/pdfacheck.py");

/// What tests/pdf/pdfacheck.py (pikepdf) finds in a PDF.
test::ToolRun archiveCheck(const QString &pdf, const QString &language = u"sv-SE"_s)
{
    return test::runTool(QStringLiteral(YTTRA_PYTHON), {checker, pdf, language});
}

} // namespace

class TestPdfArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase();
    void everyPdfIsArchiveGrade_data();
    void everyPdfIsArchiveGrade();
    void theCheckerFindsWhatIsMissing_data();
    void theCheckerFindsWhatIsMissing();
    void metadataSaysWhatTheInfoSays();
};

void TestPdfArchive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(test::missingPdfTools().isEmpty(), qPrintable(test::missingPdfTools()));
    QProcess probe;
    probe.start(QStringLiteral(YTTRA_PYTHON), {u"-c"_s, u"import pikepdf"_s});
    QVERIFY(probe.waitForFinished(60000));
    QVERIFY2(probe.exitCode() == 0, "pikepdf is missing for " YTTRA_PYTHON ": run scripts/install-deps (python3-pikepdf)");
    QVERIFY(!PdfArchive::srgbProfile().isEmpty());
}

void TestPdfArchive::everyPdfIsArchiveGrade_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("first statement") << u"example"_s;
    QTest::newRow("follow-up with its table") << u"followUp"_s;
    QTest::newRow("the real Malmö follow-up") << u"malmo"_s;
    QTest::newRow("review copy") << u"reviewCopy"_s;
    QTest::newRow("comparison") << u"comparison"_s;
}

void TestPdfArchive::everyPdfIsArchiveGrade()
{
    QFETCH(QString, kind);
    Result<QByteArray, QString> bytes = Result<QByteArray, QString>::failure(u"not made"_s);
    if (kind == u"example") {
        bytes = PdfExporter::render(Example::statement(), PdfCopy::Statement);
    } else if (kind == u"followUp") {
        bytes = PdfExporter::render(test::followUpStatement(), PdfCopy::Statement);
    } else if (kind == u"malmo") {
        auto read = StatementFile::load(test::dataPath(u"seeds/malmo-ks-uppfoljande-2022.yttrande"_s));
        YTTRA_VERIFY_OK(read);
        bytes = PdfExporter::render(read.value().statement, PdfCopy::Statement);
    } else if (kind == u"reviewCopy") {
        Statement statement = Example::statement();
        statement.review = Review();
        statement.review->comments.append({u"c1"_s, u"/summary"_s, u"delar"_s, u"Karin Chef"_s, u"2026-12-01T10:00:00Z"_s,
                                           u"Stämmer detta?"_s, false, {}, {}});
        bytes = PdfExporter::render(statement, PdfCopy::ReviewCopy);
    } else {
        Statement changed = Example::statement();
        changed.summary += u"\n\nEtt nytt stycke."_s;
        bytes = ComparisonPdf::render(Comparison::compare(Example::statement(), changed), {u"före.yttrande"_s, u"efter.yttrande"_s});
    }
    YTTRA_VERIFY_OK(bytes);
    const QString pdf = write(bytes.value(), kind + u".pdf"_s);
    test::keepForLooking(pdf);

    const test::ToolRun check = archiveCheck(pdf);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    QVERIFY2(check.out.contains(u" artifact operators"_s), qPrintable(check.out));
    QVERIFY2(test::qpdfProblems(pdf).isEmpty(), qPrintable(test::qpdfProblems(pdf)));
    // Every font embedded, with a ToUnicode map (pdffonts' "emb" and "uni" columns).
    const test::ToolRun fonts = test::runTool(u"pdffonts"_s, {pdf});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList columns = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == u"yes" && columns.at(columns.size() - 3) == u"yes",
                 qPrintable(line));
    }
    // The text is still all there, in order.
    QVERIFY(test::pdfText(pdf).contains(u"Sammanfattning"_s) || kind == u"comparison");
}

void TestPdfArchive::theCheckerFindsWhatIsMissing_data()
{
    // Each row spoils one thing in an archive-grade PDF, keeping every byte count, so the
    // checker is shown to find it.
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("problem");
    QTest::newRow("artifact") << QByteArray("/Artifact BMC") << QByteArray("/Artefact BMC") << u"outside tagged content and artifacts"_s;
    QTest::newRow("language") << QByteArray("/Lang (sv-SE)") << QByteArray("/Lang (en-GB)") << u"catalog /Lang"_s;
    QTest::newRow("title shown") << QByteArray("/DisplayDocTitle true") << QByteArray("/DisplayDocTitle null") << u"DisplayDocTitle"_s;
    QTest::newRow("conformance") << QByteArray("<pdfaid:conformance>A<") << QByteArray("<pdfaid:conformance>B<") << u"conformance"_s;
    QTest::newRow("output intent") << QByteArray("/GTS_PDFA1") << QByteArray("/GTS_PDFX1") << u"output intent"_s;
    QTest::newRow("header scope") << QByteArray("/Scope /Column") << QByteArray("/Scopx /Column") << u"TH without /Scope"_s;
}

void TestPdfArchive::theCheckerFindsWhatIsMissing()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, problem);
    auto bytes = PdfExporter::render(test::followUpStatement(), PdfCopy::Statement);
    YTTRA_VERIFY_OK(bytes);
    const QString pdf = write(bytes.value(), u"spoil.pdf"_s);
    // Uncompressed, so that the words can be found; qpdf --qdf keeps the offsets right.
    const QString plain = m_dir.filePath(u"spoil-plain.pdf"_s);
    QCOMPARE(test::runTool(u"qpdf"_s, {u"--qdf"_s, u"--object-streams=disable"_s, pdf, plain}).exitCode, 0);
    QFile file(plain);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    QVERIFY2(content.contains(before), before.constData());
    QVERIFY(archiveCheck(plain).exitCode == 0);
    content.replace(before, after);
    const QString spoilt = write(content, u"spoilt.pdf"_s);
    const test::ToolRun check = archiveCheck(spoilt);
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(problem), qPrintable(check.out));
}

void TestPdfArchive::metadataSaysWhatTheInfoSays()
{
    // Words that need escaping in XML and in a PDF string, and a time east of Greenwich.
    PdfDocumentInfo info;
    info.title = u"Yttrande – <IT> & \"säkerhet\""_s;
    info.author = u"Kommunstyrelsen"_s;
    info.subject = u"Rapport (2026)"_s;
    info.keywords = u"SR-2020-83"_s;
    info.pdfLanguage = u"sv-SE"_s;
    const QDateTime created(QDate(2026, 12, 7), QTime(13, 15), QTimeZone(3600));
    auto plain = PdfExporter::render(Example::statement(), PdfCopy::Statement);
    YTTRA_VERIFY_OK(plain);
    auto archived = PdfArchive::finish(plain.value(), info, created);
    YTTRA_VERIFY_OK(archived);
    const QString pdf = write(archived.value(), u"metadata.pdf"_s);
    const test::ToolRun check = archiveCheck(pdf);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    const test::ToolRun pdfinfo = test::runTool(u"pdfinfo"_s, {u"-meta"_s, pdf});
    QVERIFY2(pdfinfo.out.contains(u"Yttrande – &lt;IT&gt; &amp; &quot;säkerhet&quot;"_s), qPrintable(pdfinfo.out.left(2000)));
    QVERIFY(pdfinfo.out.contains(u"2026-12-07T13:15:00+01:00"_s));

    // Bytes that are no PDF: a clear message, nothing written.
    auto refused = PdfArchive::finish("not a pdf", info, created);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"archive-grade"_s), qPrintable(refused.error()));
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestPdfArchive)
#include "tst_pdfarchive.moc"
