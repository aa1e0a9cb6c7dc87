// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdown.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdfexporter.h"
#include "pdf/pdfsplitrows.h"
#include "pdfteststatements.h"
#include "pdftools.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

using Run = test::ToolRun;

constexpr auto run = &test::runTool;

using test::normalized;

} // namespace

/// PdfExporter: the PDF files, checked with readers we did not write (poppler's pdftotext,
/// pdfinfo and pdffonts, and qpdf), never by comparing bytes.
class TestPdfExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textInOrder_data();
    void textInOrder();
    void pageNumbers_data();
    void pageNumbers();
    void metadata();
    void language();
    void structureTree();
    void tableStructure();
    void fontsEmbedded();
    void syntax_data();
    void syntax();
    void followUpTable();
    void everyLinePrinted_data();
    void everyLinePrinted();
    void splitRowIsOneRow();
    void plainPdfOnRequest();
    void notOurs();
    void placeholders();
    void links();
    void noReviewComments();
    void writeReplacesCompletely();
    void unwritableOutput();
    void missingFontLeavesFileAlone();

private:
    /// Renders the statement into the temporary folder; with YTTRA_PDF_KEEP set to a folder
    /// the files are also kept there, to look at.
    QString pdfFile(const Statement &statement, const QString &name);
    /// The text of each page (pdftotext -layout) without the page header.
    QStringList pageTexts(const QString &pdf, const Statement &statement);
    QString bodyText(const QString &pdf, const Statement &statement) { return normalized(pageTexts(pdf, statement).join(u' ')); }

    QTemporaryDir m_dir;
};

void TestPdfExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = test::missingPdfTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

QString TestPdfExporter::pdfFile(const Statement &statement, const QString &name)
{
    const QString path = m_dir.filePath(name + u".pdf"_s);
    const auto written = PdfExporter::write(statement, path);
    if (!written.ok())
        qWarning("%s", qPrintable(written.error().text()));
    test::keepForLooking(path);
    return path;
}

QStringList TestPdfExporter::pageTexts(const QString &pdf, const Statement &statement)
{
    const Run text = run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (text.exitCode != 0)
        return {};
    QStringList pages = text.out.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    static const QRegularExpression pageNumber(u"\\b\\d+\\(\\d+\\)"_s);
    const QStringList header = {statement.board, statement.office, statement.date, statement.caseNumber};
    for (QString &page : pages) {
        // The header is the first lines of the page: up to the last that holds header text.
        QStringList lines = page.split(u'\n');
        int last = -1;
        for (int i = 0; i < std::min<qsizetype>(lines.size(), 4); ++i) {
            bool isHeader = lines.at(i).contains(pageNumber);
            for (const QString &h : header)
                isHeader = isHeader || (!h.isEmpty() && lines.at(i).trimmed().startsWith(h));
            if (isHeader)
                last = i;
        }
        page = lines.mid(last + 1).join(u'\n');
    }
    return pages;
}

void TestPdfExporter::textInOrder_data()
{
    QTest::addColumn<Statement>("statement");
    QTest::newRow("example") << Example::statement();
    QTest::newRow("follow-up") << test::followUpStatement();
    QTest::newRow("long texts") << test::longStatement();
    QTest::newRow("30 measures") << test::thirtyMeasures();
    QTest::newRow("item longer than a page") << test::longItem();
    QTest::newRow("notOurs") << test::notOursStatement();
    QTest::newRow("empty draft") << test::emptyDraft();
    QTest::newRow("rich text") << test::richText();
}

void TestPdfExporter::textInOrder()
{
    QFETCH(Statement, statement);
    const QString name = u"text-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString pdf = pdfFile(statement, name);
    const QString text = bodyText(pdf, statement);
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");

    auto layout = PdfDocument::layout(statement);
    YTTRA_VERIFY_OK(layout);
    // Every heading, in order.
    qsizetype at = 0;
    for (const PdfBlock &block : layout.value().blocks()) {
        if (!block.isHeading())
            continue;
        const QString heading = normalized(block.plainText());
        const qsizetype found = text.indexOf(heading, at);
        QVERIFY2(found >= 0, qPrintable(u"heading “%1” missing or out of order"_s.arg(heading)));
        at = found + heading.size();
    }
    // Every item's text, once, in order.
    at = 0;
    for (const Item &item : statement.items) {
        const QString words = normalized(Markdown::plainText(item.text).remove(u"• "_s));
        if (words.isEmpty())
            continue;
        QCOMPARE(text.count(words), 1);
        const qsizetype found = text.indexOf(words, at);
        QVERIFY2(found >= at, qPrintable(u"item text “%1” out of order"_s.arg(words.left(40))));
        at = found + words.size();
    }
}

void TestPdfExporter::pageNumbers_data()
{
    textInOrder_data();
}

void TestPdfExporter::pageNumbers()
{
    QFETCH(Statement, statement);
    auto layout = PdfDocument::layout(statement);
    YTTRA_VERIFY_OK(layout);
    const int pages = layout.value().pageCount();
    const QString pdf = pdfFile(statement, u"pages"_s);
    const Run info = run(u"pdfinfo"_s, {pdf});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(pages))), qPrintable(info.out));

    const Run text = run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    const QStringList pageTexts = text.out.split(u'\f');
    for (int page = 1; page <= pages; ++page) {
        const QString number = u"%1(%2)"_s.arg(page).arg(pages);
        QVERIFY2(pageTexts.value(page - 1).contains(number), qPrintable(u"page %1 lacks %2"_s.arg(page).arg(number)));
    }
}

void TestPdfExporter::metadata()
{
    const Statement statement = Example::statement();
    const Run info = run(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, pdfFile(statement, u"metadata"_s)});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(u"Tagged:          yes"_s), qPrintable(info.out));
    QVERIFY2(info.out.contains(u"Title:           Yttrande - Granskning av intern kontroll vid inköp och upphandling KR-2026/0012"_s), qPrintable(info.out));
    QVERIFY2(info.out.contains(u"Author:          Kommunstyrelsen"_s), qPrintable(info.out));
    QVERIFY2(info.out.contains(u"Subject:         Rapport från kommunrevisionen - Granskning av intern kontroll vid inköp och upphandling KR-2026/0012"_s), qPrintable(info.out));
    QVERIFY2(info.out.contains(u"Keywords:        KR-2026/0012, KS-2026-0345"_s), qPrintable(info.out));
    QVERIFY2(info.out.contains(u"Creator:         Yttra " YTTRA_VERSION ""_s), qPrintable(info.out));
    QVERIFY2(info.out.contains(QRegularExpression(u"CreationDate:\\s+\\S"_s)), qPrintable(info.out));
    QVERIFY2(info.out.contains(u"Page size:       595.276 x 841.89 pts (A4)"_s), qPrintable(info.out));
}

void TestPdfExporter::language()
{
    Statement statement = Example::statement();
    const QString swedish = pdfFile(statement, u"language-sv"_s);
    statement.language = u"en"_s;
    const QString english = pdfFile(statement, u"language-en"_s);

    for (const auto &[pdf, expected] : {std::pair{swedish, u"/Lang (sv-SE)"_s}, std::pair{english, u"/Lang (en)"_s}}) {
        const Run trailer = run(u"qpdf"_s, {u"--show-object=trailer"_s, pdf});
        QCOMPARE(trailer.exitCode, 0);
        const QRegularExpressionMatch root = QRegularExpression(u"/Root (\\d+) 0 R"_s).match(trailer.out);
        QVERIFY2(root.hasMatch(), qPrintable(trailer.out));
        QVERIFY2(trailer.out.contains(u"/ID ["_s), qPrintable(trailer.out));
        const Run catalog = run(u"qpdf"_s, {u"--show-object="_s + root.captured(1), pdf});
        QVERIFY2(catalog.out.contains(expected), qPrintable(catalog.out));
        QVERIFY2(catalog.out.contains(u"/MarkInfo"_s) && catalog.out.contains(u"/StructTreeRoot"_s), qPrintable(catalog.out));
    }
    // The English statement speaks English.
    QVERIFY(bodyText(english, statement).contains(u"Expected effect"_s));
}

void TestPdfExporter::structureTree()
{
    const Statement statement = test::followUpStatement();
    const QString pdf = pdfFile(statement, u"structure"_s);
    const Run tree = run(u"pdfinfo"_s, {u"-struct"_s, pdf});
    QCOMPARE(tree.exitCode, 0);
    QStringList elements;
    // An element with attributes is printed "TH:", its attributes on the lines below.
    for (const QString &line : tree.out.split(u'\n'))
        elements.append(line.trimmed().section(u' ', 0, 0).remove(QRegularExpression(u":$"_s)));
    for (const QString &name : {u"Document"_s, u"H1"_s, u"H2"_s, u"H3"_s, u"P"_s, u"L"_s, u"LI"_s, u"Lbl"_s, u"LBody"_s,
                               u"Table"_s, u"TR"_s, u"TH"_s, u"TD"_s, u"Div"_s})
        QVERIFY2(elements.contains(name), qPrintable(u"no %1 in the structure tree:\n"_s.arg(name) + tree.out.left(3000)));
    QCOMPARE(elements.first(), u"Document"_s);

    // Reading order, and the page header is not content.
    const Run withText = run(u"pdfinfo"_s, {u"-struct-text"_s, pdf});
    const QString structured = normalized(withText.out);
    QVERIFY2(!structured.contains(QRegularExpression(u"\\d+\\(\\d+\\)"_s)), "a page number is in the structure tree");
    QVERIFY2(!structured.contains(u"\"Stadskontoret\""_s), "the page header is in the structure tree");
    const qsizetype summary = structured.indexOf(u"\"Sammanfattning\""_s);
    const qsizetype table = structured.indexOf(u"\"Sammanställning av åtgärder\""_s);
    const qsizetype area1 = structured.indexOf(u"\"Åtgärdsområde 1\""_s);
    const qsizetype area9 = structured.indexOf(u"\"Åtgärdsområde 9\""_s);
    QVERIFY(summary > 0 && summary < table && table < area1 && area1 < area9);
}

void TestPdfExporter::tableStructure()
{
    // 30 measures over several pages: the header row is repeated on paper, not in the tree.
    const Statement statement = test::thirtyMeasures();
    const Run tree = run(u"pdfinfo"_s, {u"-struct"_s, pdfFile(statement, u"table"_s)});
    QCOMPARE(tree.exitCode, 0);
    int th = 0;
    int scopes = 0; // each header cell heads its column
    int tr = 0;
    int tables = 0;
    for (const QString &line : tree.out.split(u'\n')) {
        const QString element = line.trimmed().section(u' ', 0, 0).remove(QRegularExpression(u":$"_s));
        th += element == u"TH";
        scopes += line.trimmed() == u"/Scope /Column";
        tr += element == u"TR";
        tables += element == u"Table";
    }
    QCOMPARE(tables, 1);
    QCOMPARE(th, 5);
    QCOMPARE(scopes, 5);
    QCOMPARE(tr, 31);
}

void TestPdfExporter::fontsEmbedded()
{
    const Run fonts = run(u"pdffonts"_s, {pdfFile(test::richText(), u"fonts"_s)});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2); // after the column heads
    QVERIFY(!lines.isEmpty());
    bool bold = false;
    bool italic = false;
    for (const QString &line : lines) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the end.
        QVERIFY2(columns.size() >= 7, qPrintable(line));
        QVERIFY2(columns.at(columns.size() - 5) == u"yes", qPrintable(u"not embedded: "_s + line));
        QVERIFY2(columns.at(columns.size() - 4) == u"yes", qPrintable(u"not a subset: "_s + line));
        QVERIFY2(columns.first().contains(u"LiberationSerif"_s), qPrintable(u"another face: "_s + line));
        bold = bold || columns.first().contains(u"Bold"_s);
        italic = italic || columns.first().contains(u"Italic"_s);
    }
    QVERIFY(bold);
    QVERIFY(italic);
}

void TestPdfExporter::syntax_data()
{
    textInOrder_data();
}

void TestPdfExporter::syntax()
{
    QFETCH(Statement, statement);
    const QString problems = test::qpdfProblems(pdfFile(statement, u"syntax"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestPdfExporter::followUpTable()
{
    const Statement statement = test::followUpStatement();
    const QString pdf = pdfFile(statement, u"follow-up"_s);
    const QString text = bodyText(pdf, statement);
    for (const QString &word : {u"Åtgärd"_s, u"Planerad"_s, u"Pågående"_s, u"Avslutad"_s, u"Kommentar"_s, u"Ärende STK-2021-1717"_s,
                               u"Avbruten"_s, u"Tidigare beslutad åtgärd"_s, u"Hittills vidtagna åtgärder"_s,
                               u"Effekt i verksamheten"_s, u"Läsanvisningar"_s, u"Rapport från revisorskollegiet - Granskning av IT-säkerhet SR-2020-83"_s})
        QVERIFY2(text.contains(normalized(word)), qPrintable(word));
    // An X for each planned, ongoing or done measure; none for transferred and cancelled.
    const Run tree = run(u"pdfinfo"_s, {u"-struct-text"_s, pdf});
    QCOMPARE(tree.out.count(u"\"X\""_s), 4);
    // The first statement's subheadings are not in a follow-up.
    QVERIFY(!text.contains(u"Genomförs senast"_s));
}

void TestPdfExporter::everyLinePrinted_data()
{
    QTest::addColumn<Statement>("statement");
    QTest::addColumn<int>("lines");
    using test::LongField;
    const QList<std::pair<const char *, LongField>> fields = {
        {"measure comment", LongField::MeasureComment}, {"answer", LongField::Answer}, {"recommendation", LongField::Recommendation}};
    for (const auto &[name, field] : fields) {
        for (int lines : {1, 100, 2000})
            QTest::addRow("%s of %d lines", name, lines) << test::fieldOfLines(field, lines) << lines;
    }
}

void TestPdfExporter::everyLinePrinted()
{
    QFETCH(Statement, statement);
    QFETCH(int, lines);
    const QString name = u"lines-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString pdf = pdfFile(statement, name);
    const QString problems = test::qpdfProblems(pdf);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QString text = bodyText(pdf, statement);
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    // Nothing cut at the foot of a page, nothing twice: each line's word exactly once.
    static const QRegularExpression word(u"\\bk(\\d{4})\\b"_s);
    QList<int> seen(lines + 1, 0);
    for (const QRegularExpressionMatch &match : word.globalMatch(text)) {
        const int line = match.captured(1).toInt();
        QVERIFY2(line >= 1 && line <= lines, qPrintable(match.captured()));
        ++seen[line];
    }
    for (int line = 1; line <= lines; ++line)
        QVERIFY2(seen.at(line) == 1, qPrintable(u"line %1 of %2 printed %3 times"_s.arg(line).arg(lines).arg(seen.at(line))));
    // What follows the long field is there too.
    QVERIFY(text.contains(u"Åtgärdsområde 9"_s));
}

void TestPdfExporter::splitRowIsOneRow()
{
    // A comment of 200 lines runs over pages; in the structure tree its row is one row of
    // five cells, not one per page.
    const Statement statement = test::fieldOfLines(test::LongField::MeasureComment, 200);
    const QString pdf = pdfFile(statement, u"split-row"_s);
    QVERIFY(run(u"pdfinfo"_s, {pdf}).out.contains(QRegularExpression(u"Pages:\\s+([4-9]|\\d\\d)"_s)));
    const Run tree = run(u"pdfinfo"_s, {u"-struct"_s, pdf});
    QCOMPARE(tree.exitCode, 0);
    QMap<QString, int> elements;
    for (const QString &line : tree.out.split(u'\n'))
        ++elements[line.trimmed().section(u' ', 0, 0).remove(QRegularExpression(u":$"_s))];
    QCOMPARE(elements.value(u"TR"_s), 1 + int(statement.measures.size()));
    QCOMPARE(elements.value(u"TD"_s), 5 * int(statement.measures.size()));
    QCOMPARE(elements.value(u"TH"_s), 5);
    QCOMPARE(elements.value(QString::fromLatin1(PdfSplitRows::partTag)), 0);
    // Its cell holds every line, in order, between the row's other cells and the next row.
    const QString structured = normalized(run(u"pdfinfo"_s, {u"-struct-text"_s, pdf}).out);
    // (pdfinfo prints the first line of an element's text.)
    const qsizetype title = structured.indexOf(statement.measures.at(1).title.left(20));
    const qsizetype first = structured.indexOf(u"k0001"_s);
    const qsizetype last = structured.indexOf(u"k0200"_s);
    const qsizetype next = structured.indexOf(statement.measures.at(2).title.left(20));
    QVERIFY(title >= 0 && title < first && first < last && last < next);
}

void TestPdfExporter::plainPdfOnRequest()
{
    // The catalog as qpdf shows it, and the XMP packet as pdfinfo does.
    const auto catalogAndXmp = [this](const QString &name) {
        const QString pdf = pdfFile(test::followUpStatement(), name);
        const QString trailer = run(u"qpdf"_s, {u"--show-object=trailer"_s, pdf}).out;
        const QString root = QRegularExpression(u"/Root (\\d+) 0 R"_s).match(trailer).captured(1);
        return std::pair{run(u"qpdf"_s, {u"--show-object="_s + root, pdf}).out, run(u"pdfinfo"_s, {u"-meta"_s, pdf}).out};
    };
    const auto [archive, archiveXmp] = catalogAndXmp(u"archive"_s);
    QVERIFY2(archive.contains(u"/OutputIntents"_s), qPrintable(archive));
    QVERIFY(archiveXmp.contains(u"pdfaid:part"_s));

    qputenv("YTTRA_PDF_PLAIN", "1");
    const auto [plain, plainXmp] = catalogAndXmp(u"plain"_s);
    qunsetenv("YTTRA_PDF_PLAIN");
    // No claim of PDF/A and no output intent; still tagged and accessible.
    QVERIFY2(!plain.contains(u"/OutputIntents"_s), qPrintable(plain));
    QVERIFY(!plainXmp.contains(u"pdfaid"_s));
    QVERIFY(plainXmp.contains(u"pdfuaid:part"_s));
    for (const QString &key : {u"/StructTreeRoot"_s, u"/Lang"_s, u"/MarkInfo"_s, u"/Metadata"_s})
        QVERIFY2(plain.contains(key), qPrintable(key));
}

void TestPdfExporter::notOurs()
{
    const Statement statement = test::notOursStatement();
    const QString text = bodyText(pdfFile(statement, u"notours"_s), statement);
    const qsizetype area2 = text.indexOf(u"Åtgärdsområde 2"_s);
    const qsizetype area3 = text.indexOf(u"Åtgärdsområde 3"_s);
    const QString section = text.mid(area2, area3 - area2);
    QVERIFY(section.contains(u"Uppdraget har övergått till servicenämnden"_s));
    QVERIFY(section.contains(u"Säkerställa att beställare och attestanter"_s));
    QVERIFY(!section.contains(u"Planerade åtgärder"_s));
    QVERIFY(!section.contains(u"Förväntad effekt"_s));
}

void TestPdfExporter::placeholders()
{
    const Statement statement = test::emptyDraft();
    const QString text = bodyText(pdfFile(statement, u"draft"_s), statement);
    for (const QString &gap : {u"[Datum saknas]"_s, u"[Diarienummer saknas]"_s, u"[Sammanfattning saknas]"_s,
                              u"[Revisorernas text saknas]"_s, u"[Planerade åtgärder saknas]"_s, u"[Förväntad effekt saknas]"_s,
                              u"[Genomförs senast saknas]"_s, u"[Förnamn Efternamn]"_s, u"[Titel]"_s})
        QVERIFY2(text.contains(gap), qPrintable(gap + u" not shown"_s));
    QCOMPARE(text.count(u"[Förväntad effekt saknas]"_s), 2);
}

void TestPdfExporter::links()
{
    const QString pdf = pdfFile(test::richText(), u"links"_s);
    const Run tree = run(u"pdfinfo"_s, {u"-struct-text"_s, pdf});
    QVERIFY2(tree.out.contains(u"Link"_s), qPrintable(tree.out.left(2000)));
    // The words around the link are in the tree too (as Spans of the paragraph).
    const QString structured = normalized(tree.out);
    QVERIFY2(structured.contains(u"Span (inline) \"Vi gör tre saker, se \" Link (inline)"_s), qPrintable(structured.left(3000)));
    QVERIFY(structured.contains(u"Span (inline) \" och bilagan:\""_s));
    QVERIFY(structured.contains(u"\"riktlinjen\""_s));
    // qpdf's QDF form has every object uncompressed and readable.
    const QString qdf = m_dir.filePath(u"links-qdf.pdf"_s);
    QCOMPARE(run(u"qpdf"_s, {u"--qdf"_s, u"--object-streams=disable"_s, pdf, qdf}).exitCode, 0);
    const QByteArray objects = test::readFile(qdf);
    QVERIFY2(objects.contains("/URI (https://example.org/riktlinje?a=%281%29)"), "the link target is not percent-encoded");
    QVERIFY(objects.contains("/Subtype /Link"));
    // Nested list: the inner items sit in the body of the outer item.
    const Run plain = run(u"pdfinfo"_s, {u"-struct"_s, pdf});
    QVERIFY(plain.out.count(u"LBody"_s) >= 5);
}

void TestPdfExporter::noReviewComments()
{
    const Statement statement = test::exampleWithReview();
    const QString pdf = pdfFile(statement, u"review"_s);
    const Run text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"Förväntad effekt"_s));
    QVERIFY(!text.out.contains(u"HEMLIG"_s));
    QVERIFY(!text.out.contains(u"Förvaltningschefen"_s));
}

void TestPdfExporter::writeReplacesCompletely()
{
    const QString path = m_dir.filePath(u"replace.pdf"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(2'000'000, 'x')); // longer than the PDF: no tail may survive
    old.close();
    YTTRA_VERIFY_OK(PdfExporter::write(Example::statement(), path));
    const QByteArray written = test::readFile(path);
    QVERIFY(written.startsWith("%PDF-"));
    QVERIFY(written.endsWith("%%EOF\n"));
    QVERIFY(!written.contains("xxxxxxxx"));
    const Run check = run(u"qpdf"_s, {u"--check"_s, path});
    QCOMPARE(check.exitCode, 0);
}

void TestPdfExporter::unwritableOutput()
{
    const QString missingFolder = m_dir.filePath(u"no/such/folder/out.pdf"_s);
    const auto intoMissing = PdfExporter::write(Example::statement(), missingFolder);
    QVERIFY(!intoMissing.ok());
    QCOMPARE(intoMissing.error().kind, FileError::Kind::CannotWrite);
    QVERIFY(intoMissing.error().text().contains(u"does not exist"_s));
    QVERIFY(!QFileInfo::exists(missingFolder));

    const auto ontoFolder = PdfExporter::write(Example::statement(), m_dir.path());
    QVERIFY(!ontoFolder.ok());
    QVERIFY(QFileInfo(m_dir.path()).isDir());
    // Nothing half-written is left beside the target.
    const QStringList left = QDir(m_dir.path()).entryList({u"*.pdf.*"_s, u"*~"_s}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
}

void TestPdfExporter::missingFontLeavesFileAlone()
{
    const QString path = m_dir.filePath(u"kept.pdf"_s);
    YTTRA_VERIFY_OK(PdfExporter::write(Example::statement(), path));
    const QByteArray before = test::readFile(path);

    PdfStyle style;
    style.family = u"Yttra No Such Family"_s;
    const auto layout = PdfDocument::layout(Example::statement(), style);
    QVERIFY(!layout.ok());
    QVERIFY2(layout.error().contains(u"Yttra No Such Family"_s), qPrintable(layout.error()));
    QVERIFY2(layout.error().contains(u"not installed"_s), qPrintable(layout.error()));
    QCOMPARE(test::readFile(path), before);
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestPdfExporter)
#include "tst_pdfexporter.moc"
