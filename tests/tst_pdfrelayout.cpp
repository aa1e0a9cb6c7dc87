// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfdocument.h"
#include "pdf/pdfexporter.h"
#include "pdfteststatements.h"
#include "pdftools.h"
#include "testhelpers.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

PdfDocument laidOut(const Statement &statement, const PdfDocument *previous = nullptr, const PdfStyle &style = {})
{
    auto layout = PdfDocument::layout(statement, style, PdfCopy::Statement, previous);
    if (!layout.ok())
        qFatal("layout failed: %s", qPrintable(layout.error()));
    return std::move(layout).value();
}

/// How much of the previous layout an edit leaves of use.
enum class Kept {
    Everything,
    Nearly, // all but a tenth at most: the edit's own blocks
    Some,
    Nothing, // the language changed: another Pango context
};

/// The base of every edit: a follow-up whose measure table runs over pages.
Statement base()
{
    return test::thirtyMeasures();
}

/// Where two documents' pages differ, to the last bit of every position; empty when they do
/// not (QRectF's own comparison is fuzzy).
QString pageDifference(const PdfDocument &actual, const PdfDocument &expected)
{
    if (actual.pageCount() != expected.pageCount())
        return u"%1 pages instead of %2"_s.arg(actual.pageCount()).arg(expected.pageCount());
    auto same = [](const QRectF &a, const QRectF &b) {
        return a.x() == b.x() && a.y() == b.y() && a.width() == b.width() && a.height() == b.height();
    };
    for (int p = 0; p < actual.pageCount(); ++p) {
        const PdfPage &a = actual.pages().at(p);
        const PdfPage &e = expected.pages().at(p);
        if (a.blocks.size() != e.blocks.size())
            return u"page %1: %2 blocks instead of %3"_s.arg(p + 1).arg(a.blocks.size()).arg(e.blocks.size());
        for (qsizetype b = 0; b < a.blocks.size(); ++b) {
            const PdfPlacedBlock &x = a.blocks.at(b);
            const PdfPlacedBlock &y = e.blocks.at(b);
            if (x.block != y.block || x.kind != y.kind || x.firstLine != y.firstLine || x.lineCount != y.lineCount
                || x.totalLines != y.totalLines || x.repeated != y.repeated || !same(x.rect, y.rect))
                return u"page %1, placed block %2 (“%3”) differs"_s.arg(p + 1).arg(b).arg(actual.blocks().at(x.block).plainText().left(40));
        }
        if (a.frames.size() != e.frames.size())
            return u"page %1: %2 frames instead of %3"_s.arg(p + 1).arg(a.frames.size()).arg(e.frames.size());
        for (qsizetype f = 0; f < a.frames.size(); ++f) {
            if (!same(a.frames.at(f), e.frames.at(f)))
                return u"page %1, frame %2 differs"_s.arg(p + 1).arg(f);
        }
    }
    return {};
}

/// The first table's header row, whose text decides the table's columns; empty for none.
QString tableHeader(const PdfDocument &document)
{
    for (const PdfBlock &block : document.blocks()) {
        if (block.kind == PdfBlock::Kind::TableHeaderRow)
            return block.plainText();
    }
    return {};
}

QString exportedText(const PdfDocument &document, const QTemporaryDir &dir, const QString &name)
{
    const auto bytes = PdfExporter::render(document);
    if (!bytes.ok())
        return u"cannot export: "_s + bytes.error();
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size())
        return u"cannot write "_s + path;
    file.close();
    return test::pdfText(path);
}

} // namespace

/// Laying a statement out again from its previous layout, as the preview does after every
/// edit: the same pages, lines and PDF as a fresh layout, with the shaping of every unchanged
/// block kept and only the changed ones shaped; and safe while another thread draws.
class TestPdfRelayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsFreshLayout_data();
    void sameAsFreshLayout();
    void anotherStyleShapesAgain();
    void chainOfRelayouts();
    void drawingWhileLayingOut();
};

void TestPdfRelayout::sameAsFreshLayout_data()
{
    QTest::addColumn<Statement>("edited");
    // Text only the changed blocks hold: none of them may keep an old layout. Empty: the
    // edit changes no block (only the page header, or nothing).
    QTest::addColumn<QString>("changed");
    QTest::addColumn<Kept>("kept");

    QTest::newRow("nothing changed") << base() << QString() << Kept::Everything;

    Statement comment = base();
    comment.measures[3].comment = u"Redovisas i bokslutet för 2023."_s;
    QTest::newRow("a measure's comment") << comment << u"bokslutet"_s << Kept::Nearly;

    Statement answer = base();
    answer.items[0].response.actionsTaken += u" Dessutom har en extern granskare anlitats."_s;
    QTest::newRow("an item's rich text field") << answer << u"extern granskare"_s << Kept::Nearly;

    Statement added = base();
    Item item;
    item.id = u"r-new"_s;
    item.number = u"99"_s;
    item.text = u"Säkerställa att den nyaste rutinen efterlevs."_s;
    item.response.actionsTaken = u"Rutinen har införts i samtliga nyaste förvaltningar."_s;
    added.items.insert(1, item);
    QTest::newRow("an item added") << added << u"nyaste"_s << Kept::Nearly;

    Statement removed = base();
    removed.items.removeAt(2);
    QTest::newRow("an item removed") << removed << QString() << Kept::Nearly;

    Statement board = base();
    board.board = u"Tekniska nämnden"_s;
    QTest::newRow("the board") << board << u"Tekniska nämnden"_s << Kept::Nearly;

    Statement date = base();
    date.date = u"2022-02-14"_s;
    QTest::newRow("the date (header field and page header)") << date << u"2022-02-14"_s << Kept::Nearly;

    Statement kind = base();
    kind.kind = StatementKind::First;
    QTest::newRow("the kind (another table)") << kind << QString() << Kept::Some;

    Statement language = base();
    language.language = u"en"_s;
    QTest::newRow("the language") << language << QString() << Kept::Nothing;

    Statement longer = base();
    longer.measures[5].title += u" samt en mycket längre förklaring av vad översynen omfattar, vem som ansvarar och när den "
                                 u"ska vara klar, så att raden i tabellen blir flera rader hög"_s;
    QTest::newRow("a longer table cell") << longer << u"mycket längre förklaring"_s << Kept::Nearly;

    Statement logo = base();
    logo.logo = {u"image/png"_s, test::readFile(test::dataPath(u"logo/board.png"_s)), u"Kommunens vapen"_s};
    QVERIFY(!logo.logo.isEmpty());
    QTest::newRow("a logo added") << logo << QString() << Kept::Everything;
}

void TestPdfRelayout::sameAsFreshLayout()
{
    QFETCH(Statement, edited);
    QFETCH(QString, changed);
    QFETCH(Kept, kept);

    const PdfDocument previous = laidOut(base());
    const PdfDocument relaid = laidOut(edited, &previous);
    const PdfDocument fresh = laidOut(edited);
    QCOMPARE(fresh.reusedBlocks(), 0);

    QCOMPARE(relaid.blocks(), fresh.blocks());
    const QString pages = pageDifference(relaid, fresh);
    QVERIFY2(pages.isEmpty(), qPrintable(pages));
    QCOMPARE(relaid.warnings(), fresh.warnings());
    // Every line drawn where the fresh layout draws it.
    for (int p = 0; p < fresh.pageCount(); ++p)
        QVERIFY2(relaid.renderPage(p, 50) == fresh.renderPage(p, 50), qPrintable(u"page %1"_s.arg(p + 1)));

    // What was kept: exactly the blocks shaped from the same inputs as one of before.
    QList<PdfBlockShaping> before;
    for (const PdfBlock &block : previous.blocks())
        before.append(PdfBlockShaping::of(block));
    for (int b = 0; b < relaid.blocks().size(); ++b) {
        const PdfBlock &block = relaid.blocks().at(b);
        const QString where = u"block %1 “%2”"_s.arg(b).arg(block.plainText().left(50));
        if (kept == Kept::Nothing) {
            QVERIFY2(!relaid.isReused(b), qPrintable(where));
            continue;
        }
        // A row is shaped to its table's columns, which follow the header row.
        if (!block.isTableRow() || tableHeader(relaid) == tableHeader(previous))
            QCOMPARE(relaid.isReused(b), before.contains(PdfBlockShaping::of(block)));
        else
            QVERIFY2(!relaid.isReused(b), qPrintable(where));
        if (!changed.isEmpty() && block.plainText().contains(changed))
            QVERIFY2(!relaid.isReused(b), qPrintable(where));
        if (previous.blocks().contains(block))
            QVERIFY2(relaid.isReused(b), qPrintable(where));
    }
    if (kept == Kept::Everything)
        QCOMPARE(relaid.reusedBlocks(), relaid.blocks().size());
    if (kept == Kept::Nearly)
        QVERIFY2(relaid.reusedBlocks() * 10 >= relaid.blocks().size() * 9,
                 qPrintable(u"%1 of %2 blocks kept"_s.arg(relaid.reusedBlocks()).arg(relaid.blocks().size())));

    if (const QString missing = test::missingPdfTools(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = exportedText(relaid, dir, u"relaid.pdf"_s);
    QVERIFY(!text.isEmpty());
    QCOMPARE(text, exportedText(fresh, dir, u"fresh.pdf"_s));
    if (!changed.isEmpty())
        QVERIFY(text.contains(changed));
}

void TestPdfRelayout::anotherStyleShapesAgain()
{
    const PdfDocument previous = laidOut(base());
    PdfStyle style;
    style.bodySize = 12;
    const PdfDocument relaid = laidOut(base(), &previous, style);
    QCOMPARE(relaid.reusedBlocks(), 0);
    const QString pages = pageDifference(relaid, laidOut(base(), nullptr, style));
    QVERIFY2(pages.isEmpty(), qPrintable(pages));
}

void TestPdfRelayout::chainOfRelayouts()
{
    // The preview relays out from its last layout again and again; the layouts the first one
    // lent stay valid after it is gone.
    Statement statement = base();
    PdfDocument current = laidOut(statement);
    for (int edit = 0; edit < 4; ++edit) {
        statement.measures[edit].comment = u"Ändrad %1 gången."_s.arg(edit + 1);
        current = laidOut(statement, &current);
        QVERIFY(current.reusedBlocks() > 0);
    }
    const PdfDocument fresh = laidOut(statement);
    const QString pages = pageDifference(current, fresh);
    QVERIFY2(pages.isEmpty(), qPrintable(pages));
    QCOMPARE(current.renderPage(fresh.pageCount() - 1, 50), fresh.renderPage(fresh.pageCount() - 1, 50));
}

void TestPdfRelayout::drawingWhileLayingOut()
{
    // The GUI thread draws and exports the shown layout while the preview's worker lays out
    // the next one from it, sharing its Pango objects; then the worker's new layout is drawn
    // while the old one is let go.
    // Many changed blocks, so that shaping and drawing overlap long enough to matter.
    Statement edited = base();
    for (Measure &measure : edited.measures)
        measure.comment = u"Ändrad medan sidan ritas."_s;
    for (Item &item : edited.items)
        item.response.actionsTaken += u" Ändrad medan sidan ritas."_s;
    const PdfDocument reference = laidOut(base());
    QList<QImage> expected;
    for (int p = 0; p < reference.pageCount(); ++p)
        expected.append(reference.renderPage(p, 30));
    const QImage expectedEdited = laidOut(edited).renderPage(0, 30);

    for (int run = 0; run < 20; ++run) {
        PdfDocument shown = laidOut(base());
        std::atomic<int> drawn = 0;
        std::atomic<bool> stop = false;
        std::atomic<int> wrong = 0;
        std::thread gui([&, document = shown] {
            for (int i = 0; !stop || i < 2; ++i) {
                const int page = i % document.pageCount();
                if (document.renderPage(page, 30) != expected.at(page))
                    ++wrong;
                if (i % 5 == 4 && !PdfExporter::render(document).ok())
                    ++wrong;
                ++drawn;
            }
        });
        while (drawn == 0)
            std::this_thread::yield();
        PdfDocument next = laidOut(edited, &shown);
        next = laidOut(base(), &next);
        next = laidOut(edited, &next);
        stop = true;
        gui.join();
        QCOMPARE(wrong.load(), 0);

        drawn = 0;
        stop = false;
        std::thread worker([&, document = next] {
            for (int i = 0; !stop || i < 2; ++i) {
                if (document.renderPage(0, 30) != expectedEdited)
                    ++wrong;
                ++drawn;
            }
        });
        while (drawn == 0)
            std::this_thread::yield();
        shown = PdfDocument(); // the old layout goes while the new one, sharing its objects, is drawn
        next = PdfDocument();
        stop = true;
        worker.join();
        QCOMPARE(wrong.load(), 0);
    }
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestPdfRelayout)
#include "tst_pdfrelayout.moc"
