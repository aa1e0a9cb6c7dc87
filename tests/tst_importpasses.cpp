// SPDX-License-Identifier: GPL-3.0-or-later
// Each import pass alone, on small reports written for the case: what it must find, and
// what it must leave alone.
#include "import/importpasses.h"
#include "import/itemscanner.h"
#include "import/reportreader.h"
#include "import/wordlayout.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

/// The pages a text file gives, before any pass has run.
QList<ReportPage> pagesOf(const QString &text)
{
    return ReportReader::readText(text);
}

/// The text pages as the cleanup pass would leave them, for the passes after it, without
/// running that pass: the inputs below carry nothing for it to clean.
CleanPages uncleaned(const QString &text)
{
    CleanPages clean;
    clean.pages = pagesOf(text);
    return clean;
}

/// A page's words for WordLayout, from rows of pieces: each piece "x:words" sets its words
/// from x (points) on, 5 points a letter and 3 between words; the rows stand 14 points apart
/// from y = 100, and a row "-" leaves a gap of 60 points.
QList<PageWord> wordsOfPage(const QStringList &rows)
{
    QList<PageWord> words;
    double y = 100;
    for (const QString &row : rows) {
        if (row == u"-") {
            y += 60;
            continue;
        }
        for (const QString &piece : row.split(u'|')) {
            double x = piece.section(u':', 0, 0).toDouble();
            const QStringList texts = piece.section(u':', 1).split(u' ', Qt::SkipEmptyParts);
            for (const QString &text : texts) {
                const double width = 5.0 * double(text.size());
                words.append({text, QRectF(x, y, width, 10), true});
                x += width + 3;
            }
        }
        y += 14;
    }
    return words;
}

QStringList keptLines(const CleanPages &clean)
{
    QStringList lines;
    for (const ReportPage &page : clean.pages) {
        for (const ReportLine &line : page.lines)
            lines.append(line.text);
    }
    return lines;
}

QStringList runningLines(const CleanPages &clean)
{
    QStringList lines;
    for (const CleanLine &line : clean.running)
        lines.append(line.text);
    return lines;
}

/// "H[2.1]:2.1 Iakttagelser", "P:text", "L(•):text", "T(a | b):a b": kind, section and text of each block.
QStringList described(const ReportText &text)
{
    QStringList out;
    for (const ReportBlock &block : text.blocks()) {
        QString d;
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            d = u"H"_s;
            break;
        case ReportBlock::Kind::Paragraph:
            d = u"P"_s;
            break;
        case ReportBlock::Kind::ListItem:
            d = u"L("_s + block.marker + u")"_s;
            break;
        case ReportBlock::Kind::TableRow:
            d = u"T("_s + block.cells.join(u" | "_s) + u")"_s;
            break;
        }
        if (!block.sectionNumber.isEmpty())
            d += u"["_s + block.sectionNumber + u"]"_s;
        out.append(d + u":"_s + block.text);
    }
    return out;
}

/// "recommendation Kommunstyrelsen: text" for each candidate.
QStringList described(const QList<ImportCandidate> &candidates)
{
    QStringList out;
    for (const ImportCandidate &c : candidates) {
        QString kind;
        switch (c.kind) {
        case ItemKind::Recommendation:
            kind = u"recommendation"_s;
            break;
        case ItemKind::Assessment:
            kind = u"assessment"_s;
            break;
        case ItemKind::Question:
            kind = u"question"_s;
            break;
        }
        out.append(kind + u" "_s + c.boards.join(u", "_s) + u": "_s + c.text);
    }
    return out;
}

ReportText headed(const QString &text)
{
    return ImportPasses::findHeadings(ImportPasses::cleanPages(pagesOf(text)));
}

} // namespace

class TestImportPasses : public QObject
{
    Q_OBJECT

private slots:
    void wordLayout_data();
    void wordLayout();
    void pdfTableRows();
    void cleanPages_data();
    void cleanPages();
    void cleanPagesKeepsIndentation();
    void cleanPagesSetsFootnotesApart();
    void cleanPagesListsPagesWithoutText();
    void findHeadings_data();
    void findHeadings();
    void findBoards_data();
    void findBoards();
    void findItems_data();
    void findItems();
    void findAddressees_data();
    void findAddressees();
    void findDetails_data();
    void findDetails();
    void findDueDates_data();
    void findDueDates();
    void findAbbreviations_data();
    void findAbbreviations();
    void scanListIntroductions_data();
    void scanListIntroductions();
    void scanFollowUpStatus_data();
    void scanFollowUpStatus();
    void scanHeadings_data();
    void scanHeadings();
    void scanChapterHeadingLines_data();
    void scanChapterHeadingLines();
    void scanRules_data();
    void scanRules();
};

void TestImportPasses::wordLayout_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("one column: rows top to bottom")
        << QStringList{u"60:Vi rekommenderar kommunstyrelsen att:"_s, u"60:• ta fram en plan"_s}
        << QStringList{u"Vi rekommenderar kommunstyrelsen att:"_s, u"• ta fram en plan"_s};
    QTest::newRow("two columns: the left one first, what spans the page where it stands")
        << QStringList{u"60:Granskning av ekonomistyrning i kommunen 2024"_s, u"-"_s,
                       u"60:Vi rekommenderar kommunstyrelsen|310:analysera orsakerna till avvikelserna"_s,
                       u"60:att utveckla stödet till chefer i|310:inom grundskolan och besluta om"_s,
                       u"60:form av utbildning och uppföljning|310:åtgärder med tidsatta mål i planen"_s,
                       u"60:samt att utbildningsnämnden bör|310:för det kommande verksamhetsåret"_s,
                       u"60:följa upp sina beslut varje år|310:och rapportera dem till nämnden"_s,
                       u"60:och redovisa dem för styrelsen|310:senast i samband med bokslutet"_s,
                       u"60:Jan Nilsson, certifierad kommunal revisor och projektledare"_s}
        << QStringList{u"Granskning av ekonomistyrning i kommunen 2024"_s,
                       u"Vi rekommenderar kommunstyrelsen"_s, u"att utveckla stödet till chefer i"_s,
                       u"form av utbildning och uppföljning"_s, u"samt att utbildningsnämnden bör"_s,
                       u"följa upp sina beslut varje år"_s, u"och redovisa dem för styrelsen"_s,
                       u"analysera orsakerna till avvikelserna"_s, u"inom grundskolan och besluta om"_s,
                       u"åtgärder med tidsatta mål i planen"_s, u"för det kommande verksamhetsåret"_s,
                       u"och rapportera dem till nämnden"_s, u"senast i samband med bokslutet"_s,
                       u"Jan Nilsson, certifierad kommunal revisor och projektledare"_s};
    QTest::newRow("a table's rows stay rows, though its cells wrap as columns would")
        << QStringList{u"60:Rekommendation|330:Ansvarig nämnd|500:Prioritet"_s,
                       u"60:Ta fram anvisningar för konsulter|330:Regionstyrelsen|500:Hög"_s,
                       u"60:Bokför kostnaderna enhetligt|330:Regionstyrelsen|500:Medel"_s,
                       u"60:Dokumentera upphandlingarna|330:Hälso- och sjukvårdsstyrelsen|500:Hög"_s}
        << QStringList{u"Rekommendation  Ansvarig nämnd  Prioritet"_s,
                       u"Ta fram anvisningar för konsulter  Regionstyrelsen  Hög"_s,
                       u"Bokför kostnaderna enhetligt  Regionstyrelsen  Medel"_s,
                       u"Dokumentera upphandlingarna  Hälso- och sjukvårdsstyrelsen  Hög"_s};
}

void TestImportPasses::wordLayout()
{
    QFETCH(QStringList, rows);
    QFETCH(QStringList, lines);
    const QList<ReportLine> read = WordLayout::lines(wordsOfPage(rows));
    QStringList texts;
    for (const ReportLine &line : read)
        texts.append(line.text);
    QCOMPARE(texts, lines);
    for (qsizetype i = 0; i < read.size(); ++i)
        QCOMPARE(read.at(i).number, int(i + 1));
}

void TestImportPasses::pdfTableRows()
{
    // Cells that wrap (a row's second line may fill fewer cells than its first, capitalised or
    // not), a column gap narrower than the wide gaps lines are cut at, and the row's last line
    // on the next page: each row is one block with its cells.
    ReportPage first;
    first.number = 1;
    first.height = 842;
    first.lines = WordLayout::lines(wordsOfPage({
        u"60:Nedan sammanfattas våra rekommendationer."_s,
        u"60:Rekommendation|250:Ansvarig nämnd|420:Prioritet"_s,
        u"60:Ta fram regionövergripande|250:Regionstyrelsen|420:Hög"_s,
        u"60:anvisningar för konsulter"_s,
        u"60:Tekniska nämnden och|250:Upprätta en skriftlig|420:Hög"_s,
        u"60:Halmstads Energi AB|250:överenskommelse"_s,
        u"60:Säkerställa att kostnaderna|248:Hälso- och|420:Medel"_s,
        u"60:bokförs på enhetliga konton|250:sjukvårdsstyrelsen"_s,
        u"60:i samtliga"_s}));
    ReportPage second;
    second.number = 2;
    second.height = 842;
    second.lines = WordLayout::lines(wordsOfPage({u"60:förvaltningar"_s, u"-"_s, u"60:Göteborg den 22 januari 2025"_s}));
    const ReportText text(ImportPasses::cleanPages({first, second}));
    QCOMPARE(described(text), (QStringList{
        u"P:Nedan sammanfattas våra rekommendationer."_s,
        u"T(Rekommendation | Ansvarig nämnd | Prioritet):Rekommendation Ansvarig nämnd Prioritet"_s,
        u"T(Ta fram regionövergripande anvisningar för konsulter | Regionstyrelsen | Hög):"
        "Ta fram regionövergripande anvisningar för konsulter Regionstyrelsen Hög"_s,
        u"T(Tekniska nämnden och Halmstads Energi AB | Upprätta en skriftlig överenskommelse | Hög):"
        "Tekniska nämnden och Halmstads Energi AB Upprätta en skriftlig överenskommelse Hög"_s,
        u"T(Säkerställa att kostnaderna bokförs på enhetliga konton i samtliga förvaltningar | Hälso- och sjukvårdsstyrelsen | Medel):"
        "Säkerställa att kostnaderna bokförs på enhetliga konton i samtliga förvaltningar Hälso- och sjukvårdsstyrelsen Medel"_s,
        u"P:Göteborg den 22 januari 2025"_s}));
}

void TestImportPasses::cleanPages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("running");

    QTest::newRow("header and page number on every page")
        << u"Malmö stad\nFörsta sidans text.\nSida 1 av 3\fMalmö stad\nAndra sidans text.\nSida 2 av 3\f"
           "Malmö stad\nTredje sidans text.\nSida 3 av 3"_s
        << QStringList{u"Första sidans text."_s, u"Andra sidans text."_s, u"Tredje sidans text."_s}
        << QStringList{u"Sida 1 av 3"_s, u"Malmö stad"_s, u"Sida 2 av 3"_s, u"Malmö stad"_s, u"Sida 3 av 3"_s,
                       u"Malmö stad"_s};
    QTest::newRow("a line on one page only stays")
        << u"Malmö stad\nFörsta sidans text.\fMalmö stad\nBilaga 1\nAndra sidans text."_s
        << QStringList{u"Första sidans text."_s, u"Bilaga 1"_s, u"Andra sidans text."_s}
        << QStringList{u"Malmö stad"_s, u"Malmö stad"_s};
    QTest::newRow("headers left between the pages of a text file")
        << u"Granskning av IT 2024\n\nDen första texten.\n\nGranskning av IT 2024\n\nDen andra texten.\n\n"
           "Granskning av IT 2024\n\nDen tredje texten."_s
        << QStringList{u"Den första texten."_s, u"Den andra texten."_s, u"Den tredje texten."_s}
        << QStringList{u"Granskning av IT 2024"_s, u"Granskning av IT 2024"_s, u"Granskning av IT 2024"_s};
    QTest::newRow("a heading word repeated is no header")
        << u"Bedömning\n\nDen första texten.\n\nBedömning\n\nDen andra texten.\n\nBedömning\n\nDen tredje texten."_s
        << QStringList{u"Bedömning"_s, u"Den första texten."_s, u"Bedömning"_s, u"Den andra texten."_s,
                       u"Bedömning"_s, u"Den tredje texten."_s}
        << QStringList{};
    QTest::newRow("ligatures and odd spaces evened out")
        << u"  e\ufb00ekten\u00a0av\u200b granskningen  "_s << QStringList{u"effekten av granskningen"_s}
        << QStringList{};
}

void TestImportPasses::cleanPages()
{
    QFETCH(QString, text);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, running);
    const CleanPages clean = ImportPasses::cleanPages(pagesOf(text));
    QCOMPARE(keptLines(clean), kept);
    QCOMPARE(runningLines(clean), running);
}

void TestImportPasses::cleanPagesSetsFootnotesApart()
{
    // A text copied from Word: each note's mark glued to what it annotates, the notes last.
    const CleanPages clean = ImportPasses::cleanPages(
        pagesOf(u"Vi har granskat upphandlingen1 under 20242.\n\nNämnden bör ta fram en plan.\n\n"
                "1 Lag (2016:1145) om offentlig upphandling.\n2 Uppgifterna avser januari–december."_s));
    const QList<ReportLine> &lines = clean.pages.first().lines;
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).text, u"Vi har granskat upphandlingen under 2024."_s);
    QVERIFY(!lines.at(1).footnote);
    QVERIFY(lines.at(2).footnote);
    QVERIFY(lines.at(3).footnote);
    const ReportText text(clean);
    QCOMPARE(text.blocks().first().text, u"Vi har granskat upphandlingen under 2024."_s);
    QVERIFY(text.blocks().at(2).margin);
    QVERIFY(text.lines().at(3).footnote);

    // A numbered line at the end with no mark for it is no footnote.
    const CleanPages plain = ImportPasses::cleanPages(pagesOf(u"Kommunen har 2 bolag.\n\n2 Bilagor till rapporten"_s));
    QCOMPARE(plain.pages.first().lines.first().text, u"Kommunen har 2 bolag."_s);
    QVERIFY(!plain.pages.first().lines.last().footnote);
}

void TestImportPasses::cleanPagesKeepsIndentation()
{
    // A text file nests its lists by indentation, which the evened-out text no longer shows.
    const CleanPages clean = ImportPasses::cleanPages(pagesOf(u"- ett\n    - två"_s));
    QCOMPARE(keptLines(clean), (QStringList{u"- ett"_s, u"- två"_s}));
    QCOMPARE(clean.pages.first().lines.at(0).left, 0.0);
    QCOMPARE(clean.pages.first().lines.at(1).left, 4.0);
}

void TestImportPasses::cleanPagesListsPagesWithoutText()
{
    // Body text in mid-page, different on each page, so nothing is taken for a header.
    const auto pageWith = [](int number, const QString &text) {
        ReportLine line;
        line.text = text;
        line.top = 400;
        line.bottom = 410;
        line.left = 50;
        line.right = 300;
        line.height = 10;
        return ReportPage{number, 595, 842, {line}};
    };
    const QList<ReportPage> pages{pageWith(1, u"Första sidan."_s), {2, 595, 842, {}}, pageWith(3, u"Tredje sidan."_s)};
    const CleanPages clean = ImportPasses::cleanPages(pages);
    QCOMPARE(clean.emptyPages, QList<int>{2});
    QCOMPARE(clean.pageCount, 3);
    QCOMPARE(keptLines(clean), (QStringList{u"Första sidan."_s, u"Tredje sidan."_s}));
}

void TestImportPasses::findHeadings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("blocks");

    QTest::newRow("Markdown heading, lines of one paragraph joined")
        << u"# Bakgrund\nGranskningen har\nomfattat nämnden."_s
        << QStringList{u"H:Bakgrund"_s, u"P:Granskningen har omfattat nämnden."_s};
    QTest::newRow("keyword heading without marks")
        << u"Sammanfattning\n\nVi har granskat nämnden."_s
        << QStringList{u"H:Sammanfattning"_s, u"P:Vi har granskat nämnden."_s};
    QTest::newRow("numbered heading gives its section")
        << u"2.1 Iakttagelser\n\nNämnden saknar rutiner.\n\n3 Bedömning\n\nRutiner behövs."_s
        << QStringList{u"H[2.1]:2.1 Iakttagelser"_s, u"P[2.1]:Nämnden saknar rutiner."_s, u"H[3]:3 Bedömning"_s,
                       u"P[3]:Rutiner behövs."_s};
    QTest::newRow("a numbered line alone is a chapter heading")
        << u"1. Sammanfattning\n\nVi har granskat nämnden."_s
        << QStringList{u"H[1]:1. Sammanfattning"_s, u"P[1]:Vi har granskat nämnden."_s};
    QTest::newRow("a numbered chapter's name before a list's introduction is a heading")
        << u"Vi bedömer att ansvaret är oklart.\n\n3. Rekommendationer\n\nVi lämnar följande rekommendationer:\n\n- se över ansvaret"_s
        << QStringList{u"P:Vi bedömer att ansvaret är oklart."_s, u"H[3]:3. Rekommendationer"_s,
                       u"P[3]:Vi lämnar följande rekommendationer:"_s, u"L(-)[3]:se över ansvaret"_s};
    QTest::newRow("list items stay list items")
        << u"Vi rekommenderar nämnden att:\n• upprätta rutiner\n• följa upp dem"_s
        << QStringList{u"P:Vi rekommenderar nämnden att:"_s, u"L(•):upprätta rutiner"_s, u"L(•):följa upp dem"_s};
    QTest::newRow("a word hyphenated at the line end rejoined")
        << u"Det gäller informa-\ntionen i systemet."_s << QStringList{u"P:Det gäller informationen i systemet."_s};
    QTest::newRow("a sentence is no heading")
        << u"Nämnden har inga rutiner.\n\nDärför behövs en plan."_s
        << QStringList{u"P:Nämnden har inga rutiner."_s, u"P:Därför behövs en plan."_s};
    QTest::newRow("a table copied from Word: a row a block, the header apart")
        << u"Rekommendation\tAnsvarig nämnd\nTa fram anvisningar\tRegionstyrelsen\nBokför enhetligt\tHälso- och sjukvårdsstyrelsen\n"
           "Göteborg den 22 januari"_s
        << QStringList{u"T(Rekommendation | Ansvarig nämnd):Rekommendation Ansvarig nämnd"_s,
                       u"T(Ta fram anvisningar | Regionstyrelsen):Ta fram anvisningar Regionstyrelsen"_s,
                       u"T(Bokför enhetligt | Hälso- och sjukvårdsstyrelsen):Bokför enhetligt Hälso- och sjukvårdsstyrelsen"_s,
                       u"P:Göteborg den 22 januari"_s};
    QTest::newRow("two cells on one line alone make no table")
        << u"Datum\t2025-01-29\n\nVi har granskat nämnden."_s
        << QStringList{u"P:Datum 2025-01-29"_s, u"P:Vi har granskat nämnden."_s};
}

void TestImportPasses::findHeadings()
{
    QFETCH(QString, text);
    QFETCH(QStringList, blocks);
    QCOMPARE(described(ImportPasses::findHeadings(uncleaned(text))), blocks);
}

void TestImportPasses::findBoards_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addressees");
    QTest::addColumn<QStringList>("informed");

    QTest::newRow("Till and För kännedom")
        << u"Till: Kommunstyrelsen, Servicenämnden\nFör kännedom: Kommunfullmäktige\n\nVi har granskat."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Servicenämnden"_s} << QStringList{u"Kommunfullmäktige"_s};
    QTest::newRow("one name a line")
        << u"Till:\nKommunstyrelsen\nTekniska nämnden\n\nVi har granskat."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Tekniska nämnden"_s} << QStringList{};
    QTest::newRow("Till alone, the boards below with blank lines between")
        << u"Till\n\nKommunstyrelsen\n\nTekniska nämnden\n\nFör kännedom:\nKommunfullmäktige\n\nVi har granskat."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Tekniska nämnden"_s} << QStringList{u"Kommunfullmäktige"_s};
    QTest::newRow("names in lower case capitalised")
        << u"Till: kommunstyrelsen och servicenämnden\n\nVi har granskat."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Servicenämnden"_s} << QStringList{};
    QTest::newRow("a Till line per board, without a colon")
        << u"Till hälso- och sjukvårdsnämnden\nTill sjukhusstyrelsen Skånes universitetssjukhus\n\nFör kännedom: Regionstyrelsen\n\n"
           "Vi har granskat."_s
        << QStringList{u"Hälso- och sjukvårdsnämnden"_s, u"Sjukhusstyrelsen Skånes universitetssjukhus"_s}
        << QStringList{u"Regionstyrelsen"_s};
    QTest::newRow("Till lines, and the letter saying who answers and who is informed")
        << u"Till kommunstyrelsen\nTill barn- och utbildningsnämnden\n\nRevisorerna överlämnar rapporten för yttrande till "
           "barn- och utbildningsnämnden och för kännedom till kommunstyrelsen."_s
        << QStringList{u"Barn- och utbildningsnämnden"_s} << QStringList{u"Kommunstyrelsen"_s};
    QTest::newRow("a name of three parts, two boards joined by samt")
        << u"Till kultur-, idrotts- och fritidsnämnden samt fastighetsnämnden\n\nVi har granskat."_s
        << QStringList{u"Kultur-, idrotts- och fritidsnämnden"_s, u"Fastighetsnämnden"_s} << QStringList{};
    QTest::newRow("a company's board, and a company's name with och in it")
        << u"Till tekniska nämnden\nTill styrelsen för Halmstads Energi och Miljö AB\n\nVi har granskat."_s
        << QStringList{u"Tekniska nämnden"_s, u"Halmstads Energi och Miljö AB"_s} << QStringList{};
    QTest::newRow("a two-column letterhead flattened")
        << u"Till  För kännedom:\nKommunstyrelsen  Kommunfullmäktiges presidium\nServicenämnden  Revisionskontoret Regionstyrelsen\n\n"
           "Vi har granskat."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Servicenämnden"_s} << QStringList{u"Kommunfullmäktige"_s, u"Regionstyrelsen"_s};
    QTest::newRow("Till: and Kopia: side by side")
        << u"Till: Kopia till:\nSocialnämnden Kommunstyrelsen\n\nVi har granskat."_s << QStringList{u"Socialnämnden"_s}
        << QStringList{u"Kommunstyrelsen"_s};
    QTest::newRow("Expedieras till")
        << u"Expedieras till: Tekniska nämnden och Miljönämnden\n\nVi har granskat."_s
        << QStringList{u"Tekniska nämnden"_s, u"Miljönämnden"_s} << QStringList{};
    QTest::newRow("a Sändlista with one board a line")
        << u"Sändlista\nBarn- och utbildningsnämnden\nKultur- och fritidsnämnden\n\nVi har granskat."_s
        << QStringList{u"Barn- och utbildningsnämnden"_s, u"Kultur- och fritidsnämnden"_s} << QStringList{};
    QTest::newRow("the lay auditors' Till styrelsen: the company's board")
        << u"Lekmannarevisorerna i Exempelby Bostäder AB\n\nTill styrelsen\n\nVi har granskat bolagets underhåll."_s
        << QStringList{u"Exempelby Bostäder AB"_s} << QStringList{};
    QTest::newRow("Till styrelsen with two companies named is no address")
        << u"Till styrelsen\n\nVi har granskat Exempelby Bostäder AB och Exempelby Energi AB."_s << QStringList{}
        << QStringList{};
    QTest::newRow("a sentence beginning with Till is no address")
        << u"Till nämnden, som beställer vården, lämnas rapporten."_s << QStringList{} << QStringList{};
    QTest::newRow("no list: boards in the text are not addressees")
        << u"Vi har granskat kommunstyrelsen."_s << QStringList{} << QStringList{};
}

void TestImportPasses::findBoards()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addressees);
    QFETCH(QStringList, informed);
    ImportedReport report;
    const BoardResolver boards = ImportPasses::findBoards(headed(text), report);
    QCOMPARE(report.addressees, addressees);
    QCOMPARE(report.informed, informed);
    // The passes after resolve boards to the addressees' spelling.
    QCOMPARE(boards.known(), addressees);
}

void TestImportPasses::findItems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QStringList>("items");

    QTest::newRow("a list of recommendations to one board")
        << u"# Rekommendationer\n\nVi rekommenderar kommunstyrelsen att:\n\n- upprätta rutiner för uppföljning\n"
           "- säkerställa att policyn följs"_s
        << QStringList{u"Kommunstyrelsen"_s}
        << QStringList{u"recommendation Kommunstyrelsen: Upprätta rutiner för uppföljning"_s,
                       u"recommendation Kommunstyrelsen: Säkerställa att policyn följs"_s};
    // "nämnden" is the report's only board, so the questions and the assessment are its.
    QTest::newRow("questions the board must answer")
        << u"Vi vill ha ett skriftligt svar på följande:\n\n- Hur följer nämnden upp avtalen?\n"
           "- När införs rutinen?"_s
        << QStringList{u"Kommunstyrelsen"_s}
        << QStringList{u"question Kommunstyrelsen: Hur följer nämnden upp avtalen?"_s, u"question Kommunstyrelsen: När införs rutinen?"_s};
    QTest::newRow("an assessment is offered, not selected")
        << u"# Bedömning\n\nVi bedömer att nämnden inte har säkerställt en tillräcklig uppföljning av avtalen."_s
        << QStringList{u"Kommunstyrelsen"_s}
        << QStringList{u"(assessment Kommunstyrelsen: Vi bedömer att nämnden inte har säkerställt en tillräcklig uppföljning av avtalen.)"_s};
    QTest::newRow("a table of recommendations: a row each, to the board its column names")
        << u"Rekommendation\tAnsvarig nämnd\tPrioritet\nTa fram anvisningar för konsulter\tRegionstyrelsen\tHög\n"
           "Bokför kostnaderna enhetligt\tHälso- och sjukvårdsstyrelsen\tLåg"_s
        << QStringList{u"Regionstyrelsen"_s, u"Hälso- och sjukvårdsstyrelsen"_s}
        << QStringList{u"recommendation Regionstyrelsen: Ta fram anvisningar för konsulter"_s,
                       u"recommendation Hälso- och sjukvårdsstyrelsen: Bokför kostnaderna enhetligt"_s};
    QTest::newRow("a follow-up's status table: what is done needs no answer")
        << u"Rekommendation\tAnsvarig nämnd\tStatus\nUpprätta en rutin för inventering\tKommunstyrelsen\tÅtgärdad\n"
           "Dokumentera besluten i personalakten\tKommunstyrelsen\tKvarstår"_s
        << QStringList{u"Kommunstyrelsen"_s}
        << QStringList{u"recommendation Kommunstyrelsen: Dokumentera besluten i personalakten"_s};
    QTest::newRow("a company in a table's board column, alone or with a nämnd")
        << u"Ansvarig\tRekommendation\nHalmstads Energi och Miljö AB\tTa fram en plan för förpackningarna\n"
           "Tekniska nämnden och Halmstads Energi och Miljö AB\tUpprätta en överenskommelse om centralerna"_s
        << QStringList{u"Tekniska nämnden"_s, u"Halmstads Energi och Miljö AB"_s}
        << QStringList{u"recommendation Halmstads Energi och Miljö AB: Ta fram en plan för förpackningarna"_s,
                       u"recommendation Tekniska nämnden, Halmstads Energi och Miljö AB: Upprätta en överenskommelse om centralerna"_s};
    QTest::newRow("a table of questions and assessments holds nothing to answer")
        << u"Revisionsfråga\tBedömning\nÄr underhållet planerat?\tNej, planer saknas\n"_s
        << QStringList{u"Kommunstyrelsen"_s} << QStringList{};
    QTest::newRow("a summary chapter's background is no assessment, nor its overall assessment")
        << u"# 1 Sammanfattande bedömning\n\nFör att nå effekter krävs rätt kompetens och ett bra stöd.\n\n"
           "Vår sammanfattande bedömning är att styrningen i huvudsak är ändamålsenlig.\n\n"
           "Nämnden saknar dock en plan för uppföljning av avtalen."_s
        << QStringList{u"Kommunstyrelsen"_s}
        << QStringList{u"(assessment Kommunstyrelsen: Nämnden saknar dock en plan för uppföljning av avtalen.)"_s};
    QTest::newRow("under one heading, each board's paragraph its own assessment")
        << u"# Bedömningar\n\nKommunstyrelsen har inte säkerställt ett stöd för bedömningarna.\n\n"
           "Förskolenämnden har inte följt upp hur synpunkterna tas tillvara."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Förskolenämnden"_s}
        << QStringList{u"(assessment Kommunstyrelsen: Kommunstyrelsen har inte säkerställt ett stöd för bedömningarna.)"_s,
                       u"(assessment Förskolenämnden: Förskolenämnden har inte följt upp hur synpunkterna tas tillvara.)"_s};
    QTest::newRow("the letter's list to \"nämnden\" and the report's to the board by name are one")
        << u"Revisorerna rekommenderar att nämnden:\n\n- säkerställer att planerna upprättas i tid\n\n# Rekommendationer\n\n"
           "Vi lämnar följande rekommendationer till socialnämnden:\n\n- säkerställer att planerna upprättas i tid"_s
        << QStringList{u"Kommunstyrelsen"_s, u"Socialnämnden"_s}
        << QStringList{u"recommendation Socialnämnden: Säkerställer att planerna upprättas i tid"_s};
    QTest::newRow("in a paragraph that recommends, a board's \"bör\" is another recommendation")
        << u"Uppföljningen sker inte enligt rutinen. Vi rekommenderar därför socialnämnden att se över rutinen för "
           "uppföljning. Nämnden bör även begära en årlig redovisning av avbrutna placeringar."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Socialnämnden"_s}
        << QStringList{u"recommendation Socialnämnden: Se över rutinen för uppföljning"_s,
                       u"recommendation Socialnämnden: Begära en årlig redovisning av avbrutna placeringar"_s};
    QTest::newRow("a \"bör\" in a paragraph that recommends nothing is no recommendation")
        << u"Kommunstyrelsen bör enligt vår mening ha en bättre bild av placeringarna."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Socialnämnden"_s} << QStringList{};
    QTest::newRow("\"Vi bedömer att\" a board outside a Bedömning section: an assessment of its subject")
        << u"Vi bedömer att kommunstyrelsen inte har säkerställt att ramavtalen täcker socialnämndens behov."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Socialnämnden"_s}
        << QStringList{u"(assessment Kommunstyrelsen: Vi bedömer att kommunstyrelsen inte har säkerställt att ramavtalen "
                       "täcker socialnämndens behov.)"_s};
    QTest::newRow("no recommendation in plain text")
        << u"# Bakgrund\n\nVi har granskat kommunstyrelsen och funnit att rutiner finns."_s
        << QStringList{u"Kommunstyrelsen"_s} << QStringList{};
}

void TestImportPasses::findItems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, known);
    QFETCH(QStringList, items);
    BoardResolver boards(known);
    QStringList notes;
    const QList<ImportCandidate> found = ImportPasses::findItems(headed(text), boards, notes);
    QStringList candidates;
    for (const ImportCandidate &c : found) {
        const QString d = described({c}).first();
        // Assessments are offered for the user to pick, not selected.
        candidates.append(c.selected ? d : u"("_s + d + u")"_s);
    }
    QCOMPARE(candidates, items);
}

void TestImportPasses::findAddressees_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("notes");

    QTest::newRow("a Till list is kept as it is")
        << u"Rapporten överlämnas till servicenämnden för yttrande."_s << QStringList{u"Kommunstyrelsen"_s}
        << QStringList{u"Kommunstyrelsen"_s} << QStringList{u"Kommunstyrelsen"_s} << 0;
    QTest::newRow("the board asked for a statement")
        << u"Rapporten överlämnas till servicenämnden för yttrande och till kommunfullmäktige för kännedom."_s
        << QStringList{} << QStringList{} << QStringList{u"Servicenämnden"_s} << 1;
    QTest::newRow("else the boards the items are addressed to")
        << u"Vi har granskat verksamheten."_s << QStringList{} << QStringList{u"Tekniska nämnden"_s}
        << QStringList{u"Tekniska nämnden"_s} << 1;
    QTest::newRow("else the board the letter says was audited")
        << u"Revisorerna har granskat stadsbyggnadsnämndens handläggning av bygglov.\n\nVi rekommenderar nämnden att följa upp."_s
        << QStringList{} << QStringList{} << QStringList{u"Stadsbyggnadsnämnden"_s} << 1;
    QTest::newRow("no board at all") << u"Vi har granskat verksamheten."_s << QStringList{} << QStringList{}
                                     << QStringList{} << 1;
}

void TestImportPasses::findAddressees()
{
    QFETCH(QString, text);
    QFETCH(QStringList, before);
    QFETCH(QStringList, known);
    QFETCH(QStringList, after);
    QFETCH(int, notes);
    ImportedReport report;
    report.addressees = before;
    BoardResolver boards(known);
    ImportPasses::findAddressees(headed(text), boards, report);
    QCOMPARE(report.addressees, after);
    QCOMPARE(report.notes.size(), notes);
    for (const QString &board : std::as_const(after))
        QVERIFY(boards.known().contains(board));
}

void TestImportPasses::findDetails_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    const QString letter =
        u"Granskning av IT-säkerhet SR-2020-83\n\nDatum: 2024-05-02\n\n"
        "Granskningen är gjord på uppdrag av de förtroendevalda revisorerna i Malmö stad.\n\n"
        "Revisorskollegiet beslutade den 12 april 2024 att överlämna rapporten.\n\n"
        "Vår sammanfattande bedömning är att nämnden inte har en tillräcklig intern kontroll.\n\n"
        "Yttrandet skickas till revisorskollegiet@malmo.se.\n\n"
        "Den uppföljande granskningen avser åtgärder som vidtagits under 2022-2023."_s;
    QTest::newRow("reference") << letter << u"reference"_s << u"SR-2020-83"_s;
    QTest::newRow("title beside the reference") << letter << u"title"_s << u"Granskning av IT-säkerhet"_s;
    QTest::newRow("report date") << letter << u"reportDate"_s << u"2024-05-02"_s;
    QTest::newRow("decision date") << letter << u"decisionDate"_s << u"2024-04-12"_s;
    QTest::newRow("auditor") << letter << u"auditor"_s << u"Revisorerna i Malmö stad"_s;
    QTest::newRow("conclusion") << letter << u"conclusion"_s
                                << u"Vår sammanfattande bedömning är att nämnden inte har en tillräcklig intern kontroll."_s;
    QTest::newRow("recipient") << letter << u"recipient"_s << u"Revisorskollegiet"_s;
    QTest::newRow("where to send it") << letter << u"submitTo"_s << u"revisorskollegiet@malmo.se"_s;
    QTest::newRow("follow-up period") << letter << u"period"_s << u"2022-01-01/2023-12-31"_s;
    QTest::newRow("a due date is no decision date")
        << u"Nämnden beslutade att svara senast den 12 april 2024."_s << u"decisionDate"_s << QString();
    QTest::newRow("the audit firm is the auditor")
        << u"KPMG har på uppdrag av de förtroendevalda revisorerna i Gävle kommun granskat upphandlingen."_s
        << u"auditor"_s << u"KPMG"_s;
    QTest::newRow("the firm by its long name")
        << u"Granskningen har genomförts av Ernst & Young AB på uppdrag av revisorerna i Ånge kommun."_s << u"auditor"_s
        << u"EY"_s;
    QTest::newRow("the firm that audited, not one mentioned")
        << u"Revisorerna har med hjälp av PwC granskat arbetet.\n\nEn tidigare granskning av Deloitte nämns."_s
        << u"auditor"_s << u"PwC"_s;
    // A running footer repeated on every page: only there does the firm sign.
    QTest::newRow("the firm from the running footer")
        << u"Revisionsrapport\n\nRevisorerna i Ånge kommun har granskat arbetet.\n\n© 2024 KPMG AB\f"
           "Sida två.\n\n© 2024 KPMG AB\fSida tre.\n\n© 2024 KPMG AB"_s
        << u"auditor"_s << u"KPMG"_s;
    QTest::newRow("the date in the running title is not the report's")
        << u"Granskning av bokslut per 2020-12-31\n\nDatum: 2021-03-15\n\nText.\fGranskning av bokslut per 2020-12-31\n\n"
           "Mer text.\fGranskning av bokslut per 2020-12-31\n\nSista sidan."_s
        << u"reportDate"_s << u"2021-03-15"_s;
    QTest::newRow("nor the end of a period in the header")
        << u"Delårsrapport 2021-01-01–2021-08-31\n\nDatum: 2021-10-05\n\nText.\fDelårsrapport 2021-01-01–2021-08-31\n\n"
           "Mer text.\fDelårsrapport 2021-01-01–2021-08-31\n\nSista sidan."_s
        << u"reportDate"_s << u"2021-10-05"_s;
    QTest::newRow("the most frequent reference wins")
        << u"Dnr KR-2017/0039\n\nSe även REV-2019/12 och KR-2017/0039."_s << u"reference"_s << u"KR-2017/0039"_s;
}

void TestImportPasses::findDetails()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, value);
    ImportedReport report;
    ImportPasses::findDetails(headed(text), report);
    const QHash<QString, QString> fields{
        {u"reference"_s, report.reference},
        {u"title"_s, report.title},
        {u"reportDate"_s, report.reportDate},
        {u"decisionDate"_s, report.decisionDate},
        {u"auditor"_s, report.auditor},
        {u"conclusion"_s, report.conclusion},
        {u"recipient"_s, report.recipient},
        {u"submitTo"_s, report.submitTo},
        {u"period"_s, report.followUpPeriod.from.isEmpty() ? QString()
                                                           : report.followUpPeriod.from + u"/"_s + report.followUpPeriod.to},
    };
    QVERIFY(fields.contains(field));
    QCOMPARE(fields.value(field), value);
}

void TestImportPasses::findDueDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addressees");
    QTest::addColumn<QStringList>("dueDates");

    QTest::newRow("one date for the board addressed")
        << u"Vi önskar nämndens yttrande senast den 31 mars 2025."_s << QStringList{u"Servicenämnden"_s}
        << QStringList{u"Servicenämnden first 2025-03-31"_s};
    QTest::newRow("dates with their boards in brackets")
        << u"Yttrandet ska vara revisorerna tillhanda senast 2025-03-31 (servicenämnden) respektive "
           "2025-04-04 (kommunstyrelsen)."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Servicenämnden"_s}
        << QStringList{u"Kommunstyrelsen first 2025-04-04"_s, u"Servicenämnden first 2025-03-31"_s};
    QTest::newRow("boards named, then their dates in order")
        << u"Vi önskar svar från kommunstyrelsen och servicenämnden senast 2025-03-31 respektive 2025-04-30."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Servicenämnden"_s}
        << QStringList{u"Kommunstyrelsen first 2025-03-31"_s, u"Servicenämnden first 2025-04-30"_s};
    QTest::newRow("first and follow-up rounds")
        << u"Vi önskar svar senast den 31 mars 2025.\n\nEtt uppföljande yttrande ska inkomma senast 2026-03-31."_s
        << QStringList{u"Kommunstyrelsen"_s}
        << QStringList{u"Kommunstyrelsen first 2025-03-31"_s, u"Kommunstyrelsen followUp 2026-03-31"_s};
    QTest::newRow("a meeting's date is no due date")
        << u"Revisorerna beslutade vid sammanträde den 12 mars 2025 att begära svar senast 2025-06-30."_s
        << QStringList{u"Kommunstyrelsen"_s} << QStringList{u"Kommunstyrelsen first 2025-06-30"_s};
    QTest::newRow("boards between the dates share the later one")
        << u"Revisorerna önskar ett svar från kommunstyrelsen senast den 31 januari 2025 och från äldrenämnden och "
           "omsorgsnämnden senast den 14 februari 2025."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Äldrenämnden"_s, u"Omsorgsnämnden"_s}
        << QStringList{u"Kommunstyrelsen first 2025-01-31"_s, u"Äldrenämnden first 2025-02-14"_s,
                       u"Omsorgsnämnden first 2025-02-14"_s};
    QTest::newRow("a date without a year: the first such day after the letter's date")
        << u"Trelleborg 2024-12-11\n\nRevisorerna vill ha kommunstyrelsens svar senast den 28 februari."_s
        << QStringList{u"Kommunstyrelsen"_s} << QStringList{u"Kommunstyrelsen first 2025-02-28"_s};
    QTest::newRow("a date without a year later in the letter's year")
        << u"2024-01-26\n\nRevisorerna önskar svar från kommunstyrelsen senast den 15 mars."_s
        << QStringList{u"Kommunstyrelsen"_s} << QStringList{u"Kommunstyrelsen first 2024-03-15"_s};
    QTest::newRow("a date without a year and no letter date is no due date")
        << u"Revisorerna önskar svar från kommunstyrelsen senast den 15 mars."_s
        << QStringList{u"Kommunstyrelsen"_s} << QStringList{};
    QTest::newRow("\"redovisar vidtagna åtgärder\" asks for the follow-up")
        << u"Revisorerna önskar att socialnämnden och kommunstyrelsen redovisar vidtagna åtgärder senast 2026-09-30."_s
        << QStringList{u"Kommunstyrelsen"_s, u"Socialnämnden"_s}
        << QStringList{u"Kommunstyrelsen followUp 2026-09-30"_s, u"Socialnämnden followUp 2026-09-30"_s};
    QTest::newRow("yttrar sig asks for a statement")
        << u"Revisorerna begär att kommunstyrelsen yttrar sig över rekommendationerna senast 2025-06-13."_s
        << QStringList{u"Kommunstyrelsen"_s} << QStringList{u"Kommunstyrelsen first 2025-06-13"_s};
    // Whatever the board: a letter that names none still says when the answer is due.
    QTest::newRow("no board named: the date for whichever board answers")
        << u"Vi önskar svar senast den 30 juni 2021."_s << QStringList{} << QStringList{u" first 2021-06-30"_s};
    QTest::newRow("för yttrande senast, no board named")
        << u"Rapporten överlämnas för yttrande senast 2021-06-30."_s << QStringList{} << QStringList{u" first 2021-06-30"_s};
    QTest::newRow("no board and no year")
        << u"Exempelby 2024-11-20\n\nVi önskar svar senast den 19januari."_s << QStringList{}
        << QStringList{u" first 2025-01-19"_s};
    QTest::newRow("a company's board by the name the report gave it, and a redovisning")
        << u"Tekniska nämnden och Exempelby Energi AB (bolaget) har granskats.\n\nTekniska nämnden ska svara senast den "
           "1 december 2025 och bolagets styrelse senast 2025-12-15. Revisorerna önskar en redovisning av vidtagna "
           "åtgärder från bolaget senast den 30 september 2026."_s
        << QStringList{u"Tekniska nämnden"_s, u"Exempelby Energi AB"_s}
        << QStringList{u"Tekniska nämnden first 2025-12-01"_s, u"Exempelby Energi AB first 2025-12-15"_s,
                       u"Exempelby Energi AB followUp 2026-09-30"_s};
    QTest::newRow("no statement asked for") << u"Granskningen gjordes senast 2024."_s
                                            << QStringList{u"Kommunstyrelsen"_s} << QStringList{};
}

void TestImportPasses::findDueDates()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addressees);
    QFETCH(QStringList, dueDates);
    ImportedReport report;
    report.addressees = addressees;
    BoardResolver boards(addressees);
    // As the import runs them: the names the report defines are known before the dates are read.
    const ReportText headedText = headed(text);
    ImportPasses::findAbbreviations(headedText, boards, report);
    ImportPasses::findDueDates(headedText, boards, report);
    QStringList found;
    for (const DueDate &d : std::as_const(report.dueDates)) {
        found.append(d.board + (d.round == StatementKind::First ? u" first "_s : u" followUp "_s)
                     + d.date.toString(Qt::ISODate));
    }
    QCOMPARE(found, dueDates);
}

void TestImportPasses::findAbbreviations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("abbreviations");

    QTest::newRow("defined in brackets after the board")
        << u"Barn- och utbildningsnämnden (BUN) och kommunstyrelsen (KS) har granskats."_s
        << QStringList{u"BUN Barn- och utbildningsnämnden"_s, u"KS Kommunstyrelsen"_s};
    QTest::newRow("the first definition is kept")
        << u"Socialnämnden (SN) har granskats.\n\nSocialnämnden och servicenämnden (SN) svarar."_s
        << QStringList{u"SN Socialnämnden"_s};
    QTest::newRow("a short name with a hyphen, and \"nedan\"")
        << u"Sjukhusstyrelsen (SUS-styrelsen) och hälso- och sjukvårdsnämnden (nedan HSN)."_s
        << QStringList{u"HSN Hälso- och sjukvårdsnämnden"_s, u"SUS-styrelsen Sjukhusstyrelsen"_s};
    QTest::newRow("a company called bolaget")
        << u"Tekniska nämnden och Halmstads Energi och Miljö AB (bolaget) har granskats."_s
        << QStringList{u"bolaget Halmstads Energi och Miljö AB"_s};
    QTest::newRow("none defined") << u"Kommunstyrelsen har granskats."_s << QStringList{};
}

void TestImportPasses::findAbbreviations()
{
    QFETCH(QString, text);
    QFETCH(QStringList, abbreviations);
    ImportedReport report;
    BoardResolver boards(QStringList{u"Kommunstyrelsen"_s});
    ImportPasses::findAbbreviations(headed(text), boards, report);
    QStringList found;
    for (auto it = report.abbreviations.cbegin(); it != report.abbreviations.cend(); ++it)
        found.append(it.key() + u' ' + it.value());
    QCOMPARE(found, abbreviations);
    // The passes after read each abbreviation, and its genitive, as its board.
    for (auto it = report.abbreviations.cbegin(); it != report.abbreviations.cend(); ++it) {
        QCOMPARE(boards.boardsIn(QString(it.key() + u" bör ta fram en plan."_s)), QStringList{it.value()});
        QCOMPARE(boards.boardsIn(QString(u"Enligt "_s + it.key() + u":s plan."_s)), QStringList{it.value()});
    }
    QCOMPARE(boards.boardsIn(u"SUSAN och HSNX"_s), QStringList());
    // Companies by their names, the audit firms not among them, "ab" in lower case no company.
    QCOMPARE(boards.boardsIn(u"Deloitte AB och KPMG AB har granskat Halmstads Energi och Miljö AB:s plan, en ab-fråga."_s),
             QStringList{u"Halmstads Energi och Miljö AB"_s});
}

// The item scanner's rules one by one: what a paragraph before a list says of the list.
void TestImportPasses::scanListIntroductions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("list"); // "kind: boards [remains|done]", or "none"

    QTest::newRow("recommendations to a board")
        << u"Utifrån granskningens resultat rekommenderar vi kommunstyrelsen att:"_s << u"recommendation: Kommunstyrelsen"_s;
    QTest::newRow("to two boards")
        << u"Revisorerna rekommenderar därför kommunstyrelsen och socialnämnden att:"_s
        << u"recommendation: Kommunstyrelsen, Socialnämnden"_s;
    QTest::newRow("ending in att, without a colon")
        << u"Mot bakgrund av ovanstående rekommenderas socialnämnden att"_s << u"recommendation: Socialnämnden"_s;
    QTest::newRow("questions for a written answer")
        << u"Vi vill ha ett skriftligt svar från socialnämnden på följande:"_s << u"question: Socialnämnden"_s;
    QTest::newRow("the audit's own questions are not the board's")
        << u"Granskningen ska besvara följande revisionsfrågor:"_s << u"none"_s;
    QTest::newRow("remaining after a follow-up")
        << u"Följande rekommendationer från granskningen 2024 kvarstår:"_s << u"recommendation:  remains"_s;
    QTest::newRow("done after a follow-up")
        << u"Följande rekommendationer har åtgärdats:"_s << u"recommendation:  done"_s;
    QTest::newRow("a list of findings")
        << u"Granskningen visar följande brister:"_s << u"none"_s;
    QTest::newRow("not the end of a sentence")
        << u"Vi rekommenderar kommunstyrelsen att se över rutinerna."_s << u"none"_s;
    QTest::newRow("urging a board")
        << u"Mot bakgrund av granskningen uppmanar vi socialnämnden att:"_s << u"recommendation: Socialnämnden"_s;
    QTest::newRow("proposing to a board")
        << u"Revisorerna föreslår att kommunstyrelsen:"_s << u"recommendation: Kommunstyrelsen"_s;
}

void TestImportPasses::scanListIntroductions()
{
    QFETCH(QString, text);
    QFETCH(QString, list);
    BoardResolver boards({u"Kommunstyrelsen"_s, u"Socialnämnden"_s});
    QStringList notes;
    const auto intro = ItemScanner(boards, notes).introOf(text);
    QString found = u"none"_s;
    if (intro) {
        found = (intro->kind == ItemKind::Question ? u"question: "_s : u"recommendation: "_s) + intro->boards.join(u", "_s)
            + (intro->remains ? u" remains"_s : QString()) + (intro->done ? u" done"_s : QString());
    }
    QCOMPARE(found, list);
}

// What a follow-up audit's paragraph says of a recommendation found before it.
void TestImportPasses::scanFollowUpStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status"); // "remains", "done" or "none", then " N" for a number

    QTest::newRow("remains") << u"Rekommendationen kvarstår."_s << u"remains"_s;
    QTest::newRow("numbered, remains")
        << u"Vi bedömer att rekommendation 3 fortfarande kvarstår då rutinen inte är beslutad."_s << u"remains 3"_s;
    QTest::newRow("partly done remains") << u"Status: Delvis åtgärdad"_s << u"remains"_s;
    QTest::newRow("numbered, done") << u"Rekommendation 2 är åtgärdad genom den nya riktlinjen."_s << u"done 2"_s;
    QTest::newRow("done as a label") << u"Bedömning: Åtgärdad."_s << u"done"_s;
    QTest::newRow("judged done") << u"Rekommendationen bedöms vara helt genomförd."_s << u"done"_s;
    QTest::newRow("work on the matter is not a status")
        << u"Nämnden har påbörjat arbetet med att åtgärda bristerna."_s << u"none"_s;
}

void TestImportPasses::scanFollowUpStatus()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QString number;
    QString found;
    switch (ItemScanner::statusOf(text, &number)) {
    case ItemScanner::Status::None:
        found = u"none"_s;
        break;
    case ItemScanner::Status::Remains:
        found = u"remains"_s;
        break;
    case ItemScanner::Status::Done:
        found = u"done"_s;
        break;
    }
    if (!number.isEmpty())
        found += u' ' + number;
    QCOMPARE(found, status);
}

// Which headings start a recommendations chapter or an assessment, and which words of a
// "Rekommendation N" heading are the recommendation itself.
void TestImportPasses::scanHeadings_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("kind"); // "chapter", "assessment", "wording" or "none"

    QTest::newRow("chapter") << u"Rekommendationer"_s << u"chapter"_s;
    QTest::newRow("chapter to a board") << u"Revisionens rekommendationer till kommunstyrelsen"_s << u"chapter"_s;
    QTest::newRow("assessment") << u"Revisionell bedömning"_s << u"assessment"_s;
    QTest::newRow("assessment and recommendations") << u"Samlad bedömning och rekommendationer"_s << u"assessment"_s;
    QTest::newRow("assessment criteria are not an assessment") << u"Bedömningsgrunder"_s << u"none"_s;
    QTest::newRow("what to do is the recommendation") << u"Tydliggör ansvaret för informationsklassning"_s << u"wording"_s;
    QTest::newRow("a title is not") << u"Intern kontroll"_s << u"none"_s;
}

void TestImportPasses::scanHeadings()
{
    QFETCH(QString, heading);
    QFETCH(QString, kind);
    QString found = u"none"_s;
    if (ItemScanner::isRecommendationChapter(heading))
        found = u"chapter"_s;
    else if (ItemScanner::isAssessmentHeading(heading))
        found = u"assessment"_s;
    else if (ItemScanner::isRecommendationWording(heading))
        found = u"wording"_s;
    QCOMPARE(found, kind);
}

// Which numbered lines of a text file are chapter headings rather than a list's next item.
void TestImportPasses::scanChapterHeadingLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("continuesList"); // the line's number follows the list's
    QTest::addColumn<bool>("heading");

    QTest::newRow("Inledning") << u"Inledning"_s << false << true;
    QTest::newRow("a chapter word even where the numbers go on") << u"Inledning"_s << true << true;
    QTest::newRow("two chapter words") << u"Inledning/bakgrund"_s << false << true;
    QTest::newRow("Revisionell bedömning") << u"Revisionell bedömning"_s << false << true;
    QTest::newRow("Syfte och revisionsfrågor") << u"Syfte och revisionsfrågor"_s << true << true;
    QTest::newRow("Slutsatser") << u"Slutsatser"_s << true << true;
    QTest::newRow("Bilaga") << u"Bilaga 1 Intervjuade funktioner"_s << true << true;
    QTest::newRow("a title where the numbering breaks off") << u"Styrning och uppföljning"_s << false << true;
    QTest::newRow("a title within the list's numbering is an item") << u"Styrning och uppföljning"_s << true << false;
    QTest::newRow("a recommendation starting with a verb")
        << u"Inled ett arbete med att ta fram rutiner för avtalsuppföljning"_s << false << false;
    QTest::newRow("a short recommendation starting with a verb") << u"Inled ett arbete med rutiner"_s << true << false;
    QTest::newRow("a board that should") << u"Kommunstyrelsen bör ta fram en plan"_s << false << false;
    QTest::newRow("a sentence") << u"Bedömningen görs årligen."_s << false << false;
    QTest::newRow("a list item in lower case") << u"säkerställa att uppföljningen redovisas"_s << false << false;
}

void TestImportPasses::scanChapterHeadingLines()
{
    QFETCH(QString, text);
    QFETCH(bool, continuesList);
    QFETCH(bool, heading);
    QCOMPARE(ItemScanner::isChapterHeadingLine(text, continuesList), heading);
}

// Each way a report writes an item, scanned alone: the candidates as found, before repeats
// are merged. "(…)" is offered unselected; "[remains]" a recommendation that remains.
void TestImportPasses::scanRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<int>("notes");

    QTest::newRow("a Rekommendation N heading with its text after it")
        << u"# Rekommendation 1\n\nKommunstyrelsen bör ta fram en plan för kontinuitetshantering."_s
        << QStringList{u"recommendation Kommunstyrelsen: Kommunstyrelsen bör ta fram en plan för kontinuitetshantering."_s} << 0;
    QTest::newRow("a Rekommendation N heading that is the recommendation")
        << u"# Rekommendation 2: Säkerställ att behörigheter följs upp årligen\n\nUppföljningen saknas i dag."_s
        << QStringList{u"recommendation Kommunstyrelsen: Säkerställ att behörigheter följs upp årligen"_s} << 0;
    QTest::newRow("a sentence in the text")
        << u"# Iakttagelser\n\nVi rekommenderar därför socialnämnden att säkerställa att avvikelser rapporteras."_s
        << QStringList{u"recommendation Socialnämnden: Säkerställa att avvikelser rapporteras"_s} << 0;
    QTest::newRow("an earlier recommendation remains")
        << u"# Uppföljning\n\nDen tidigare rekommendationen att ta fram en informationssäkerhetspolicy kvarstår."_s
        << QStringList{u"recommendation Kommunstyrelsen: Ta fram en informationssäkerhetspolicy [remains]"_s} << 0;
    QTest::newRow("a listed recommendation marked done")
        << u"# Rekommendationer\n\nVi rekommenderar kommunstyrelsen att:\n\n1. upprätta en rutin för avtalsuppföljning\n"
           "2. utbilda beställarna\n\nRekommendation 2 är åtgärdad."_s
        << QStringList{u"recommendation Kommunstyrelsen: Upprätta en rutin för avtalsuppföljning"_s,
                       u"(recommendation Kommunstyrelsen: Utbilda beställarna)"_s}
        << 1;
    QTest::newRow("a board's sub-heading in the chapter")
        << u"# Rekommendationer\n\n## Socialnämnden\n\n- Säkerställ att genomförandeplaner upprättas"_s
        << QStringList{u"recommendation Socialnämnden: Säkerställ att genomförandeplaner upprättas"_s} << 0;
    QTest::newRow("a board that should, in the chapter")
        << u"# Rekommendationer\n\nSocialnämnden bör säkerställa att genomförandeplaner upprättas."_s
        << QStringList{u"recommendation Socialnämnden: Socialnämnden bör säkerställa att genomförandeplaner upprättas."_s} << 0;
    QTest::newRow("questions as paragraphs")
        << u"Vi vill ha ett skriftligt svar på följande:\n\nHur säkerställer nämnden att avvikelser rapporteras?"_s
        << QStringList{u"question Kommunstyrelsen: Hur säkerställer nämnden att avvikelser rapporteras?"_s} << 0;
    QTest::newRow("a labelled assessment")
        << u"# Iakttagelser\n\nBedömning: Vi bedömer att den interna kontrollen inte är tillräcklig."_s
        << QStringList{u"(assessment Kommunstyrelsen: Vi bedömer att den interna kontrollen inte är tillräcklig.)"_s} << 0;
    // The list stays a list in the Markdown of the assessment: a blank line before it.
    QTest::newRow("an assessment section with a list")
        << u"# Bedömning\n\nVi bedömer att:\n\n- rutinerna är kända\n- uppföljningen brister"_s
        << QStringList{u"(assessment Kommunstyrelsen: Vi bedömer att:\n\n- rutinerna är kända\n- uppföljningen brister)"_s} << 0;
    QTest::newRow("a chapter heading after a numbered list ends it")
        << u"Vi rekommenderar kommunstyrelsen att:\n\n1. upprätta en rutin för avtalsuppföljning\n\n"
           "2. utbilda beställarna i regelverket\n\n3. Inledning\n\n3.1 Bakgrund\n\nVi har granskat upphandlingen."_s
        << QStringList{u"recommendation Kommunstyrelsen: Upprätta en rutin för avtalsuppföljning"_s,
                       u"recommendation Kommunstyrelsen: Utbilda beställarna i regelverket"_s}
        << 0;
    QTest::newRow("a chapter heading after a bulleted list ends it")
        << u"# Rekommendationer\n\n- Socialnämnden säkerställer att avvikelser rapporteras.\n\n1. Inledning\n\n"
           "- intervjuer med tjänstepersoner"_s
        << QStringList{u"recommendation Socialnämnden: Socialnämnden säkerställer att avvikelser rapporteras."_s} << 0;
    QTest::newRow("an assessment heading after a list is no item")
        << u"Följande rekommendationer kvarstår:\n\n- fastställa mål för det förebyggande arbetet\n\n"
           "3. Revisionell bedömning\n\nVår sammanfattande bedömning är att styrelsen delvis har vidtagit åtgärder."_s
        << QStringList{u"recommendation Kommunstyrelsen: Fastställa mål för det förebyggande arbetet [remains]"_s} << 0;
    QTest::newRow("a numbered recommendation starting with a verb stays an item")
        << u"Vi rekommenderar kommunstyrelsen att:\n\n1. Inled ett arbete med att ta fram rutiner\n\n"
           "2. Utbilda beställarna"_s
        << QStringList{u"recommendation Kommunstyrelsen: Inled ett arbete med att ta fram rutiner"_s,
                       u"recommendation Kommunstyrelsen: Utbilda beställarna"_s}
        << 0;
    QTest::newRow("urging a board")
        << u"# Sammanfattning\n\nVi uppmanar kommunstyrelsen att ta fram gemensamma krav på internkontrollplaner."_s
        << QStringList{u"recommendation Kommunstyrelsen: Ta fram gemensamma krav på internkontrollplaner"_s} << 0;
    QTest::newRow("proposing that a board does")
        << u"# Sammanfattning\n\nNämnden saknar rutiner. Vi föreslår att socialnämnden kompletterar sin "
           "internkontrollplan med kontroller av verkställigheten."_s
        << QStringList{u"recommendation Socialnämnden: Socialnämnden kompletterar sin internkontrollplan med kontroller av "
                       "verkställigheten"_s}
        << 0;
    QTest::newRow("auditors proposing, verb first")
        << u"# Bedömning\n\nSammantaget föreslår revisorerna därför kommunstyrelsen att revidera riktlinjen för "
           "intern kontroll."_s
        << QStringList{u"recommendation Kommunstyrelsen: Revidera riktlinjen för intern kontroll"_s,
                       u"(assessment Kommunstyrelsen: Sammantaget föreslår revisorerna därför kommunstyrelsen att "
                       "revidera riktlinjen för intern kontroll.)"_s}
        << 0;
    QTest::newRow("a proposal to no board is none")
        << u"# Iakttagelser\n\nVi föreslår att rutinen ses över."_s << QStringList{} << 0;
    QTest::newRow("a sub-item belongs to the item above")
        << u"Vi rekommenderar kommunstyrelsen att:\n\n- ta fram rutiner för\n    - behörigheter\n    - loggning\n"
           "- följa upp rutinerna årligen"_s
        << QStringList{u"recommendation Kommunstyrelsen: Ta fram rutiner för\n- behörigheter\n- loggning"_s,
                       u"recommendation Kommunstyrelsen: Följa upp rutinerna årligen"_s}
        << 0;
}

void TestImportPasses::scanRules()
{
    QFETCH(QString, text);
    QFETCH(QStringList, items);
    QFETCH(int, notes);
    BoardResolver boards({u"Kommunstyrelsen"_s});
    QStringList noted;
    const QList<ImportCandidate> found = ItemScanner(boards, noted).scan(headed(text).blocks());
    QStringList candidates;
    for (const ImportCandidate &c : found) {
        const QString d = described({c}).first() + (c.remains ? u" [remains]"_s : QString());
        candidates.append(c.selected ? d : u"("_s + d + u")"_s);
    }
    QCOMPARE(candidates, items);
    QCOMPARE(noted.size(), notes);
}

QTEST_GUILESS_MAIN(TestImportPasses)
#include "tst_importpasses.moc"
