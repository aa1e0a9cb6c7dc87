// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/example.h"
#include "format/statementfile.h"
#include "pdf/comparisonpdf.h"
#include "pdf/pdfarchive.h"
#include "pdf/pdfexporter.h"
#include "pdfteststatements.h"
#include "pdftools.h"
#include "review/comparison.h"
#include "testhelpers.h"

#include <QFile>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

const QString checker = QStringLiteral(YTTRA_TEST_DATA "/../pdf/pdfacheck.py");

Logo logoFile(const QString &name, const QString &mediaType, const QString &description)
{
    return {mediaType, test::readFile(test::dataPath(u"logo/"_s + name)), description};
}

Statement withLogo(const Logo &logo)
{
    Statement statement = Example::statement();
    statement.logo = logo;
    return statement;
}

/// How many images `pdfimages -list` finds on each page (soft masks not counted).
QMap<int, int> imagesPerPage(const QString &pdf)
{
    QMap<int, int> images;
    const test::ToolRun list = test::runTool(u"pdfimages"_s, {u"-list"_s, pdf});
    for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        if (columns.size() > 2 && columns.at(2) == u"image")
            ++images[columns.at(0).toInt()];
    }
    return images;
}

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
    void logoOnTheFirstPageOnly_data();
    void logoOnTheFirstPageOnly();
    void brokenLogoIsLeftOutAndSaid();
    void previewShowsTheLogoOnPageOne();
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
    QTest::newRow("PNG logo") << u"pngLogo"_s;
    QTest::newRow("SVG logo") << u"svgLogo"_s;
    QTest::newRow("decorative logo") << u"decorativeLogo"_s;
    QTest::newRow("review copy with logo") << u"reviewCopyLogo"_s;
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
    } else if (kind == u"pngLogo") {
        bytes = PdfExporter::render(withLogo(logoFile(u"board.png"_s, u"image/png"_s, u"Sjöviks kommun"_s)));
    } else if (kind == u"svgLogo") {
        bytes = PdfExporter::render(withLogo(logoFile(u"board.svg"_s, u"image/svg+xml"_s, u"Sjöviks kommun"_s)));
    } else if (kind == u"decorativeLogo") {
        bytes = PdfExporter::render(withLogo(logoFile(u"board.png"_s, u"image/png"_s, QString())));
    } else if (kind == u"reviewCopy" || kind == u"reviewCopyLogo") {
        Statement statement = kind == u"reviewCopy" ? Example::statement()
                                                    : withLogo(logoFile(u"board.svg"_s, u"image/svg+xml"_s, u"Sjöviks kommun"_s));
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
    QTest::newRow("logo's alternative text") << QByteArray("/Alt (Logo)") << QByteArray("/Alt ()    ") << u"Figure without /Alt"_s;
    QTest::newRow("logo not a figure") << QByteArray("/S /Figure") << QByteArray("/S /Figurx") << u"not in a Figure"_s;
}

void TestPdfArchive::theCheckerFindsWhatIsMissing()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, problem);
    Statement statement = test::followUpStatement();
    statement.logo = logoFile(u"board.png"_s, u"image/png"_s, u"Logo"_s);
    auto bytes = PdfExporter::render(statement, PdfCopy::Statement);
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

void TestPdfArchive::logoOnTheFirstPageOnly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("description");
    QTest::addColumn<PdfCopy>("copy");
    QTest::addColumn<int>("images"); // on page 1: an SVG is drawn as vectors
    QTest::newRow("PNG, described") << u"board.png"_s << u"Sjöviks kommuns logotyp"_s << PdfCopy::Statement << 1;
    QTest::newRow("PNG, decorative") << u"board.png"_s << QString() << PdfCopy::Statement << 1;
    QTest::newRow("SVG, described") << u"board.svg"_s << u"Sjöviks kommuns logotyp"_s << PdfCopy::Statement << 0;
    QTest::newRow("SVG, review copy") << u"board.svg"_s << u"Sjöviks kommuns logotyp"_s << PdfCopy::ReviewCopy << 0;
}

void TestPdfArchive::logoOnTheFirstPageOnly()
{
    QFETCH(QString, file);
    QFETCH(QString, description);
    QFETCH(PdfCopy, copy);
    QFETCH(int, images);
    const QString mediaType = file.endsWith(u".svg"_s) ? u"image/svg+xml"_s : u"image/png"_s;
    const QString pdf = m_dir.filePath(u"logo-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const auto written = PdfExporter::write(withLogo(logoFile(file, mediaType, description)), pdf, copy);
    YTTRA_VERIFY_OK(written);
    QVERIFY(written.value().isEmpty());
    test::keepForLooking(pdf);

    const QMap<int, int> perPage = imagesPerPage(pdf);
    QCOMPARE(perPage.value(1), images);
    QCOMPARE(perPage.value(2), 0);
    QCOMPARE(perPage.size(), images);

    const test::ToolRun check = archiveCheck(pdf);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    // Described: one Figure, read out by its description; decoration: none, an artifact.
    const bool figure = !description.isEmpty();
    QVERIFY2(check.out.contains(figure ? u", 1 figures, %1 tagged images"_s.arg(images) : u", 0 figures, 0 tagged images"_s),
             qPrintable(check.out));
    const test::ToolRun alt = test::runTool(QStringLiteral(YTTRA_PYTHON), {u"-c"_s, uR"(
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
document = pdf.Root.StructTreeRoot.K
document = document[0] if isinstance(document, pikepdf.Array) else document
first = document.K[0]
print(str(first.S), str(first.get("/Alt", "")), [float(v) for v in first.A.BBox] if "/A" in first else "")
)"_s, pdf});
    QCOMPARE(alt.exitCode, 0);
    if (figure) {
        // First in reading order, inside the Document; placed within the header's margins.
        QVERIFY2(alt.out.startsWith(u"/Figure "_s + description + u" [70.8"_s), qPrintable(alt.out));
    } else {
        QVERIFY2(!alt.out.startsWith(u"/Figure"_s), qPrintable(alt.out));
    }
    QVERIFY2(test::qpdfProblems(pdf).isEmpty(), qPrintable(test::qpdfProblems(pdf)));
}

void TestPdfArchive::brokenLogoIsLeftOutAndSaid()
{
    // The logo is decoration of the statement: a broken one must not cost the user the PDF.
    const QString pdf = m_dir.filePath(u"broken-logo.pdf"_s);
    const auto written = PdfExporter::write(withLogo(logoFile(u"broken.png"_s, u"image/png"_s, u"Logotyp"_s)), pdf);
    YTTRA_VERIFY_OK(written);
    QCOMPARE(written.value().size(), 1);
    QVERIFY2(written.value().first().contains(u"logo"_s) && written.value().first().contains(u"PNG"_s),
             qPrintable(written.value().first()));
    QVERIFY(imagesPerPage(pdf).isEmpty());
    const test::ToolRun check = archiveCheck(pdf);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    QVERIFY(test::pdfText(pdf).contains(u"Sammanfattning"_s));

    // The laid-out document says the same, for the preview and print.
    const auto document = PdfDocument::layout(withLogo(logoFile(u"notanimage.png"_s, u"image/png"_s, QString())));
    YTTRA_VERIFY_OK(document);
    QCOMPARE(document.value().warnings().size(), 1);
    QVERIFY2(document.value().warnings().first().contains(u"neither a PNG nor an SVG"_s), qPrintable(document.value().warnings().first()));
}

void TestPdfArchive::previewShowsTheLogoOnPageOne()
{
    // The preview draws the same pages: the logo's dark square at the top left of page 1
    // (board.svg: 92 of its 300 units wide, from 4), and not on page 2.
    const auto document = PdfDocument::layout(withLogo(logoFile(u"board.svg"_s, u"image/svg+xml"_s, u"Logotyp"_s)));
    YTTRA_VERIFY_OK(document);
    const PdfStyle style;
    const QPointF inSquare(style.marginLeft + style.logoMaxHeight * 3 * 30 / 300, style.headerTop + style.logoMaxHeight * 0.1);
    const QImage first = document.value().renderPage(0, 72);
    const QImage second = document.value().renderPage(1, 72);
    QCOMPARE(first.pixelColor(inSquare.toPoint()).name(), u"#1f4e79"_s);
    const QRect header = QRectF(style.marginLeft, style.headerTop, style.logoMaxWidth, style.logoMaxHeight).toRect();
    for (int y = header.top(); y <= header.bottom(); ++y) {
        for (int x = header.left(); x <= header.right(); ++x)
            QVERIFY2(second.pixelColor(x, y).name() != u"#1f4e79", "the logo is on page 2");
    }
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestPdfArchive)
#include "tst_pdfarchive.moc"
