// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfdocument.h"
#include "pdfteststatements.h"
#include "testhelpers.h"

#include <QImage>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

PdfDocument laidOut(const Statement &statement)
{
    auto layout = PdfDocument::layout(statement);
    if (!layout.ok())
        qFatal("layout failed: %s", qPrintable(layout.error()));
    return std::move(layout).value();
}

QString describe(const PdfDocument &document, int page, int index)
{
    const PdfPlacedBlock &placed = document.pages().at(page).blocks.at(index);
    return u"page %1, block %2 “%3”"_s.arg(page + 1).arg(index).arg(document.blocks().at(placed.block).plainText().left(50));
}

} // namespace

/// The layout itself: pages and the blocks placed on them, checked against the template's
/// pagination rules without drawing anything.
class TestPdfLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingNeverEndsAPage_data() { statements(); }
    void headingNeverEndsAPage();
    void headingKeepsTwoLines_data() { statements(); }
    void headingKeepsTwoLines();
    void itemDoesNotStartAtTheFoot_data() { statements(); }
    void itemDoesNotStartAtTheFoot();
    void noOrphanOrWidow_data() { statements(); }
    void noOrphanOrWidow();
    void everyLineOnce_data() { statements(); }
    void everyLineOnce();
    void insideTheBody_data() { statements(); }
    void insideTheBody();
    void tableHeaderRepeats();
    void rowTallerThanAPage();
    void frameBreaksCleanly();
    void templateOrder();
    void notOursOnlyFrameAndText();
    void placeholders();
    void renderPage();
    void workerThread();
    void missingFont();

private:
    static void statements();
};

void TestPdfLayout::statements()
{
    QTest::addColumn<Statement>("statement");
    QTest::newRow("example") << Example::statement();
    QTest::newRow("follow-up") << test::followUpStatement();
    QTest::newRow("long texts") << test::longStatement(12);
    QTest::newRow("30 measures") << test::thirtyMeasures();
    QTest::newRow("item longer than a page") << test::longItem();
    QTest::newRow("empty draft") << test::emptyDraft();
    QTest::newRow("rich text") << test::richText();
    using test::LongField;
    QTest::newRow("comment of 1 line") << test::fieldOfLines(LongField::MeasureComment, 1);
    QTest::newRow("comment of 100 lines") << test::fieldOfLines(LongField::MeasureComment, 100);
    QTest::newRow("comment of 2000 lines") << test::fieldOfLines(LongField::MeasureComment, 2000);
    QTest::newRow("answer of 2000 lines") << test::fieldOfLines(LongField::Answer, 2000);
    QTest::newRow("recommendation of 2000 lines") << test::fieldOfLines(LongField::Recommendation, 2000);
}

void TestPdfLayout::headingNeverEndsAPage()
{
    QFETCH(Statement, statement);
    const PdfDocument document = laidOut(statement);
    QVERIFY(document.pageCount() >= 1);
    for (int p = 0; p + 1 < document.pageCount(); ++p) {
        const PdfPage &page = document.pages().at(p);
        QVERIFY(!page.blocks.isEmpty());
        const PdfPlacedBlock &last = page.blocks.last();
        QVERIFY2(!document.blocks().at(last.block).isHeading(), qPrintable(describe(document, p, int(page.blocks.size()) - 1)));
        // Nor the end of anything else that keeps with what follows (a table's header row, a
        // signature's parts, a recommendation's frame).
        const bool ends = last.firstLine + last.lineCount == last.totalLines;
        QVERIFY2(!(ends && document.blocks().at(last.block).keepWithNext), qPrintable(describe(document, p, int(page.blocks.size()) - 1)));
        // A repeated header row is never alone on a page.
        QVERIFY2(!last.repeated, qPrintable(describe(document, p, int(page.blocks.size()) - 1)));
    }
}

void TestPdfLayout::headingKeepsTwoLines()
{
    QFETCH(Statement, statement);
    const PdfDocument document = laidOut(statement);
    for (int p = 0; p < document.pageCount(); ++p) {
        const QList<PdfPlacedBlock> &blocks = document.pages().at(p).blocks;
        for (int i = 0; i < blocks.size(); ++i) {
            if (!document.blocks().at(blocks.at(i).block).isHeading())
                continue;
            // The next non-heading block on the same page: two of its lines, or all of it.
            int next = i + 1;
            while (next < blocks.size() && document.blocks().at(blocks.at(next).block).isHeading())
                ++next;
            QVERIFY2(next < blocks.size(), qPrintable(u"nothing follows "_s + describe(document, p, i)));
            const PdfPlacedBlock &following = blocks.at(next);
            QVERIFY2(following.lineCount >= std::min(2, following.totalLines), qPrintable(describe(document, p, next)));
            QCOMPARE(following.firstLine, 0);
        }
    }
}

void TestPdfLayout::itemDoesNotStartAtTheFoot()
{
    QFETCH(Statement, statement);
    const PdfDocument document = laidOut(statement);
    const PdfStyle &style = document.style();
    const double room = style.itemStartLines * style.bodySize * 1.2;
    for (int p = 0; p < document.pageCount(); ++p) {
        const QList<PdfPlacedBlock> &blocks = document.pages().at(p).blocks;
        for (int i = 0; i < blocks.size(); ++i) {
            if (!document.blocks().at(blocks.at(i).block).startsItem)
                continue;
            QVERIFY2(blocks.at(i).rect.top() + room <= style.bodyBottom() + 0.01, qPrintable(describe(document, p, i)));
        }
    }
}

void TestPdfLayout::noOrphanOrWidow()
{
    QFETCH(Statement, statement);
    const PdfDocument document = laidOut(statement);
    int splits = 0;
    for (int p = 0; p < document.pageCount(); ++p) {
        const QList<PdfPlacedBlock> &blocks = document.pages().at(p).blocks;
        for (int i = 0; i < blocks.size(); ++i) {
            const PdfPlacedBlock &placed = blocks.at(i);
            if (!placed.isSplit())
                continue;
            ++splits;
            QVERIFY2(placed.kind == PdfBlock::Kind::Paragraph || placed.kind == PdfBlock::Kind::ListItem || placed.kind == PdfBlock::Kind::TableRow,
                     qPrintable(describe(document, p, i)));
            QVERIFY2(placed.lineCount >= 2, qPrintable(u"a single line alone: "_s + describe(document, p, i)));
            // A part ends a page or starts one.
            const bool endsPage = placed.firstLine + placed.lineCount < placed.totalLines;
            QVERIFY(endsPage ? i == blocks.size() - 1 : i == 0 || blocks.at(0).repeated);
        }
    }
    const QByteArray tag(QTest::currentDataTag());
    if (tag == "long texts" || tag == "item longer than a page" || tag.contains("100 lines") || tag.contains("2000 lines"))
        QVERIFY2(splits > 0, "the long texts should need splitting");
}

void TestPdfLayout::everyLineOnce()
{
    QFETCH(Statement, statement);
    const PdfDocument document = laidOut(statement);
    // In reading order, each block's lines exactly once, none left out.
    int block = 0;
    int line = 0;
    int total = 0;
    for (const PdfPage &page : document.pages()) {
        for (const PdfPlacedBlock &placed : page.blocks) {
            if (placed.repeated)
                continue;
            if (line == total && line > 0) { // the previous block is complete: the next one starts
                ++block;
                line = 0;
            }
            QCOMPARE(placed.block, block);
            QCOMPARE(placed.firstLine, line);
            line += placed.lineCount;
            total = placed.totalLines;
            QVERIFY(line <= total);
        }
    }
    QCOMPARE(line, total);
    QCOMPARE(block, int(document.blocks().size()) - 1);
}

void TestPdfLayout::insideTheBody()
{
    QFETCH(Statement, statement);
    const PdfDocument document = laidOut(statement);
    const PdfStyle &style = document.style();
    const QRectF body(style.marginLeft, style.marginTop, style.bodyWidth(), style.bodyBottom() - style.marginTop);
    for (int p = 0; p < document.pageCount(); ++p) {
        const PdfPage &page = document.pages().at(p);
        for (int i = 0; i < page.blocks.size(); ++i)
            QVERIFY2(body.adjusted(-0.01, -0.01, 0.01, 0.01).contains(page.blocks.at(i).rect), qPrintable(describe(document, p, i)));
        for (const QRectF &frame : page.frames)
            QVERIFY(body.adjusted(-0.01, -0.01, 0.01, 0.01).contains(frame));
    }
}

void TestPdfLayout::tableHeaderRepeats()
{
    const PdfDocument document = laidOut(test::thirtyMeasures());
    int tablePages = 0;
    int rows = 0;
    for (int p = 0; p < document.pageCount(); ++p) {
        const QList<PdfPlacedBlock> &blocks = document.pages().at(p).blocks;
        int firstRow = -1;
        for (int i = 0; i < blocks.size(); ++i) {
            if (blocks.at(i).kind == PdfBlock::Kind::TableRow || blocks.at(i).kind == PdfBlock::Kind::TableHeaderRow) {
                firstRow = i;
                break;
            }
        }
        if (firstRow < 0)
            continue;
        ++tablePages;
        // On every page the table is on, its first row is the header row...
        QCOMPARE(blocks.at(firstRow).kind, PdfBlock::Kind::TableHeaderRow);
        // ...repeated on continuation pages, where it opens the page.
        QCOMPARE(blocks.at(firstRow).repeated, tablePages > 1);
        if (tablePages > 1)
            QCOMPARE(firstRow, 0);
        // The header is never alone: a row follows it on the page.
        QVERIFY(firstRow + 1 < blocks.size());
        QCOMPARE(blocks.at(firstRow + 1).kind, PdfBlock::Kind::TableRow);
        for (const PdfPlacedBlock &placed : blocks)
            rows += placed.kind == PdfBlock::Kind::TableRow;
    }
    QVERIFY2(tablePages >= 2, "30 measures should need more than one page");
    QCOMPARE(rows, 30);
}

void TestPdfLayout::rowTallerThanAPage()
{
    // A measure's comment of 2,000 lines: its row goes on over many pages, line by line,
    // under the header row repeated at the top of each.
    const PdfDocument document = laidOut(test::fieldOfLines(test::LongField::MeasureComment, 2000));
    int parts = 0;
    int next = 0; // the row's next line
    for (int p = 0; p < document.pageCount(); ++p) {
        const QList<PdfPlacedBlock> &blocks = document.pages().at(p).blocks;
        for (int i = 0; i < blocks.size(); ++i) {
            const PdfPlacedBlock &placed = blocks.at(i);
            if (placed.kind != PdfBlock::Kind::TableRow || placed.totalLines < 2000)
                continue;
            ++parts;
            QCOMPARE(placed.firstLine, next);
            next += placed.lineCount;
            QVERIFY2(placed.lineCount >= 2, qPrintable(describe(document, p, i)));
            if (placed.firstLine > 0) { // a continuation: first on its page after the header
                QCOMPARE(i, 1);
                QVERIFY(blocks.at(0).repeated);
                QCOMPARE(blocks.at(0).kind, PdfBlock::Kind::TableHeaderRow);
            }
            if (next < placed.totalLines) // a part that goes on ends its page
                QCOMPARE(i, int(blocks.size()) - 1);
        }
    }
    QCOMPARE(next, 2000);
    QVERIFY2(parts >= 20, qPrintable(u"2,000 lines in %1 parts"_s.arg(parts)));
}

void TestPdfLayout::frameBreaksCleanly()
{
    const PdfDocument document = laidOut(test::longItem());
    int framedPages = 0;
    for (int p = 0; p < document.pageCount(); ++p) {
        const PdfPage &page = document.pages().at(p);
        QList<QRectF> framed;
        for (const PdfPlacedBlock &placed : page.blocks) {
            if (document.blocks().at(placed.block).frameId >= 0)
                framed.append(placed.rect);
        }
        if (framed.isEmpty()) {
            QVERIFY(page.frames.isEmpty());
            continue;
        }
        ++framedPages;
        // One closed frame per page around all the framed text on it.
        QCOMPARE(page.frames.size(), 1);
        const QRectF frame = page.frames.first();
        for (const QRectF &rect : framed) {
            QVERIFY(frame.contains(rect));
            QVERIFY(rect.top() - frame.top() >= document.style().framePadding - 0.01);
            QVERIFY(frame.bottom() - rect.bottom() >= -0.01);
        }
    }
    QVERIFY2(framedPages >= 2, "the item's text is longer than a page");
}

void TestPdfLayout::templateOrder()
{
    const PdfDocument document = laidOut(test::followUpStatement());
    QStringList headings;
    for (const PdfBlock &block : document.blocks()) {
        if (block.isHeading())
            headings.append(block.plainText());
    }
    const QStringList start = {u"Yttrande"_s, u"Sammanfattning"_s, u"Sammanställning av åtgärder"_s, u"Yttrande"_s,
                               u"Läsanvisningar"_s, u"Åtgärdsområde 1"_s, u"Tidigare beslutad åtgärd"_s, u"Förväntad effekt"_s,
                               u"Hittills vidtagna åtgärder"_s, u"Effekt i verksamheten"_s, u"Åtgärder"_s, u"Åtgärdsområde 2"_s};
    QCOMPARE(headings.mid(0, start.size()), start);
    QCOMPARE(headings.count(u"Tidigare beslutad åtgärd"_s), 9);

    const QList<PdfBlock> &blocks = document.blocks();
    QCOMPARE(blocks.first().plainText(), u"Datum \t2022-01-23"_s);
    QVERIFY(std::any_of(blocks.begin(), blocks.end(), [](const PdfBlock &b) {
        return b.plainText() == u"Rapport från revisorskollegiet - Granskning av IT-säkerhet SR-2020-83"_s && b.spans.first().bold;
    }));
    // The table: header, then one row per measure in register order, X in the status column.
    const auto header = std::find_if(blocks.begin(), blocks.end(), [](const PdfBlock &b) { return b.kind == PdfBlock::Kind::TableHeaderRow; });
    QVERIFY(header != blocks.end());
    QCOMPARE(header->plainText(), u"Åtgärd\tPlanerad\tPågående\tAvslutad\tKommentar"_s);
    QCOMPARE((header + 1)->plainText(), u"Ny riktlinje för informationssäkerhet i Malmö stad.\t\tX\t\tÄrende STK-2021-1717"_s);
    QCOMPARE((header + 5)->plainText(), u"Definiera begreppen systemägare och systemförvaltare\t\t\t\tUppdraget har övergått till serviceförvaltningen."_s);
    QCOMPARE((header + 6)->plainText(), u"Utveckla incidentprocessen för IT-säkerhet\t\t\t\tAvbruten"_s);
    // Each item's text sits in a frame directly after its heading.
    for (qsizetype i = 0; i + 1 < blocks.size(); ++i) {
        if (blocks.at(i).startsItem)
            QVERIFY(blocks.at(i + 1).frameId >= 0);
    }
    // The signature: role, the line to sign on, the name (a placeholder here), the title.
    const auto role = std::find_if(blocks.begin(), blocks.end(), [](const PdfBlock &b) { return b.plainText() == u"Ordförande"_s; });
    QVERIFY(role != blocks.end());
    QCOMPARE((role + 1)->kind, PdfBlock::Kind::SignatureLine);
    QCOMPARE((role + 2)->plainText(), u"[Förnamn Efternamn]"_s);
    QVERIFY((role + 2)->spans.first().placeholder);
}

void TestPdfLayout::notOursOnlyFrameAndText()
{
    const PdfDocument document = laidOut(test::notOursStatement());
    const QList<PdfBlock> &blocks = document.blocks();
    QList<PdfBlock> section;
    for (const PdfBlock &block : blocks) {
        if (block.itemIndex == 1)
            section.append(block);
    }
    QCOMPARE(section.size(), 3);
    QVERIFY(section.at(0).startsItem);
    QVERIFY(section.at(1).frameId >= 0);
    QCOMPARE(section.at(2).plainText(), u"Uppdraget har övergått till servicenämnden, som besvarar rekommendationen."_s);
}

void TestPdfLayout::placeholders()
{
    const PdfDocument document = laidOut(test::emptyDraft());
    QStringList gaps;
    for (const PdfBlock &block : document.blocks()) {
        for (const PdfSpan &span : block.spans) {
            if (span.placeholder)
                gaps.append(span.text);
        }
    }
    for (const QString &gap : {u"[Datum saknas]"_s, u"[Sammanfattning saknas]"_s, u"[Revisorernas text saknas]"_s,
                               u"[Förväntad effekt saknas]"_s, u"[Genomförs senast saknas]"_s, u"[Förnamn Efternamn]"_s})
        QVERIFY2(gaps.contains(gap), qPrintable(gap));
}

void TestPdfLayout::renderPage()
{
    const PdfDocument document = laidOut(Example::statement());
    const QImage page = document.renderPage(0, 72);
    QCOMPARE(page.size(), QSize(595, 842));
    const QImage sharp = document.renderPage(document.pageCount() - 1, 150);
    QCOMPARE(sharp.size(), QSize(1240, 1754));
    const QString keep = qEnvironmentVariable("YTTRA_PDF_KEEP"); // to look at the preview
    if (!keep.isEmpty())
        document.renderPage(0, 60).save(keep + u"/preview-1.png"_s);
    // Something is drawn: dark pixels where the text is, white margins.
    int dark = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 128;
    }
    QVERIFY(dark > 2000);
    QCOMPARE(page.pixel(5, 5), qRgb(255, 255, 255));
    QVERIFY(document.renderPage(document.pageCount(), 72).isNull());
    QVERIFY(document.renderPage(-1, 72).isNull());
}

void TestPdfLayout::workerThread()
{
    // The preview lays out and draws off the GUI thread; two at once must not interfere.
    QImage images[2];
    int pages[2] = {0, 0};
    auto work = [&](int n) {
        auto layout = PdfDocument::layout(n == 0 ? Example::statement() : test::followUpStatement());
        if (!layout.ok())
            return;
        pages[n] = layout.value().pageCount();
        images[n] = layout.value().renderPage(0, 60);
    };
    std::thread first(work, 0);
    std::thread second(work, 1);
    first.join();
    second.join();
    QCOMPARE(pages[0], laidOut(Example::statement()).pageCount());
    QCOMPARE(pages[1], laidOut(test::followUpStatement()).pageCount());
    QVERIFY(!images[0].isNull() && !images[1].isNull());
    QCOMPARE(images[0], laidOut(Example::statement()).renderPage(0, 60));
}

void TestPdfLayout::missingFont()
{
    PdfStyle style;
    style.family = u"Yttra No Such Family"_s;
    const auto layout = PdfDocument::layout(Example::statement(), style);
    QVERIFY(!layout.ok());
    QVERIFY2(layout.error().contains(u"“Yttra No Such Family”"_s), qPrintable(layout.error()));

    style.family = u"Carlito"_s; // the other family we support, fonts-crosextra-carlito
    const auto carlito = PdfDocument::layout(Example::statement(), style);
    YTTRA_VERIFY_OK(carlito);
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestPdfLayout)
#include "tst_pdflayout.moc"
