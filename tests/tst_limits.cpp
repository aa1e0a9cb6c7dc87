// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs far larger or deeper than real ones (docs/reliability.md, "Limits"): each is either
// read and written as usual or refused with a message that says what and where. No timing is
// asserted here; bench_limits prints the time and memory of each case.

#include "docx/docxexporter.h"
#include "docx/docxpackage_p.h"
#include "docx/wordreviewimport.h"
#include "docx/xmlnode_p.h"
#include "format/example.h"
#include "format/jsontext.h"
#include "format/statementfile.h"
#include "import/reportimporter.h"
#include "import/reportreader.h"
#include "markdown/markdown.h"
#include "model/statementlimits.h"
#include "syntheticreport.h"
#include "testhelpers.h"
#include "zip/zippackage.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

/// The example statement without its items and measures, with `items` items and `measures`
/// measures of a line each: the count is what the limits are about, not the text.
Statement statementWith(int items, int measures)
{
    Statement s = Example::statement();
    s.items.clear();
    s.measures.clear();
    for (int i = 0; i < items; ++i) {
        Item item;
        item.id = u"r%1"_s.arg(i + 1);
        item.number = QString::number(i + 1);
        item.addressedTo = s.board;
        item.text = u"Säkerställ uppföljningen av område %1."_s.arg(i + 1);
        item.response.measures = u"Åtgärd för område %1."_s.arg(i + 1);
        s.items.append(item);
    }
    for (int m = 0; m < measures; ++m) {
        Measure measure;
        measure.id = u"m%1"_s.arg(m + 1);
        measure.title = u"Åtgärd %1"_s.arg(m + 1);
        if (items > 0)
            measure.items = {u"r%1"_s.arg(m % items + 1)};
        s.measures.append(measure);
    }
    return s;
}

/// A file's bytes with `items` minimal items put in place of the items the statement had:
/// quicker to make than a Statement of that many, and just as valid.
QByteArray bytesWithItems(int items)
{
    const QByteArray empty = JsonFormat::write(statementWith(0, 0));
    QByteArray list = "[";
    list.reserve(qsizetype(items) * 64);
    for (int i = 0; i < items; ++i) {
        if (i > 0)
            list += ',';
        list += "{\"id\":\"r" + QByteArray::number(i + 1) + "\",\"kind\":\"recommendation\",\"text\":\"Punkt\"}";
    }
    list += ']';
    QByteArray bytes = empty;
    const QByteArray member = "\"items\": " + list;
    bytes.replace("\"items\": []", member);
    return bytes;
}

struct CliRun
{
    int exitCode = -1;
    QString errorOutput;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(YTTRA_CLI), arguments);
    // Generous: the limits are about minutes and gigabytes, not about this machine's seconds.
    if (!process.waitForFinished(300'000))
        return {-1, u"yttra-cli did not finish"_s};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fileOf100MegabytesIsRefused();
    void jsonNested10000DeepIsRefused();
    void statementOf100000ItemsIsRefused();
    void statementOverMeasureLimitIsRefused();
    void statementAtTheLimitsWorks();
    void saveRefusesWhatLoadWouldRefuse();
    void fieldOf10MegabytesIsRefused();
    void fieldAtTheLimitWorks();
    void markdownNested10000DeepIsBounded_data();
    void markdownNested10000DeepIsBounded();
    void reportOf2000PagesIsRead();
    void reportOver2000PagesIsRefused();
    void longScanIsRefusedBeforeRecognition();
    void docxNested10000DeepIsRefused();
    void docxWithHugePartIsRefused();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// `yttra-cli export` of the file to PDF, Excel and Word as NAME.pdf, .xlsx and .docx.
    CliRun exportEverywhere(const QString &file, const QString &name) const
    {
        return runCli({u"export"_s, file, u"--pdf"_s, path(name + u".pdf"_s), u"--xlsx"_s, path(name + u".xlsx"_s),
                       u"--docx"_s, path(name + u".docx"_s)});
    }

    QTemporaryDir m_dir;
};

void TestLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestLimits::fileOf100MegabytesIsRefused()
{
    // A sparse file: its size is what is refused, before a byte is read.
    const QString file = path(u"huge.yttrande"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(JsonFormat::write(statementWith(1, 0)));
    QVERIFY(out.resize(100ll * 1024 * 1024));
    out.close();

    const auto loaded = StatementFile::load(file);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().text().contains(u"larger than 50 MB"_s), qPrintable(loaded.error().text()));
    QVERIFY(loaded.error().text().contains(file));

    const CliRun cli = runCli({u"validate"_s, file});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.errorOutput.contains(u"larger than 50 MB"_s), qPrintable(cli.errorOutput));
}

void TestLimits::jsonNested10000DeepIsRefused()
{
    // Deep in a member Yttra does not know, which it would otherwise keep and write back.
    QByteArray bytes = JsonFormat::write(statementWith(1, 0));
    const QByteArray deep = QByteArray(10'000, '[') + QByteArray(10'000, ']');
    const QByteArray member = "\"deep\": " + deep + ",\n  \"items\": [";
    bytes.replace("\"items\": [", member);
    const auto read = StatementFile::fromBytes(bytes, u"deep.yttrande"_s);
    QVERIFY(!read);
    QVERIFY2(read.error().text().contains(u"nesting deeper than 256 levels"_s), qPrintable(read.error().text()));

    // The whole file one nesting, and objects rather than arrays: the same refusal.
    QByteArray objects;
    for (int i = 0; i < 10'000; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(10'000, '}');
    for (const QByteArray &text : {deep, objects}) {
        const auto parsed = JsonText::parse(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(u"256"_s), qPrintable(parsed.error().message));
    }

    const QString file = path(u"deep.yttrande"_s);
    QVERIFY(test::writeFile(file, bytes));
    const CliRun cli = runCli({u"validate"_s, file});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.errorOutput.contains(u"nesting deeper than 256 levels"_s), qPrintable(cli.errorOutput));
}

void TestLimits::statementOf100000ItemsIsRefused()
{
    const QString file = path(u"items.yttrande"_s);
    QVERIFY(test::writeFile(file, bytesWithItems(100'000)));

    const auto loaded = StatementFile::load(file);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().location, u"/items"_s);
    QVERIFY2(loaded.error().message.contains(u"100000 items"_s), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(u"more than 1000 items are refused"_s));

    // The command line says the same, with the file's name.
    const CliRun cli = runCli({u"export"_s, file, u"--pdf"_s, path(u"items.pdf"_s)});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.errorOutput.contains(file) && cli.errorOutput.contains(u"more than 1000 items are refused"_s),
             qPrintable(cli.errorOutput));
    QVERIFY(!QFile::exists(path(u"items.pdf"_s)));
}

void TestLimits::statementOverMeasureLimitIsRefused()
{
    const int over = int(StatementLimits::maxMeasures) + 1;
    const auto read = StatementFile::fromBytes(JsonFormat::write(statementWith(10, over)), u"measures.yttrande"_s);
    QVERIFY(!read);
    QCOMPARE(read.error().location, u"/measures"_s);
    QVERIFY2(read.error().message.contains(u"%1 measures"_s.arg(over)), qPrintable(read.error().message));
}

void TestLimits::statementAtTheLimitsWorks()
{
    const Statement statement = statementWith(int(StatementLimits::maxItems), int(StatementLimits::maxMeasures));
    const QString file = path(u"at-limit.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(statement, file));
    const auto loaded = StatementFile::load(file);
    YTTRA_VERIFY_OK(loaded);
    QCOMPARE(loaded.value().statement.items.size(), StatementLimits::maxItems);

    // Every output through the command line, as a user runs them.
    const CliRun exported = exportEverywhere(file, u"at-limit"_s);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.errorOutput));
    for (const QString &name : {u"at-limit.pdf"_s, u"at-limit.xlsx"_s, u"at-limit.docx"_s})
        QVERIFY2(QFileInfo(path(name)).size() > 0, qPrintable(name));
    const CliRun compared = runCli({u"compare"_s, file, file});
    QVERIFY2(compared.exitCode == 0, qPrintable(compared.errorOutput));
}

void TestLimits::saveRefusesWhatLoadWouldRefuse()
{
    // Added one by one in the window, the items would make a file Yttra could not open again.
    const QString file = path(u"too-many.yttrande"_s);
    const auto saved = StatementFile::save(statementWith(int(StatementLimits::maxItems) + 1, 0), file);
    QVERIFY(!saved);
    QVERIFY2(saved.error().text().contains(u"more than 1000 items are refused"_s), qPrintable(saved.error().text()));
    QVERIFY(!QFile::exists(file));

    Statement longText = statementWith(1, 0);
    longText.items[0].response.expectedEffect = QString(StatementLimits::maxTextLength + 1, u'a');
    const auto savedLong = StatementFile::save(longText, file);
    QVERIFY(!savedLong);
    QCOMPARE(savedLong.error().location, u"/items/0/response/expectedEffect"_s);
    QVERIFY(!QFile::exists(file));
}

void TestLimits::fieldOf10MegabytesIsRefused()
{
    Statement statement = statementWith(1, 0);
    statement.summary = QString(10 * 1024 * 1024, u'x');
    const auto read = StatementFile::fromBytes(JsonFormat::write(statement), u"field.yttrande"_s);
    QVERIFY(!read);
    QCOMPARE(read.error().location, u"/summary"_s);
    QVERIFY2(read.error().message.contains(u"texts longer than 100000 characters are refused"_s),
             qPrintable(read.error().message));
}

void TestLimits::fieldAtTheLimitWorks()
{
    // The worst shape: one paragraph, no line to break it at but between words.
    Statement statement = statementWith(1, 0);
    QString text;
    while (text.size() + 5 <= StatementLimits::maxTextLength)
        text += u"ord, "_s;
    statement.summary = text;
    const QString file = path(u"long-field.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(statement, file));
    const CliRun exported = exportEverywhere(file, u"long-field"_s);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.errorOutput));
    QVERIFY(QFileInfo(path(u"long-field.pdf"_s)).size() > 0);
}

void TestLimits::markdownNested10000DeepIsBounded_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("bullet lists") << QString(u"- "_s.repeated(10'000) + u"nivå"_s);
    QTest::newRow("numbered lists") << QString(u"1. "_s.repeated(10'000) + u"nivå"_s);
    QTest::newRow("quotes") << QString(u"> "_s.repeated(10'000) + u"citat"_s);
    QTest::newRow("emphasis") << QString(u"*"_s.repeated(5'000) + u"x"_s + u"*"_s.repeated(5'000));
    QTest::newRow("links") << QString(u"["_s.repeated(10'000) + u"x"_s + u"]"_s.repeated(10'000));
}

void TestLimits::markdownNested10000DeepIsBounded()
{
    QFETCH(QString, markdown);
    const QList<MarkdownBlock> blocks = Markdown::blocks(markdown);
    for (const MarkdownBlock &block : blocks)
        QVERIFY(block.level <= Markdown::maxListLevel);

    // Through every output: the deep lists are laid out at the deepest level, not refused.
    Statement statement = statementWith(1, 0);
    statement.summary = markdown;
    const QString file = path(u"nested.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(statement, file));
    const CliRun exported = exportEverywhere(file, u"nested"_s);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.errorOutput));
}

void TestLimits::reportOf2000PagesIsRead()
{
    const QString file = path(u"report-2000.pdf"_s);
    test::PdfStyle style;
    style.footer.clear();
    QVERIFY(test::writePdfReport(test::longReportMarkup(ReportReader::maxPages, 4), file, style));

    const auto imported = ReportImporter::import(file);
    YTTRA_VERIFY_OK(imported);
    QCOMPARE(imported.value().pageCount, ReportReader::maxPages);
    QVERIFY(!imported.value().candidates.isEmpty());
}

void TestLimits::reportOver2000PagesIsRefused()
{
    // Empty pages make a long PDF quickly; the count is refused before any is read.
    const QString file = path(u"report-2001.pdf"_s);
    {
        QPdfWriter writer(file);
        QPainter painter(&writer);
        for (int p = 0; p <= ReportReader::maxPages; ++p) {
            if (p > 0)
                writer.newPage();
            painter.drawText(QPointF(100, 100), u"Sida %1"_s.arg(p + 1));
        }
    }
    const auto pages = ReportReader::read(file);
    QVERIFY(!pages);
    QVERIFY2(pages.error().text().contains(u"the PDF has 2001 pages; reports longer than 2000 pages are refused"_s),
             qPrintable(pages.error().text()));

    const CliRun cli = runCli({u"import"_s, file, u"--board"_s, u"Kommunstyrelsen"_s, u"-o"_s, path(u"long.yttrande"_s)});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.errorOutput.contains(u"reports longer than 2000 pages are refused"_s), qPrintable(cli.errorOutput));
}

void TestLimits::longScanIsRefusedBeforeRecognition()
{
    const QString file = path(u"scan.pdf"_s);
    QVERIFY(test::writeScannedPdf(file, ReportReader::maxRecognizedPages + 1));
    int recognized = 0;
    ReadOptions options;
    options.recognizing = [&recognized](int, int) { ++recognized; };
    const auto pages = ReportReader::read(file, options);
    QVERIFY(!pages);
    QVERIFY2(pages.error().text().contains(u"more than 100 scanned pages"_s), qPrintable(pages.error().text()));
    QCOMPARE(recognized, 0);
}

void TestLimits::docxNested10000DeepIsRefused()
{
    // The XML reader on its own, then a review's Word document whose body nests that deep.
    QByteArray deep = "<?xml version=\"1.0\"?>";
    for (int i = 0; i < 10'000; ++i)
        deep += "<a>";
    for (int i = 0; i < 10'000; ++i)
        deep += "</a>";
    const auto parsed = XmlPart::parse(deep);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(u"nested deeper than 256 levels"_s), qPrintable(parsed.error()));

    const Statement statement = statementWith(2, 0);
    const auto docx = DocxExporter::render(statement);
    YTTRA_VERIFY_OK(docx);
    auto package = ZipPackage::read(docx.value().bytes);
    QVERIFY(package.ok());
    QByteArray document = package.value().part(u"word/document.xml"_s);
    QByteArray nested;
    for (int i = 0; i < 10'000; ++i)
        nested += "<w:sdt><w:sdtContent>";
    for (int i = 0; i < 10'000; ++i)
        nested += "</w:sdtContent></w:sdt>";
    const qsizetype body = document.indexOf("<w:body>");
    QVERIFY(body >= 0);
    document.insert(body + 8, nested);
    package.value().setPart(u"word/document.xml"_s, document);
    const auto bytes = package.value().toBytes();
    YTTRA_VERIFY_OK(bytes);

    const QString file = path(u"deep.docx"_s);
    QVERIFY(test::writeFile(file, bytes.value()));
    const auto review = WordReviewImport::read(file, statement);
    QVERIFY(!review);
    QVERIFY2(review.error().text().contains(u"nested deeper than 256 levels"_s), qPrintable(review.error().text()));
}

void TestLimits::docxWithHugePartIsRefused()
{
    // 17 MB of paragraphs that deflate to a few kilobytes: small on disk, gigabytes as a tree.
    const Statement statement = statementWith(2, 0);
    const auto docx = DocxExporter::render(statement);
    YTTRA_VERIFY_OK(docx);
    auto package = ZipPackage::read(docx.value().bytes);
    QVERIFY(package.ok());
    QByteArray document = package.value().part(u"word/document.xml"_s);
    const QByteArray paragraph = "<w:p><w:r><w:t>ord ord ord</w:t></w:r></w:p>";
    document.insert(document.indexOf("<w:body>") + 8, paragraph.repeated(DocxPackage::maxPartSize / paragraph.size() + 1));
    package.value().setPart(u"word/document.xml"_s, document);
    const auto bytes = package.value().toBytes();
    YTTRA_VERIFY_OK(bytes);
    QVERIFY(bytes.value().size() < 1024 * 1024);

    const QString file = path(u"huge-part.docx"_s);
    QVERIFY(test::writeFile(file, bytes.value()));
    const auto review = WordReviewImport::read(file, statement);
    QVERIFY(!review);
    QVERIFY2(review.error().text().contains(u"word/document.xml is larger than 16 MB; Word documents that large are refused"_s),
             qPrintable(review.error().text()));
}

QTEST_MAIN(TestLimits)
#include "tst_limits.moc"
