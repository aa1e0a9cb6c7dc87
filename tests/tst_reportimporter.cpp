// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/boardresolver.h"
#include "import/detailfinder.h"
#include "import/itemfinder.h"
#include "import/reportimporter.h"
#include "import/reportreader.h"
#include "import/reporttext.h"
#include "syntheticreport.h"
#include "testhelpers.h"
#include "validation/validator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

QString importPath(const QString &name)
{
    return test::dataPath(u"import/"_s + name);
}

QString kindName(ItemKind kind)
{
    return enumName(itemKindNames, kind);
}

/// A candidate on one line, so a whole report's candidates compare as a list and a failure
/// shows the line that differs: kind|boards|number|selected|remains|sections|text.
QString describeCandidate(const ImportCandidate &c)
{
    QStringList sections;
    for (const ImportPlace &p : c.places)
        sections.append(p.section);
    return u"%1|%2|%3|%4|%5|%6|%7"_s.arg(kindName(c.kind), c.boards.join(u","_s), c.number,
                                          c.selected ? u"selected"_s : u"-"_s, c.remains ? u"remains"_s : u"-"_s,
                                          sections.join(u","_s), c.text);
}

QStringList describeCandidates(const ImportedReport &report)
{
    QStringList lines;
    for (const ImportCandidate &c : report.candidates)
        lines.append(describeCandidate(c));
    return lines;
}

QStringList describeDueDates(const ImportedReport &report)
{
    QStringList lines;
    for (const DueDate &d : report.dueDates)
        lines.append(u"%1|%2|%3"_s.arg(d.board, enumName(statementKindNames, d.round), d.date.toString(Qt::ISODate)));
    return lines;
}

/// The details a statement takes from the report, one per line.
QStringList describeDetails(const ImportedReport &r)
{
    return {u"title: "_s + r.title,
            u"reference: "_s + r.reference,
            u"auditor: "_s + r.auditor,
            u"reportDate: "_s + r.reportDate,
            u"decisionDate: "_s + r.decisionDate,
            u"recipient: "_s + r.recipient,
            u"submitTo: "_s + r.submitTo,
            u"period: "_s + r.followUpPeriod.from + u".."_s + r.followUpPeriod.to,
            u"addressees: "_s + r.addressees.join(u", "_s),
            u"informed: "_s + r.informed.join(u", "_s),
            u"conclusion: "_s + r.conclusion};
}

bool hasNote(const ImportedReport &report, const QString &part)
{
    return std::any_of(report.notes.cbegin(), report.notes.cend(), [&](const QString &n) { return n.contains(part); });
}

QString paragraphContaining(const QString &path, const QString &part)
{
    const auto pages = ReportReader::read(path);
    if (!pages)
        return {};
    const ReportText text(pages.value());
    for (const ReportBlock &b : text.blocks()) {
        if (b.text.contains(part))
            return b.text;
    }
    return {};
}

/// A fixture as a word processor would print it: the page headers and footers a text file
/// carries as lines of its own are left to the PDF's headers and footers. (The chapter
/// fixture's title is also its running header: its first use stays.)
QString printable(const QString &text)
{
    static const QRegularExpression runningLine(u"^(?:Exempelby kommun(?:\\s{4}.*)?|Granskning av fritidsverksamheten|"
                                                "2023-09-01|Sida \\d+ av \\d+)$"_s);
    const QString title = u"Granskning av fritidsverksamheten"_s;
    bool titleSeen = false;
    QStringList kept;
    for (const QString &line : text.split(u'\n')) {
        const bool firstTitle = line == title && !titleSeen;
        titleSeen = titleSeen || line == title;
        if (!firstTitle && runningLine.match(line.trimmed()).hasMatch()) {
            if (line.contains(u'\f'))
                kept.append(u"\f"_s); // the page break stays
            continue;
        }
        kept.append(line);
    }
    return kept.join(u'\n');
}

Result<ImportedReport, FileError> importPdfOf(const QString &markup, const QString &path, const test::PdfStyle &style)
{
    if (!test::writePdfReport(markup, path, style))
        return Result<ImportedReport, FileError>::failure({FileError::Kind::CannotWrite, path, {}, u"cannot write"_s});
    return ReportImporter::import(path);
}

} // namespace

/// ReportImporter and its parts: reading PDF and text reports, the clean-up of PDF text,
/// finding the audit's details, due dates and items, and making the statement.
class TestReportImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Clean-up rules, one by one.
    void bullets_data();
    void bullets();
    void notBullets_data();
    void notBullets();
    void joinedLines_data();
    void joinedLines();
    void pageNumbers_data();
    void pageNumbers();
    void normalisedLine();
    void headingText_data();
    void headingText();
    void sentences();
    void boardNames();
    void runningHeadersByPosition();

    // Reports written in the shapes auditors use.
    void bulletedListsForTwoBoards();
    void numberedRecommendations();
    void questionsInCoverLetter();
    void followUpAudit();
    void recommendationsChapter();
    void chaptersNumberedWithDots();
    void listItemsContinuingTheirIntroduction();

    // The same reports as PDFs.
    void pdfReadsLikeText_data();
    void pdfReadsLikeText();
    void pdfCleanUpIsExercised();
    void pdfFootnotes();
    void passwordFreeEncryptedPdfIsRead();

    // Files that are no readable report.
    void badFiles_data();
    void badFiles();
    void encryptedPdf();
    void scannedPdf();
    void missingFile();

    // The statement made from the report.
    void statementForOneBoard();
    void statementForAllBoards();
    void statementWithQuestionsAndAssessments();
    void statementForUnknownBoard();

    // The board the user names, taken for one the report lists or refused.
    void chooseBoard_data();
    void chooseBoard();
    void abbreviationsTheReportDefines();
    void reportWithoutBoardsTakesTheNamedBoard();
    void letterNamingOnlyTheAuditedBoard();

    // The real documents, when they are beside the project.
    void seedMalmoSr2020();
    void seedMalmoSr2020AsPdf();
    void seedMalmoSr2024();

private:
    QTemporaryDir m_dir;
};

void TestReportImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestReportImporter::bullets_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("text");

    const QString text = u"Etablera en organisation"_s;
    const QList<std::pair<const char *, QString>> glyphs = {
        {"bullet", u"•"_s},           {"hyphen U+2010", u"‐"_s},  {"hyphen-minus", u"-"_s},
        {"en dash", u"–"_s},          {"em dash", u"—"_s},        {"Symbol font U+F0B7", QString(QChar(0xF0B7))},
        {"Wingdings U+F0A7", QString(QChar(0xF0A7))}, {"small square", u"▪"_s}, {"black square", u"■"_s},
        {"letter o", u"o"_s},         {"asterisk", u"*"_s},       {"arrow", u"➢"_s},
        {"white bullet", u"◦"_s},     {"middle dot", u"·"_s},     {"triangle", u"►"_s},
        {"check mark", u"✓"_s},
    };
    for (const auto &[name, glyph] : glyphs)
        QTest::newRow(name) << glyph + u"  "_s + text << glyph << QString() << text;
    QTest::newRow("indented") << u"    •\t"_s + text << u"•"_s << QString() << text;
    QTest::newRow("no space after glyph") << u"•"_s + text << u"•"_s << QString() << text;
    QTest::newRow("glyph alone") << u"•"_s << u"•"_s << QString() << QString();
    QTest::newRow("PUA glyph alone") << QString(QChar(0xF0B7)) << QString(QChar(0xF0B7)) << QString() << QString();
    QTest::newRow("number with dot") << u"1. "_s + text << u"1."_s << u"1"_s << text;
    QTest::newRow("number with bracket") << u"12) "_s + text << u"12)"_s << u"12"_s << text;
    QTest::newRow("number in brackets") << u"(3) "_s + text << u"(3)"_s << u"3"_s << text;
    QTest::newRow("letter with bracket") << u"b) "_s + text << u"b)"_s << u"b"_s << text;
}

void TestReportImporter::bullets()
{
    QFETCH(QString, line);
    QFETCH(QString, marker);
    QFETCH(QString, number);
    QFETCH(QString, text);
    const auto bullet = ReportText::bulletOf(line);
    QVERIFY(bullet.has_value());
    QCOMPARE(bullet->marker, marker);
    QCOMPARE(bullet->number, number);
    QCOMPARE(bullet->text, text);
}

void TestReportImporter::notBullets_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("word with o") << u"ordningen är god"_s;
    QTest::newRow("compound with hyphen") << u"IT-säkerheten brister"_s;
    QTest::newRow("negative figure") << u"- 5"_s;
    QTest::newRow("hyphen alone") << u"-"_s;
    QTest::newRow("o alone") << u"o"_s;
    QTest::newRow("year") << u"2020 års revisionsplan"_s;
    QTest::newRow("numbered heading") << u"4.2 Rekommendationer"_s;
    QTest::newRow("hyphen glued to a word") << u"-talet"_s;
}

void TestReportImporter::notBullets()
{
    QFETCH(QString, line);
    QVERIFY(!ReportText::bulletOf(line).has_value());
}

void TestReportImporter::joinedLines_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("joined");

    QTest::newRow("sentence") << u"för att styra"_s << u"arbetet"_s << u"för att styra arbetet"_s;
    QTest::newRow("hyphenated word") << u"för informa-"_s << u"tionssäkerhet"_s << u"för informationssäkerhet"_s;
    QTest::newRow("soft hyphen") << u"för informa\u00ad"_s << u"tionssäkerhet"_s << u"för informationssäkerhet"_s;
    QTest::newRow("hyphen of the word") << u"stadens IT-"_s << u"säkerhet"_s << u"stadens IT-säkerhet"_s;
    QTest::newRow("date") << u"senast 2026-01-"_s << u"30 (servicenämnden)"_s << u"senast 2026-01-30 (servicenämnden)"_s;
    QTest::newRow("shared ending") << u"informations-"_s << u"och IT-säkerhet"_s << u"informations- och IT-säkerhet"_s;
    QTest::newRow("shared endings") << u"reserv-"_s << u"återgång- och"_s << u"reserv- återgång- och"_s;
    QTest::newRow("one letter") << u"via e-"_s << u"post"_s << u"via e-post"_s;
    QTest::newRow("dash") << u"styrning -"_s << u"och uppföljning"_s << u"styrning - och uppföljning"_s;
}

void TestReportImporter::joinedLines()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, joined);
    QCOMPARE(ReportText::joined(first, second), joined);
}

void TestReportImporter::pageNumbers_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("isPageNumber");
    QTest::newRow("number") << u"3"_s << true;
    QTest::newRow("dashes") << u"- 3 -"_s << true;
    QTest::newRow("sida av") << u"Sida 3 av 40"_s << true;
    QTest::newRow("sida") << u"sida 12"_s << true;
    QTest::newRow("brackets") << u"3 (40)"_s << true;
    QTest::newRow("slash") << u"3/40"_s << true;
    QTest::newRow("english") << u"Page 3 of 40"_s << true;
    QTest::newRow("year") << u"2020"_s << false;
    QTest::newRow("word") << u"Sida"_s << false;
    QTest::newRow("chapter") << u"3 kap."_s << false;
    QTest::newRow("heading") << u"3 Resultat"_s << false;
}

void TestReportImporter::pageNumbers()
{
    QFETCH(QString, line);
    QFETCH(bool, isPageNumber);
    QCOMPARE(ReportText::isPageNumber(line), isPageNumber);
}

void TestReportImporter::normalisedLine()
{
    QCOMPARE(ReportText::normalisedLine(u"  \ufb01nns \ufb02era e\ufb00ekter  "), u"finns flera effekter"_s);
    QCOMPARE(ReportText::normalisedLine(u"Malmö\u00a0stad\u200b"), u"Malmö stad"_s);
    QCOMPARE(ReportText::normalisedLine(u"Rapport\tsida"), u"Rapport  sida"_s);
    // A soft hyphen inside a line is invisible; at its end it marks a broken word.
    QCOMPARE(ReportText::normalisedLine(u"intern\u00adkontroll"), u"internkontroll"_s);
    QCOMPARE(ReportText::normalisedLine(u"intern\u00ad"), u"intern\u00ad"_s);
}

void TestReportImporter::headingText_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("heading");
    QTest::newRow("chapter") << u"4 Slutsats och rekommendationer"_s << true;
    QTest::newRow("section") << u"4.2 Rekommendationer"_s << true;
    QTest::newRow("subsection") << u"3.1.6 Bedömning"_s << true;
    QTest::newRow("keyword") << u"Bedömning"_s << true;
    QTest::newRow("keyword with colon") << u"Revisionell bedömning:"_s << true;
    QTest::newRow("recommendations to") << u"Rekommendationer till kommunstyrelsen"_s << true;
    QTest::newRow("recommendation n") << u"Rekommendation 3"_s << true;
    QTest::newRow("recommendation n with title") << u"Rekommendation 2 – Prognoser"_s << true;
    QTest::newRow("appendix") << u"Bilaga 1 Intervjupersoner"_s << true;
    QTest::newRow("capitals") << u"MISSIV"_s << true;
    QTest::newRow("numbered list item") << u"1. Etablera en organisation"_s << false;
    QTest::newRow("sentence") << u"Vår bedömning är att nämnden brister."_s << false;
    QTest::newRow("lower case after number") << u"2 miljoner kronor avsattes"_s << false;
    QTest::newRow("table of contents entry keeps a number") << u"Bedömningar och iakttagelser i detalj för nämnden."_s << false;
}

void TestReportImporter::headingText()
{
    QFETCH(QString, line);
    QFETCH(bool, heading);
    QCOMPARE(ReportText::isHeadingText(line), heading);
}

void TestReportImporter::sentences()
{
    const QStringList s = DetailFinder::sentences(
        u"Yttrandet skickas till registrera.stadsrevisionen@malmo.se senast 2021-03-26. Svaret ska t.ex. "
        "innehålla bl.a. en plan. K. Andersson har skrivit under. Klart?"_s);
    QCOMPARE(s, QStringList({u"Yttrandet skickas till registrera.stadsrevisionen@malmo.se senast 2021-03-26."_s,
                             u"Svaret ska t.ex. innehålla bl.a. en plan."_s, u"K. Andersson har skrivit under."_s,
                             u"Klart?"_s}));
}

void TestReportImporter::boardNames()
{
    BoardResolver boards({u"Kommunstyrelsen"_s, u"Servicenämnden"_s, u"Kultur- och fritidsnämnden"_s});
    QCOMPARE(boards.canonical(u"kommunstyrelsens"), u"Kommunstyrelsen"_s);
    QCOMPARE(boards.canonical(u"serviceenämnden"), u"Servicenämnden"_s); // a typo in the template
    QCOMPARE(boards.canonical(u"Kultur- och fritidsnämndens"), u"Kultur- och fritidsnämnden"_s);
    QCOMPARE(boards.canonical(u"tekniska nämnden"), u"Tekniska nämnden"_s);
    QVERIFY(!boards.match(u"Tekniska nämnden").has_value());
    QCOMPARE(boards.split(u"kommunstyrelsen och servicenämnden"), QStringList({u"Kommunstyrelsen"_s, u"Servicenämnden"_s}));
    QCOMPARE(boards.split(u"Kultur- och fritidsnämnden"), QStringList({u"Kultur- och fritidsnämnden"_s}));
    QCOMPARE(boards.split(u"nämnden"), QStringList()); // several boards: which one is not said
    QCOMPARE(BoardResolver({u"Socialnämnden"_s}).split(u"nämnden"), QStringList({u"Socialnämnden"_s}));
    QCOMPARE(boards.boardsIn(u"Servicenämndens yttrande ska skickas till revisionskontoret senast 2021-03-26."),
             QStringList({u"Servicenämnden"_s}));
    QCOMPARE(boards.boardsIn(u"Nämnderna och revisorskollegiet"), QStringList());
    QVERIFY(BoardResolver::isBoardName(u"Nämnden för funktionsstöd"));
    QVERIFY(BoardResolver::isBoardName(u"Kommunfullmäktige"));
    QVERIFY(!BoardResolver::isBoardName(u"Nämnden"));
    QVERIFY(!BoardResolver::isBoardName(u"Kommunstyrelsen har beslutat"));
}

void TestReportImporter::runningHeadersByPosition()
{
    // Five PDF pages: a header in the top margin and a page number in the bottom margin on
    // every page after the cover; one paragraph runs over a page break.
    const auto line = [](const QString &text, double top, double left = 64) {
        ReportLine l;
        l.text = text;
        l.top = top;
        l.bottom = top + 11;
        l.left = left;
        l.contentLeft = left;
        l.right = left + 5.2 * double(text.size());
        l.height = 11;
        return l;
    };
    QList<ReportPage> pages;
    for (int p = 1; p <= 5; ++p) {
        ReportPage page{p, 595, 842, {}};
        if (p > 1)
            page.lines.append(line(u"Exempelby kommun  Granskning av upphandling  2023-05-10"_s, 30));
        if (p == 1)
            page.lines.append(line(u"Granskning av upphandling"_s, 40));
        page.lines.append(line(u"Stycke %1 börjar här och fortsätter över hela raden med"_s.arg(p), 100));
        page.lines.append(line(u"fler ord som hör till samma mening."_s, 115));
        page.lines.append(line(u"Sista stycket på sidan %1 slutar inte med punkt utan fortsätter på"_s.arg(p), 160));
        if (p > 1)
            page.lines.append(line(u"Sida %1 av 5"_s.arg(p), 810, 280));
        pages.append(page);
    }
    const ReportText text(pages);
    QCOMPARE(text.runningLines().size(), 8);
    QStringList blocks;
    for (const ReportBlock &b : text.blocks())
        blocks.append(b.text);
    QCOMPARE(blocks.first(), u"Granskning av upphandling"_s); // on the cover only: kept
    QCOMPARE(blocks.at(1), u"Stycke 1 börjar här och fortsätter över hela raden med fler ord som hör till samma mening."_s);
    QCOMPARE(blocks.at(2), u"Sista stycket på sidan 1 slutar inte med punkt utan fortsätter på Stycke 2 börjar här och "
                           "fortsätter över hela raden med fler ord som hör till samma mening."_s);
    for (const QString &b : std::as_const(blocks)) {
        QVERIFY2(!b.contains(u"Exempelby"_s) && !b.contains(u"Sida"_s), qPrintable(b));
    }
}

void TestReportImporter::bulletedListsForTwoBoards()
{
    const auto imported = ReportImporter::import(importPath(u"bulleted-two-boards.txt"_s));
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QCOMPARE(describeDetails(r),
             QStringList({u"title: Granskning av intern kontroll"_s, u"reference: KR-2017/0039"_s,
                          u"auditor: PwC"_s, u"reportDate: 2018-01-30"_s,
                          u"decisionDate: 2018-02-14"_s, u"recipient: Kommunrevisionen"_s,
                          u"submitTo: revision@exempelby.se"_s, u"period: 2018-01-01..2018-12-31"_s,
                          u"addressees: Kommunstyrelsen, Tekniska nämnden"_s, u"informed: Kommunfullmäktige"_s,
                          u"conclusion: Vår sammanfattande bedömning är att kommunstyrelsen och tekniska nämnden delvis har "
                          "säkerställt en tillräcklig intern kontroll."_s}));
    // "senast den 23 mars 2018 och tekniska nämndens senast den 6 april 2018", "senast
    // 2019-01-31 av kommunstyrelsen och senast 2019-02-15 av tekniska nämnden".
    QCOMPARE(describeDueDates(r), QStringList({u"Kommunstyrelsen|first|2018-03-23"_s, u"Tekniska nämnden|first|2018-04-06"_s,
                                               u"Kommunstyrelsen|followUp|2019-01-31"_s,
                                               u"Tekniska nämnden|followUp|2019-02-15"_s}));
    // The summary's lists (•, ▪) and the conclusions' ( from the Symbol font, –) are one
    // set of items; "kontrolen" in the second copy is a typo of the first.
    QCOMPARE(describeCandidates(r),
             QStringList({
                 u"recommendation|Kommunstyrelsen||selected|-|1,4.1|Fastställa ett reglemente för intern kontroll som tydliggör ansvaret för nämnderna"_s,
                 u"recommendation|Kommunstyrelsen||selected|-|1,4.1|Säkerställa att riskanalyser genomförs årligen och dokumenteras i en internkontrollplan"_s,
                 u"recommendation|Kommunstyrelsen||selected|-|1,4.1|Följa upp nämndernas internkontrollplaner och rapportering"_s,
                 u"recommendation|Tekniska nämnden||selected|-|1,4.1|Upprätta en internkontrollplan baserad på en dokumenterad riskanalys"_s,
                 u"recommendation|Tekniska nämnden||selected|-|1,4.1|Rapportera resultatet av den interna kontrollen till nämnden två gånger per år"_s,
                 u"assessment|Kommunstyrelsen||-|-|3.1|Vi bedömer att kommunstyrelsen inte har säkerställt ett aktuellt regelverk för den interna kontrollen. Styrelsens uppsikt över nämndernas arbete behöver stärkas."_s,
                 u"assessment|Tekniska nämnden||-|-|3.2|Vi bedömer att tekniska nämnden delvis har en tillräcklig intern kontroll. Följande brister har noterats:\n\n- internkontrollplanen saknar riskanalys\n- rapporteringen till nämnden är ofullständig"_s,
                 u"recommendation|Kommunstyrelsen||selected|-|4|Säkerställa att nämndernas internkontrollplaner följs upp vid varje tertialbokslut"_s,
             }));
    QCOMPARE(r.candidates.first().places.last().heading, u"Rekommendationer"_s);
    QVERIFY(hasNote(r, u"slightly different wording"_s));
    // "Granskningen ska besvara följande revisionsfrågor:" are the audit's own questions.
    QCOMPARE(r.count(ItemKind::Question), 0);
    QCOMPARE(r.pageCount, 0);
}

void TestReportImporter::numberedRecommendations()
{
    const auto imported = ReportImporter::import(importPath(u"numbered-recommendations.txt"_s));
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QCOMPARE(r.title, u"Granskning av socialnämndens ekonomistyrning"_s);
    QCOMPARE(r.reference, u"REV 2022/7"_s);
    QCOMPARE(r.auditor, u"Revisorerna i Norrby kommun"_s);
    QCOMPARE(r.reportDate, u"2022-03-15"_s); // "Datum: 2022-03-15"
    QCOMPARE(r.addressees, QStringList{u"Socialnämnden"_s}); // "Till: Socialnämnden"
    QCOMPARE(r.informed, QStringList{u"Kommunstyrelsen"_s}); // "Kopia: Kommunstyrelsen"
    QCOMPARE(describeDueDates(r), QStringList{u"Socialnämnden|first|2022-06-07"_s});
    // "Rekommendation N" headings with the text below or after a colon; a list under one;
    // "nämnden" is the report's only board.
    QCOMPARE(describeCandidates(r),
             QStringList({
                 u"assessment|Socialnämnden||-|-|2.1|Vi bedömer att socialnämnden inte har en tillräcklig budgetuppföljning. Rapporteringen är för sällan förekommande för att nämnden ska kunna styra ekonomin."_s,
                 u"assessment|Socialnämnden||-|-|2.2|Delvis uppfyllt. Prognosarbetet är dokumenterat men träffsäkerheten är låg."_s,
                 u"recommendation|Socialnämnden|1|selected|-|3|Socialnämnden bör säkerställa att budgetuppföljningen redovisas för nämnden varje månad."_s,
                 u"recommendation|Socialnämnden|2|selected|-|3|Nämnden bör ta fram rutiner för prognosarbetet så att avvikelser upptäcks i tid."_s,
                 u"recommendation|Socialnämnden|3|selected|-|3|Säkerställa att åtgärdsplaner tas fram när prognosen visar underskott."_s,
                 u"recommendation|Socialnämnden||selected|-|3|Tydliggöra ansvaret för ekonomisk uppföljning på enhetsnivå"_s,
                 u"recommendation|Socialnämnden||selected|-|3|Utbilda enhetschefer i budgetuppföljning"_s,
             }));
    QCOMPARE(r.candidates.at(2).places.first().heading, u"Rekommendation 1"_s);
}

void TestReportImporter::questionsInCoverLetter()
{
    const auto imported = ReportImporter::import(importPath(u"questions-letter.md"_s));
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QCOMPARE(r.title, u"Granskning av lokalförsörjning"_s);
    QCOMPARE(r.reference, u"SR-2024-12"_s);
    QCOMPARE(r.auditor, u"Exempelstads stadsrevision"_s);
    QCOMPARE(r.addressees, QStringList({u"Servicenämnden"_s, u"Kommunstyrelsen"_s}));
    QCOMPARE(r.informed, QStringList{u"Kommunfullmäktige"_s});
    QCOMPARE(r.submitTo, u"stadsrevisionen@exempelstad.se"_s);
    // "senast 2025-03-31 (servicenämnden) respektive 2025-04-04 (kommunstyrelsen)", and the
    // follow-up's first date broken over a blank line ("2026-01-" / "30").
    QCOMPARE(describeDueDates(r), QStringList({u"Servicenämnden|first|2025-03-31"_s, u"Kommunstyrelsen|first|2025-04-04"_s,
                                               u"Servicenämnden|followUp|2026-01-30"_s,
                                               u"Kommunstyrelsen|followUp|2026-02-27"_s}));
    const QString section = u"Granskning av lokalförsörjning SR-2024-12"_s;
    QCOMPARE(describeCandidates(r),
             QStringList({
                 u"question|Kommunstyrelsen|1|selected|-|%1|Hur avser kommunstyrelsen att säkerställa en samlad lokalförsörjningsplan?"_s.arg(section),
                 u"question|Servicenämnden|2|selected|-|%1|Vilka åtgärder vidtar servicenämnden för att minska antalet vakanta lokaler?"_s.arg(section),
                 u"question|Servicenämnden,Kommunstyrelsen|3|selected|-|%1|När kommer servicenämnden och kommunstyrelsen att ha en gemensam rutin för lokalbehov?"_s.arg(section),
                 u"question|||selected|-|%1|Har nämnderna analyserat kostnaderna för tomma lokaler?"_s.arg(section),
             }));
    QVERIFY(hasNote(r, u"does not say which board"_s));
    QVERIFY(!hasNote(r, u"No recommendations or questions"_s));
}

void TestReportImporter::followUpAudit()
{
    const QString path = importPath(u"followup-audit.txt"_s);
    const auto imported = ReportImporter::import(path);
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QCOMPARE(r.pageCount, 3); // form feeds
    QCOMPARE(r.title, u"Uppföljning av granskning av kontinuitetsplanering"_s);
    QCOMPARE(r.reference, u"REV 2023/12"_s);
    QCOMPARE(r.reportDate, u"2023-05-10"_s); // from the running header
    QCOMPARE(r.addressees, QStringList{u"Miljö- och byggnadsnämnden"_s});
    // "senast 2024-03-" / "29." broken over two lines.
    QCOMPARE(describeDueDates(r), QStringList({u"Miljö- och byggnadsnämnden|first|2023-06-30"_s,
                                               u"Miljö- och byggnadsnämnden|followUp|2024-03-29"_s}));
    const QString board = u"Miljö- och byggnadsnämnden"_s;
    QCOMPARE(describeCandidates(r),
             QStringList({
                 u"recommendation|%1|1|-|-|2|Miljö- och byggnadsnämnden bör upprätta en kontinuitetsplan för verksamhetskritiska system."_s.arg(board),
                 u"recommendation|%1|2|selected|remains|2|Nämnden bör öva kontinuitetsplanen minst en gång per år och dokumentera resultatet av övningen i nämndens ärendesystem."_s.arg(board),
                 u"recommendation|%1||selected|remains|2|Dokumentera reservrutiner för bygglovshanteringen"_s.arg(board),
                 u"recommendation|%1||selected|remains|2|Utse en ansvarig för kontinuitetsarbetet på varje avdelning"_s.arg(board),
                 u"recommendation|%1||selected|remains|2|Följa upp kontinuitetsplanen i den interna kontrollen"_s.arg(board),
             }));
    QCOMPARE(r.candidates.at(1).page(), 2);
    QCOMPARE(r.candidates.at(4).page(), 3);
    QVERIFY(hasNote(r, u"marked as done"_s));
    // Running header, page footers and the table of contents are gone; words broken at the
    // line end are whole again, "IT-" keeps its hyphen, "informations-" its space.
    QCOMPARE(paragraphContaining(path, u"Revisorerna har följt upp"_s),
             u"Revisorerna har följt upp de rekommendationer som lämnades i granskningen av miljö- och byggnadsnämndens "
             "kontinuitetsplanering 2021. Uppföljningen omfattar nämndens IT-system och rutiner för informations- och "
             "dokumenthantering."_s);
    const auto pages = ReportReader::read(path);
    YTTRA_VERIFY_OK(pages);
    const ReportText text(pages.value());
    QCOMPARE(text.runningLines().size(), 6);
    for (const ReportBlock &b : text.blocks()) {
        QVERIFY2(!b.text.contains(u"Sida"_s) && !b.text.contains(u"......"_s) && !b.text.startsWith(u"Exempelby"_s),
                 qPrintable(b.text));
    }
}

void TestReportImporter::recommendationsChapter()
{
    const QString path = importPath(u"rekommendationer-chapter.txt"_s);
    const auto imported = ReportImporter::import(path);
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QCOMPARE(r.title, u"Granskning av fritidsverksamheten"_s);
    QCOMPARE(r.reportDate, u"2023-09-01"_s); // the date the leftover page headers repeat
    QCOMPARE(r.addressees, QStringList({u"Kommunstyrelsen"_s, u"Kultur- och fritidsnämnden"_s}));
    // The letter's one date names no board: it holds for both, with a note.
    QCOMPARE(describeDueDates(r), QStringList({u"Kommunstyrelsen|first|2023-10-31"_s,
                                               u"Kultur- och fritidsnämnden|first|2023-10-31"_s}));
    QVERIFY(hasNote(r, u"names no board"_s));
    const QString ks = u"Kommunstyrelsen"_s;
    const QString kf = u"Kultur- och fritidsnämnden"_s;
    // A "Rekommendationer" chapter: board names as sub-headings, numbered and bulleted items
    // without an introduction, a nested list, a "<board> bör ..." paragraph; a page header
    // left in the text between two items.
    QCOMPARE(describeCandidates(r),
             QStringList({
                 u"recommendation|%1|1|selected|-|5|Ta fram en strategi för fritidsverksamhetens lokaler"_s.arg(ks),
                 u"recommendation|%1|2|selected|-|5|Säkerställa att bidragsreglerna revideras"_s.arg(ks),
                 u"recommendation|%1|3|selected|-|5|Följa upp att föreningsbidragen används enligt villkoren"_s.arg(ks),
                 u"recommendation|%1||selected|-|5|Utveckla uppföljningen av verksamhetens mål:\n- besöksstatistik per anläggning\n- nöjdhet bland besökarna"_s.arg(kf),
                 u"recommendation|%1||selected|-|5|Tydliggöra ansvarsfördelningen mellan förvaltningen och föreningarna"_s.arg(kf),
                 u"recommendation|%1||selected|-|5|Kultur- och fritidsnämnden bör även säkerställa att avtalen med föreningarna följs upp årligen."_s.arg(kf),
             }));
    // A paragraph cut by the leftover page header continues after it.
    QCOMPARE(paragraphContaining(path, u"Fritidsgårdarnas"_s),
             u"Granskningen visar att lokalerna för fritidsverksamheten inte planeras samlat och att föreningsbidragen inte "
             "följs upp. Fritidsgårdarnas verksamhet saknar mätbara mål."_s);
}

void TestReportImporter::chaptersNumberedWithDots()
{
    const auto imported = ReportImporter::import(importPath(u"numbered-chapters.txt"_s));
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    // "Revisionsrapport" names the kind of document; the audit's title follows it.
    QCOMPARE(r.title, u"Granskning av kommunens arbete med investeringar"_s);
    QCOMPARE(r.reference, u"REV-2022/05"_s);
    QCOMPARE(r.auditor, u"PwC"_s); // "PwC har på uppdrag av de förtroendevalda revisorerna i Uddevik kommun granskat"
    QCOMPARE(r.decisionDate, u"2022-05-12"_s);
    // No "Till:" list: the boards the report goes to "för yttrande".
    QCOMPARE(r.addressees, QStringList({u"Kommunstyrelsen"_s, u"Samhällsbyggnadsnämnden"_s}));
    QVERIFY(hasNote(r, u"no \"Till:\" list"_s));
    QCOMPARE(describeDueDates(r), QStringList({u"Kommunstyrelsen|first|2022-09-30"_s, u"Samhällsbyggnadsnämnden|first|2022-09-30"_s}));
    // "1. Sammanfattning och rekommendationer" is a chapter, "1. Fastställer ..." under
    // "Vi rekommenderar att kommunstyrelsen:" an item.
    QCOMPARE(describeCandidates(r),
             QStringList({
                 u"recommendation|Kommunstyrelsen|1|selected|-|1|Fastställer riktlinjer för investeringar med tydliga beloppsgränser."_s,
                 u"recommendation|Kommunstyrelsen|2|selected|-|1|Säkerställer att efterkalkyler görs för större investeringar."_s,
                 u"recommendation|Samhällsbyggnadsnämnden|1|selected|-|1|Upprättar projektplaner för samtliga investeringsprojekt."_s,
                 u"assessment|Kommunstyrelsen||-|-|3.1|Vi bedömer att kommunstyrelsen inte har säkerställt ändamålsenliga riktlinjer för investeringar."_s,
                 u"recommendation|Samhällsbyggnadsnämnden||selected|-|3.2|Följa upp projekten löpande"_s,
                 u"assessment|Samhällsbyggnadsnämnden||-|-|3.2|Vi bedömer att uppföljningen är bristfällig. Vi rekommenderar därför samhällsbyggnadsnämnden att följa upp projekten löpande."_s,
             }));
    QCOMPARE(r.candidates.first().places.first().heading, u"Sammanfattning och rekommendationer"_s);
}

void TestReportImporter::listItemsContinuingTheirIntroduction()
{
    const auto imported = ReportImporter::import(importPath(u"lowercase-items.txt"_s));
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QCOMPARE(r.title, u"Granskning av skolans elevhälsa"_s);
    // Sent "för yttrande" to one board and "för kännedom" to the other.
    QCOMPARE(r.addressees, QStringList{u"Barn- och utbildningsnämnden"_s});
    QCOMPARE(describeDueDates(r), QStringList{u"Barn- och utbildningsnämnden|first|2024-01-15"_s});
    QVERIFY(r.conclusion.startsWith(u"Vår samlade bedömning"_s));
    // "rekommenderas barn- och utbildningsnämnden att: • säkerställa ..., • ..., samt":
    // each item capitalised, the list's commas and "samt" left out. The overall assessment is
    // the conclusion, answered in the statement's summary: no item repeats it.
    const QString b = u"Barn- och utbildningsnämnden"_s;
    QCOMPARE(describeCandidates(r),
             QStringList({
                 u"recommendation|%1||selected|-|Rekommendationer|Säkerställa att elevhälsoplanen följs upp årligen"_s.arg(b),
                 u"recommendation|%1||selected|-|Rekommendationer|Tydliggöra rektorernas ansvar för det förebyggande arbetet"_s.arg(b),
                 u"recommendation|%1||selected|-|Rekommendationer|Utveckla rutinerna för dokumentation i journalsystemet."_s.arg(b),
             }));
}

void TestReportImporter::pdfReadsLikeText_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("bullet");
    QTest::addColumn<qreal>("fontSize");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("headerOnCover");

    struct Fixture
    {
        const char *name;
        QString file;
        QString date;
    };
    const QList<Fixture> fixtures = {
        {"bulleted", u"bulleted-two-boards.txt"_s, u"2018-01-30"_s},
        {"numbered", u"numbered-recommendations.txt"_s, u"2022-03-15"_s},
        {"follow-up", u"followup-audit.txt"_s, u"2023-05-10"_s},
        {"chapter", u"rekommendationer-chapter.txt"_s, u"2023-09-01"_s},
        {"dotted chapters", u"numbered-chapters.txt"_s, QString()},
    };
    for (const Fixture &f : fixtures) {
        // The text's own glyphs; then each list drawn with another glyph, at other sizes (so
        // other words are hyphenated and other paragraphs break over pages), other footers.
        QTest::addRow("%s, own glyphs", f.name) << f.file << QString() << 10.5 << u"Sida %1 av %2"_s << f.date << false;
        QTest::addRow("%s, ▪ large", f.name) << f.file << u"▪"_s << 15.0 << u"%1 (%2)"_s << f.date << false;
        QTest::addRow("%s, ‐", f.name) << f.file << u"‐"_s << 12.0 << u"- %1 -"_s << f.date << true;
        QTest::addRow("%s, o", f.name) << f.file << u"o"_s << 11.0 << u"%1"_s << f.date << false;
        // Small enough for one page: the header on it is all that tells the report's date.
        QTest::addRow("%s, ➢ small", f.name) << f.file << u"➢"_s << 9.0 << u"Sida %1"_s << f.date << true;
    }
}

void TestReportImporter::pdfReadsLikeText()
{
    QFETCH(QString, fixture);
    QFETCH(QString, bullet);
    QFETCH(qreal, fontSize);
    QFETCH(QString, footer);
    QFETCH(QString, date);
    QFETCH(bool, headerOnCover);

    const auto fromText = ReportImporter::import(importPath(fixture));
    YTTRA_VERIFY_OK(fromText);

    test::PdfStyle style;
    style.headerLeft = u"Exempelby kommun"_s;
    style.headerCentre = fromText.value().title;
    style.headerRight = date;
    style.footer = footer;
    style.bulletOverride = bullet;
    style.fontSize = fontSize;
    style.coverWithoutHeader = !headerOnCover;
    const QString pdf = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(u"\\W+"_s), u"-"_s)
                                       + u".pdf"_s);
    const auto fromPdf = importPdfOf(printable(QString::fromUtf8(test::readFile(importPath(fixture)))), pdf, style);
    YTTRA_VERIFY_OK(fromPdf);

    const ImportedReport &t = fromText.value();
    const ImportedReport &p = fromPdf.value();
    QVERIFY(p.pageCount >= 1);
    QCOMPARE(describeCandidates(p), describeCandidates(t));
    QCOMPARE(describeDueDates(p), describeDueDates(t));
    QCOMPARE(describeDetails(p), describeDetails(t));
    for (const ImportCandidate &c : p.candidates) {
        for (const ImportPlace &place : c.places)
            QVERIFY2(place.page >= 1 && place.page <= p.pageCount, qPrintable(describeCandidate(c)));
    }
}

void TestReportImporter::pdfCleanUpIsExercised()
{
    // The PDFs above do carry what the clean-up removes: running headers and page numbers on
    // every page after the cover, and words hyphenated at a line end.
    test::PdfStyle style;
    style.headerLeft = u"Exempelby kommun"_s;
    style.headerCentre = u"Granskning av intern kontroll"_s;
    style.headerRight = u"2018-01-30"_s;
    style.fontSize = 15;
    const QString pdf = m_dir.filePath(u"exercised.pdf"_s);
    QVERIFY(test::writePdfReport(QString::fromUtf8(test::readFile(importPath(u"bulleted-two-boards.txt"_s))), pdf, style));
    const auto pages = ReportReader::read(pdf);
    YTTRA_VERIFY_OK(pages);
    int hyphenated = 0;
    int headers = 0;
    int pageNumbers = 0;
    for (const ReportPage &page : pages.value()) {
        for (const ReportLine &line : page.lines) {
            hyphenated += line.text.endsWith(u'-') && line.text.size() > 1 && line.text.at(line.text.size() - 2).isLower();
            headers += line.text.contains(u"Exempelby kommun"_s) && line.top < 60;
            pageNumbers += line.text.startsWith(u"Sida "_s);
        }
    }
    QVERIFY2(hyphenated >= 3, qPrintable(QString::number(hyphenated)));
    QCOMPARE(headers, pages.value().size() - 1);
    QCOMPARE(pageNumbers, pages.value().size() - 1);

    const ReportText text(pages.value());
    for (const ReportBlock &b : text.blocks()) {
        QVERIFY2(!b.text.contains(u"Exempelby kommun  "_s) && !b.text.contains(u"Sida "_s), qPrintable(b.text));
        static const QRegularExpression brokenWord(u"\\p{Ll}- \\p{Ll}"_s);
        const auto m = brokenWord.match(b.text);
        QVERIFY2(!m.hasMatch() || b.text.mid(m.capturedStart() + 3).startsWith(u"och"_s), qPrintable(b.text));
    }
}

void TestReportImporter::pdfFootnotes()
{
    // A footnote mark in a recommendation and the footnote at the foot of the page, where the
    // list it interrupts goes on over the page break.
    QStringList markup = {u"Till:\nKommunstyrelsen"_s, QString(), u"# 4 Slutsatser"_s, QString(),
                          u"Utifrån granskningen rekommenderar vi kommunstyrelsen att:"_s, QString()};
    for (int i = 1; i <= 24; ++i) {
        markup << (i == 2 ? u"• Säkerställa att riktlinjen<sup>4</sup> för informationssäkerhet följs"_s
                          : u"• Rekommendation nummer %1 om att följa upp arbetet med informationssäkerhet"_s.arg(i));
        if (i == 3)
            markup << QString() << u"Fotnot: 4 Beslutad av kommunstyrelsen 2013-11-27, senast reviderad 2019-06-17."_s << QString();
    }
    test::PdfStyle style;
    style.fontSize = 16;
    const QString pdf = m_dir.filePath(u"footnotes.pdf"_s);
    const auto imported = importPdfOf(markup.join(u'\n'), pdf, style);
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QVERIFY(r.pageCount >= 2);
    QCOMPARE(r.count(ItemKind::Recommendation), 24);
    QCOMPARE(r.candidates.at(1).text, u"Säkerställa att riktlinjen för informationssäkerhet följs"_s);
    QCOMPARE(r.candidates.last().text, u"Rekommendation nummer 24 om att följa upp arbetet med informationssäkerhet"_s);
    QVERIFY(r.candidates.last().page() >= 2);
    for (const ImportCandidate &c : r.candidates)
        QVERIFY2(!c.text.contains(u"2013"_s), qPrintable(c.text));
}

void TestReportImporter::passwordFreeEncryptedPdfIsRead()
{
    // Many PDFs are encrypted with only an owner password (against editing): they open
    // without one and are read as usual.
    const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
    if (qpdf.isEmpty())
        QSKIP("qpdf is not installed");
    const QString plain = m_dir.filePath(u"owner-plain.pdf"_s);
    const QString encrypted = m_dir.filePath(u"owner-only.pdf"_s);
    QVERIFY(test::writePdfReport(QString::fromUtf8(test::readFile(importPath(u"numbered-recommendations.txt"_s))), plain));
    QCOMPARE(QProcess::execute(qpdf, {u"--encrypt"_s, QString(), u"owner"_s, u"256"_s, u"--"_s, plain, encrypted}), 0);
    const auto imported = ReportImporter::import(encrypted);
    YTTRA_VERIFY_OK(imported);
    QCOMPARE(imported.value().count(ItemKind::Recommendation), 5);
}

void TestReportImporter::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty text") << u"empty.txt"_s << QByteArray() << u"the file is empty"_s;
    QTest::newRow("blank text") << u"blank.md"_s << QByteArray(" \n\n\t \n") << u"the file is empty"_s;
    QTest::newRow("empty PDF") << u"empty.pdf"_s << QByteArray() << u"the file is empty"_s;
    QTest::newRow("text named .pdf") << u"letter.pdf"_s << QByteArray("Till: Kommunstyrelsen\n") << u"not a PDF file"_s;
    QTest::newRow("damaged PDF") << u"damaged.pdf"_s << QByteArray("%PDF-1.7\n1 0 obj <<\n garbage") << u"damaged"_s;
    QTest::newRow("Word document") << u"rapport.docx"_s << QByteArray("PK\x03\x04 word/document.xml")
                                   << u"save the report as PDF"_s;
    QTest::newRow("unknown type") << u"rapport.xyz"_s << QByteArray("Rekommendationer") << u"PDF (.pdf), text (.txt) or Markdown (.md)"_s;
    QTest::newRow("binary named .txt") << u"binary.txt"_s << QByteArray("abc\0def\0", 8) << u"not a text file"_s;
}

void TestReportImporter::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    const auto imported = ReportImporter::import(path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, FileError::Kind::Invalid);
    QCOMPARE(imported.error().file, path);
    QVERIFY2(imported.error().message.contains(reason), qPrintable(imported.error().text()));
    // The input is never changed.
    QCOMPARE(test::readFile(path), contents);
}

void TestReportImporter::encryptedPdf()
{
    const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
    if (qpdf.isEmpty())
        QSKIP("qpdf is not installed");
    const QString plain = m_dir.filePath(u"plain.pdf"_s);
    const QString encrypted = m_dir.filePath(u"encrypted.pdf"_s);
    QVERIFY(test::writePdfReport(QString::fromUtf8(test::readFile(importPath(u"numbered-recommendations.txt"_s))), plain));
    QCOMPARE(QProcess::execute(qpdf, {u"--encrypt"_s, u"secret"_s, u"owner"_s, u"256"_s, u"--"_s, plain, encrypted}), 0);

    const auto imported = ReportImporter::import(encrypted);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, FileError::Kind::Invalid);
    QVERIFY2(imported.error().message.contains(u"password"_s), qPrintable(imported.error().text()));
}

void TestReportImporter::scannedPdf()
{
    const QString path = m_dir.filePath(u"scanned.pdf"_s);
    QVERIFY(test::writeScannedPdf(path));
    const auto imported = ReportImporter::import(path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, FileError::Kind::Invalid);
    QVERIFY2(imported.error().message.contains(u"scanned"_s), qPrintable(imported.error().text()));
}

void TestReportImporter::missingFile()
{
    const QString path = m_dir.filePath(u"no-such-report.pdf"_s);
    const auto imported = ReportImporter::import(path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, FileError::Kind::CannotRead);
    QVERIFY(imported.error().text().startsWith(path));

    const auto folder = ReportImporter::import(m_dir.path());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().kind, FileError::Kind::CannotRead);
}

void TestReportImporter::statementForOneBoard()
{
    const auto imported = ReportImporter::import(importPath(u"bulleted-two-boards.txt"_s));
    YTTRA_VERIFY_OK(imported);
    // The board as the user types it; the report's spelling is used.
    const Statement first = ReportImporter::toStatement(imported.value(), u"tekniska nämnden"_s, StatementKind::First);
    QCOMPARE(first.kind, StatementKind::First);
    QCOMPARE(first.board, u"Tekniska nämnden"_s);
    QCOMPARE(first.dueDate, u"2018-04-06"_s);
    QCOMPARE(first.recipient, u"Kommunrevisionen"_s);
    QCOMPARE(first.submitTo, u"revision@exempelby.se"_s);
    QCOMPARE(first.audit.title, u"Granskning av intern kontroll"_s);
    QCOMPARE(first.audit.reference, u"KR-2017/0039"_s);
    QCOMPARE(first.audit.auditor, u"PwC"_s); // who audited on Kommunrevisionen's behalf
    QCOMPARE(first.audit.reportDate, u"2018-01-30"_s);
    QCOMPARE(first.audit.decisionDate, u"2018-02-14"_s);
    QCOMPARE(first.audit.addressees, QStringList({u"Kommunstyrelsen"_s, u"Tekniska nämnden"_s}));
    QVERIFY(first.audit.conclusion.startsWith(u"Vår sammanfattande bedömning"_s));
    QCOMPARE(first.period.to, u"2018-12-31"_s); // the follow-up reports on 2018
    QCOMPARE(first.items.size(), 2);
    QCOMPARE(first.items.at(0).id, u"r1"_s);
    QCOMPARE(first.items.at(1).id, u"r2"_s);
    QCOMPARE(first.items.at(0).text, u"Upprätta en internkontrollplan baserad på en dokumenterad riskanalys"_s);
    QCOMPARE(first.items.at(0).addressedTo, u"Tekniska nämnden"_s);
    QCOMPARE(first.items.at(0).section, u"1"_s);
    QVERIFY(!Validator::hasErrors(Validator::check(first)));

    const Statement followUp = ReportImporter::toStatement(imported.value(), u"Kommunstyrelsens"_s, StatementKind::FollowUp);
    QCOMPARE(followUp.kind, StatementKind::FollowUp);
    QCOMPARE(followUp.board, u"Kommunstyrelsen"_s);
    QCOMPARE(followUp.dueDate, u"2019-01-31"_s);
    QCOMPARE(followUp.items.size(), 4);
    QCOMPARE(followUp.items.last().id, u"r4"_s);
    QCOMPARE(followUp.items.last().section, u"4"_s);
}

void TestReportImporter::statementForAllBoards()
{
    const auto imported = ReportImporter::import(importPath(u"bulleted-two-boards.txt"_s));
    YTTRA_VERIFY_OK(imported);
    const Statement all = ReportImporter::toStatement(imported.value(), u"Kommunstyrelsen"_s, StatementKind::First, true);
    QCOMPARE(all.items.size(), 6); // every selected item; the assessments were not selected
    QStringList ids;
    for (const Item &item : all.items)
        ids.append(item.id);
    QCOMPARE(ids, QStringList({u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r5"_s, u"r6"_s}));
    QCOMPARE(all.items.at(3).addressedTo, u"Tekniska nämnden"_s);
    QCOMPARE(all.dueDate, u"2018-03-23"_s);
    QVERIFY(!Validator::hasErrors(Validator::check(all)));
}

void TestReportImporter::statementWithQuestionsAndAssessments()
{
    auto imported = ReportImporter::import(importPath(u"numbered-recommendations.txt"_s));
    YTTRA_VERIFY_OK(imported);
    ImportedReport report = imported.value();
    // The user selects the assessments too and edits a text before making the statement.
    for (ImportCandidate &c : report.candidates)
        c.selected = true;
    report.candidates[0].text = u"Budgetuppföljningen är otillräcklig."_s;
    const Statement s = ReportImporter::toStatement(report, u"Socialnämnden"_s, StatementKind::First);
    QStringList ids;
    for (const Item &item : s.items)
        ids.append(item.id + u':' + kindName(item.kind));
    QCOMPARE(ids, QStringList({u"b1:assessment"_s, u"b2:assessment"_s, u"r1:recommendation"_s, u"r2:recommendation"_s,
                               u"r3:recommendation"_s, u"r4:recommendation"_s, u"r5:recommendation"_s}));
    QCOMPARE(s.items.first().text, u"Budgetuppföljningen är otillräcklig."_s);
    QCOMPARE(s.items.at(2).number, u"1"_s);
    QCOMPARE(s.dueDate, u"2022-06-07"_s);

    const auto letter = ReportImporter::import(importPath(u"questions-letter.md"_s));
    YTTRA_VERIFY_OK(letter);
    const Statement ks = ReportImporter::toStatement(letter.value(), u"Kommunstyrelsen"_s, StatementKind::FollowUp);
    QStringList questions;
    for (const Item &item : ks.items)
        questions.append(item.id + u':' + item.number);
    // Its own two, and the one that names no board.
    QCOMPARE(questions, QStringList({u"q1:1"_s, u"q2:3"_s, u"q3:"_s}));
    QCOMPARE(ks.dueDate, u"2026-02-27"_s);
    QVERIFY(!Validator::hasErrors(Validator::check(ks)));
}

void TestReportImporter::statementForUnknownBoard()
{
    const auto imported = ReportImporter::import(importPath(u"bulleted-two-boards.txt"_s));
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QVERIFY(!r.matchBoard(u"Socialnämnden").has_value());
    QCOMPARE(r.matchBoard(u"TEKNISKA NÄMNDEN").value_or(QString()), u"Tekniska nämnden"_s);
    const Statement s = ReportImporter::toStatement(r, u" Socialnämnden "_s, StatementKind::First);
    QCOMPARE(s.board, u"Socialnämnden"_s);
    QVERIFY(s.dueDate.isEmpty());
    QVERIFY(s.items.isEmpty());
}

void TestReportImporter::chooseBoard_data()
{
    QTest::addColumn<QStringList>("listed");   // the boards the report lists
    QTest::addColumn<QString>("name");         // as the user gives it
    QTest::addColumn<QString>("board");        // the board taken; empty: refused
    QTest::addColumn<QStringList>("notes");    // the notes when taken, or the one refusal

    const QStringList sjovik = {u"Kommunstyrelsen"_s, u"Barn- och utbildningsnämnden"_s, u"Social- och omsorgsnämnden"_s,
                                u"Stadsbyggnadsnämnden i Malmö stad"_s, u"Tekniska nämnden"_s, u"Regionstyrelsen"_s};
    const QString ks = u"Kommunstyrelsen"_s;
    const auto calls = [](const QString &board, const QString &named) {
        return u"The report calls the board \"%1\"; that name is taken for \"%2\"."_s.arg(board, named);
    };
    const auto placeAside = [](const QString &board, const QString &named) {
        return u"The report calls the board \"%1\"; that name is taken for \"%2\", which differs only in the "
               "municipality or region it names."_s.arg(board, named);
    };
    const QString sjovikList = sjovik.join(u", "_s);
    const auto refused = [&sjovikList](const QString &name, const QString &closest = {}) {
        const QString first = u"The report addresses no board called \"%1\"; it names: %2."_s.arg(name, sjovikList);
        return QStringList{closest.isEmpty() ? first : first + u" The closest is \"%1\"."_s.arg(closest)};
    };

    // The report's own spelling: taken without a word.
    QTest::newRow("exact") << sjovik << ks << ks << QStringList();
    QTest::newRow("spaces around") << sjovik << u"  Tekniska  nämnden "_s << u"Tekniska nämnden"_s << QStringList();
    // Loose spellings of a listed board: taken, each with a note.
    QTest::newRow("case") << sjovik << u"kommunstyrelsen"_s << ks << QStringList{calls(ks, u"kommunstyrelsen"_s)};
    QTest::newRow("genitive") << sjovik << u"Kommunstyrelsens"_s << ks << QStringList{calls(ks, u"Kommunstyrelsens"_s)};
    QTest::newRow("typo") << sjovik << u"Kommunstyrelssen"_s << ks << QStringList{calls(ks, u"Kommunstyrelssen"_s)};
    QTest::newRow("KS") << sjovik << u"KS"_s << ks << QStringList{u"\"KS\" was read as Kommunstyrelsen."_s};
    QTest::newRow("ks") << sjovik << u"ks"_s << ks << QStringList{u"\"ks\" was read as Kommunstyrelsen."_s};
    QTest::newRow("defined abbreviation") << sjovik << u"BUN"_s << u"Barn- och utbildningsnämnden"_s
                                          << QStringList{u"\"BUN\" was read as Barn- och utbildningsnämnden."_s};
    QTest::newRow("committee") << sjovik << u"Kommunstyrelsens arbetsutskott"_s << ks
                               << QStringList{u"\"Kommunstyrelsens arbetsutskott\" is a committee of Kommunstyrelsen: "
                                              "the statement is made for Kommunstyrelsen."_s};
    QTest::newRow("committee by abbreviation") << sjovik << u"KS arbetsutskott"_s << ks
                                               << QStringList{u"\"KS arbetsutskott\" is a committee of Kommunstyrelsen: "
                                                              "the statement is made for Kommunstyrelsen."_s,
                                                              u"\"KS\" was read as Kommunstyrelsen."_s};
    QTest::newRow("place left out") << sjovik << u"Stadsbyggnadsnämnden"_s << u"Stadsbyggnadsnämnden i Malmö stad"_s
                                    << QStringList{placeAside(u"Stadsbyggnadsnämnden i Malmö stad"_s, u"Stadsbyggnadsnämnden"_s)};
    QTest::newRow("place in other capitals") << sjovik << u"stadsbyggnadsnämnden i Malmö stad"_s
                                             << u"Stadsbyggnadsnämnden i Malmö stad"_s
                                             << QStringList{calls(u"Stadsbyggnadsnämnden i Malmö stad"_s,
                                                                  u"stadsbyggnadsnämnden i Malmö stad"_s)};
    QTest::newRow("place added: i") << sjovik << u"Tekniska nämnden i Sjövik"_s << u"Tekniska nämnden"_s
                                    << QStringList{placeAside(u"Tekniska nämnden"_s, u"Tekniska nämnden i Sjövik"_s)};
    QTest::newRow("place added: kommun") << sjovik << u"Kommunstyrelsen, Sjöviks kommun"_s << ks
                                         << QStringList{placeAside(ks, u"Kommunstyrelsen, Sjöviks kommun"_s)};
    QTest::newRow("place added: region") << sjovik << u"Regionstyrelsen Region Skåne"_s << u"Regionstyrelsen"_s
                                         << QStringList{placeAside(u"Regionstyrelsen"_s, u"Regionstyrelsen Region Skåne"_s)};

    // Another board, however alike: refused, the closest named when there is one.
    QTest::newRow("part of a joint board") << sjovik << u"Socialnämnden"_s << QString()
                                           << refused(u"Socialnämnden"_s, u"Social- och omsorgsnämnden"_s);
    QTest::newRow("other part of a joint board") << sjovik << u"Utbildningsnämnden"_s << QString()
                                                 << refused(u"Utbildningsnämnden"_s, u"Barn- och utbildningsnämnden"_s);
    QTest::newRow("part of a compound") << sjovik << u"Byggnadsnämnden"_s << QString()
                                        << refused(u"Byggnadsnämnden"_s, u"Stadsbyggnadsnämnden i Malmö stad"_s);
    QTest::newRow("nothing alike") << sjovik << u"Kulturnämnden"_s << QString() << refused(u"Kulturnämnden"_s);
    QTest::newRow("KF not listed") << sjovik << u"KF"_s << QString() << refused(u"KF"_s);
    QTest::newRow("abbreviation not defined") << sjovik << u"SN"_s << QString() << refused(u"SN"_s);
    QTest::newRow("place on another board") << sjovik << u"Miljönämnden i Malmö stad"_s << QString()
                                            << refused(u"Miljönämnden i Malmö stad"_s);
    QTest::newRow("a committee of a board not listed") << sjovik << u"Kulturnämndens arbetsutskott"_s << QString()
                                                       << refused(u"Kulturnämndens arbetsutskott"_s);
    // Two boards alike but for the place: which one is meant is not said.
    QTest::newRow("place leaves two") << QStringList{u"Kommunstyrelsen i Lund"_s, u"Kommunstyrelsen i Malmö"_s}
                                      << ks << QString()
                                      << QStringList{u"The report addresses no board called \"Kommunstyrelsen\"; it names: "
                                                     "Kommunstyrelsen i Lund, Kommunstyrelsen i Malmö. The closest is "
                                                     "\"Kommunstyrelsen i Lund\"."_s};

    // A company answers through its board (issue 18).
    const QStringList company = {u"Kommunstyrelsen"_s, u"Exempelby Energi AB"_s};
    QTest::newRow("the company's board") << company << u"styrelsen för Exempelby Energi AB"_s << u"Exempelby Energi AB"_s
                                         << QStringList();
    QTest::newRow("the company's board, genitive") << company << u"Exempelby Energi AB:s styrelse"_s
                                                   << u"Exempelby Energi AB"_s << QStringList();

    // A report that lists no board takes the one named.
    const QString unlisted = u"The report does not list the boards it addresses; the statement is made for %1, as named."_s;
    QTest::newRow("none listed") << QStringList() << ks << ks << QStringList{unlisted.arg(ks)};
    QTest::newRow("none listed, any name") << QStringList() << u"Nämnden för funktionsstöd"_s
                                           << u"Nämnden för funktionsstöd"_s
                                           << QStringList{unlisted.arg(u"Nämnden för funktionsstöd"_s)};
    QTest::newRow("none listed, KS") << QStringList() << u"KS"_s << ks
                                     << QStringList{u"\"KS\" was read as Kommunstyrelsen."_s, unlisted.arg(ks)};
    QTest::newRow("no name") << sjovik << u"  "_s << QString() << QStringList{u"Name the board that answers."_s};
}

void TestReportImporter::chooseBoard()
{
    QFETCH(QStringList, listed);
    QFETCH(QString, name);
    QFETCH(QString, board);
    QFETCH(QStringList, notes);

    ImportedReport report;
    report.addressees = listed;
    report.abbreviations.insert(u"BUN"_s, u"Barn- och utbildningsnämnden"_s);
    const auto chosen = ReportImporter::chooseBoard(report, name);
    if (board.isEmpty()) {
        QVERIFY2(!chosen, qPrintable(chosen ? chosen.value().board : QString()));
        QCOMPARE(QStringList{chosen.error()}, notes);
        // What the dialog and --all take instead: the name as given, the refusal noted.
        QCOMPARE(ReportImporter::chooseAnyBoard(report, name), (BoardChoice{name.simplified(), notes}));
        return;
    }
    QVERIFY2(chosen, qPrintable(chosen ? QString() : chosen.error()));
    QCOMPARE(chosen.value().board, board);
    QCOMPARE(chosen.value().notes, notes);
}

void TestReportImporter::abbreviationsTheReportDefines()
{
    const ImportedReport r = ReportImporter::analyse(ReportReader::readText(
        u"Till: Kommunstyrelsen\n"
        "Till: Barn- och utbildningsnämnden\n\n"
        "Granskning av skolskjutsar\n\n"
        "Revisorerna har granskat hur barn- och utbildningsnämnden (BUN) och kommunstyrelsen (KS) styr skolskjutsarna. "
        "Socialnämnden (SN) har inte granskats.\n\n"
        "Rekommendationer\n"
        "Vi rekommenderar att BUN:\n"
        "• ser över reglerna för skolskjuts.\n"_s));
    QCOMPARE(r.addressees, QStringList({u"Kommunstyrelsen"_s, u"Barn- och utbildningsnämnden"_s}));
    const QMap<QString, QString> expected{{u"BUN"_s, u"Barn- och utbildningsnämnden"_s},
                                          {u"KS"_s, u"Kommunstyrelsen"_s},
                                          {u"SN"_s, u"Socialnämnden"_s}};
    QCOMPARE(r.abbreviations, expected);
    const auto chosen = ReportImporter::chooseBoard(r, u"bun");
    QVERIFY2(chosen, qPrintable(chosen ? QString() : chosen.error()));
    QCOMPARE(chosen.value().board, u"Barn- och utbildningsnämnden"_s);
    // Defined, but not among the boards addressed: not taken.
    QVERIFY(!ReportImporter::chooseBoard(r, u"SN"));
}

void TestReportImporter::reportWithoutBoardsTakesTheNamedBoard()
{
    // A report converted to PDF named no board; "Kommunstyrelsen" was refused, "it names: none".
    const auto imported = ReportImporter::import(importPath(u"no-addressee.txt"_s));
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QCOMPARE(r.boards(), QStringList());
    const auto chosen = ReportImporter::chooseBoard(r, u"Kommunstyrelsen");
    QVERIFY2(chosen, qPrintable(chosen ? QString() : chosen.error()));
    QCOMPARE(chosen.value().board, u"Kommunstyrelsen"_s);
    QVERIFY(chosen.value().notes.first().contains(u"does not list the boards"_s));
    const Statement s = ReportImporter::toStatement(r, chosen.value().board, StatementKind::First);
    QCOMPARE(s.board, u"Kommunstyrelsen"_s);
    QCOMPARE(s.items.size(), r.count(ItemKind::Recommendation));
}

// Issue 18: no "Till" list, "rekommenderar vi nämnden att:", and a due date without a year.
void TestReportImporter::letterNamingOnlyTheAuditedBoard()
{
    const auto imported = ReportImporter::import(importPath(u"audited-board-no-list.txt"_s));
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QCOMPARE(r.addressees, QStringList{u"Stadsbyggnadsnämnden"_s}); // "har granskat stadsbyggnadsnämndens handläggning"
    QCOMPARE(r.dueDate(u"Stadsbyggnadsnämnden", StatementKind::First), QDate(2025, 1, 19)); // after "Exempelby 2024-11-20"
    QVERIFY(std::any_of(r.notes.cbegin(), r.notes.cend(), [](const QString &n) { return n.contains(u"without a year"_s); }));
    const auto chosen = ReportImporter::chooseBoard(r, u"stadsbyggnadsnämnden");
    YTTRA_VERIFY_OK(chosen);
    const Statement s = ReportImporter::toStatement(r, chosen.value().board, StatementKind::First);
    QCOMPARE(s.items.size(), 2);
    QCOMPARE(s.dueDate, u"2025-01-19"_s);
    // Another board is refused, with the one the letter names.
    const auto refused = ReportImporter::chooseBoard(r, u"Socialnämnden");
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"Stadsbyggnadsnämnden"_s), qPrintable(refused.error()));
}

namespace {

const QStringList malmoKommunstyrelsen = {
    u"Etablera en organisation med tydligt ansvar och mandat för stadens informations- och IT-säkerhetsarbete"_s,
    u"Ta fram policy för informationssäkerhet eller revidera befintlig Trygg- och säkerhetspolicy så att "
    "informationssäkerhet är inkluderat. Samt komplettera denna med de riktlinjer och anvisningar som behövs för att "
    "styra arbetet"_s,
    u"Ge nämnder och förvaltningar i uppdrag att kartlägga samtliga informationssystem och tjänster och dokumentera "
    "dessa i förteckning för att säkerställa att det finns en komplett förteckning som är uppdaterad och kan fungera som "
    "informationskälla i hanteringen av IT-säkerhetsåtgärder"_s,
    u"Säkerställa att det genomförs risk- och konsekvensanalyser för verksamhetskritiska informationssystem och att det "
    "finns tillhörande kontinuitetsplaner för dessa"_s,
    u"Säkerställa att metod för klassning finns som är tillämpbar för dagens informationssystem och tjänstehantering och "
    "att klassning genomförs både på system och information som hanteras i förvaltningarna"_s,
    u"Säkerställa att nyanställda samt befintliga medarbetare får information och utbildning i ansvaret för "
    "informationssäkerhet och IT-användning"_s,
    u"Besluta om stadsövergripande rutin för incidenthantering och rapportering där ansvar och eskaleringsvägar finns "
    "tydliggjorda samt kommunicera denna till verksamheterna. Det behöver även säkerställas att en uppföljning sker av "
    "inträffade incidenter så att detta kan beaktas i förbättringsarbetet"_s,
    u"Säkerställa genom intern kontroll att det sker ett tillräckligt arbete med informationssäkerhet i förvaltningarna "
    "där efterlevnad av beslutad riktlinje och anvisningar för informationssäkerhet finns"_s,
    u"Skapa struktur för enhetlig uppföljning av informationssäkerhet inklusive IT-säkerhet och etablera "
    "rapporteringsvägar till ledning och styrelse"_s,
};

const QStringList malmoServicenamnden = {
    u"Utifrån ansvar i reglementet säkerställa att det finns en tilldelad budget för förvaltning av IT-miljö och "
    "IT-infrastruktur så att IT-säkerhetsåtgärder vid behov kan vidtas för systemdrift och nätverk"_s,
    u"Upprätta risk- och sårbarhetsanalyser för nätverk och drift med tillhörande handlingsplaner för åtgärder för att nå "
    "önskad nivå av IT-säkerhet"_s,
    u"Upprätta styrdokument avseende drift och teknik med tillhörande kontinuitetsplaner för att det ska finnas reserv- "
    "återgång- och återställningsrutiner i händelse av störning eller avbrott och en prioritering av "
    "verksamhetskritiska system kan göras"_s,
    u"Säkerställa att förvaltningsspecifik rutin för incidenthantering inkluderar information till berörda funktioner "
    "med ansvar för informationssäkerhet, IT-säkerhet och ansvar för driftsäkerhet"_s,
};

QString seed(const QString &name)
{
    return QStringLiteral(YTTRA_SEEDS "/") + name;
}

/// The recommendations to one board, in order.
QStringList recommendationsTo(const ImportedReport &r, const QString &board)
{
    QStringList texts;
    for (const ImportCandidate &c : r.candidates) {
        if (c.kind == ItemKind::Recommendation && c.boards == QStringList{board})
            texts.append(c.text);
    }
    return texts;
}

void checkMalmoSr2020(const ImportedReport &r)
{
    QCOMPARE(r.reference, u"SR-2020-83"_s);
    QCOMPARE(r.title, u"Granskning av IT-säkerhet"_s);
    QCOMPARE(r.addressees, QStringList({u"Kommunstyrelsen"_s, u"Servicenämnden"_s}));
    QCOMPARE(r.informed, QStringList{u"Kommunfullmäktige"_s});
    QCOMPARE(r.decisionDate, u"2021-01-27"_s);
    QCOMPARE(r.reportDate, u"2020-12-16"_s);
    QCOMPARE(recommendationsTo(r, u"Kommunstyrelsen"_s), malmoKommunstyrelsen);
    QCOMPARE(recommendationsTo(r, u"Servicenämnden"_s), malmoServicenamnden);
    // Each exactly once: nothing else is a recommendation, nothing is a question.
    QCOMPARE(r.count(ItemKind::Recommendation), 13);
    QCOMPARE(r.count(ItemKind::Question), 0);
    // Found in the summary and in the conclusions.
    for (const ImportCandidate &c : r.candidates) {
        if (c.kind == ItemKind::Recommendation) {
            QCOMPARE(c.places.size(), 2);
            QCOMPARE(c.places.first().section, u"1"_s);
            QCOMPARE(c.places.last().section, u"4.2"_s);
            QVERIFY(c.selected);
        }
    }
    // Assessments ("Bedömning" sections) are offered, not selected.
    QVERIFY(r.count(ItemKind::Assessment) >= 5);
    QCOMPARE(r.count(ItemKind::Assessment, true), 0);
    QCOMPARE(r.dueDate(u"Kommunstyrelsen", StatementKind::First), QDate(2021, 4, 7));
    QCOMPARE(r.dueDate(u"Servicenämnden", StatementKind::First), QDate(2021, 3, 26));
    QCOMPARE(r.dueDate(u"Kommunstyrelsen", StatementKind::FollowUp), QDate(2022, 2, 21));
    QCOMPARE(r.dueDate(u"Servicenämnden", StatementKind::FollowUp), QDate(2022, 1, 31));
    QCOMPARE(r.dueDates.size(), 4);
}

} // namespace

void TestReportImporter::seedMalmoSr2020()
{
    const QString path = seed(u"malmo-sr-2020-83-missiv-mall-och-rapport.txt"_s);
    if (!QFile::exists(path))
        QSKIP("the seeds are not beside the project");
    const auto imported = ReportImporter::import(path);
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    checkMalmoSr2020(r);
    if (QTest::currentTestFailed())
        return;
    // "KPMG har på uppdrag av Malmö stadsrevision granskat IT-säkerhet": the firm audited, for the
    // city's revision office (issue 18).
    QCOMPARE(r.auditor, u"KPMG"_s);
    QCOMPARE(r.submitTo, u"registrera.stadsrevisionen@malmo.se"_s);
    QVERIFY(r.conclusion.startsWith(u"Den sammanfattande bedömningen är att kommunstyrelsen och servicenämnden"_s));

    const Statement ks = ReportImporter::toStatement(r, u"Kommunstyrelsen"_s, StatementKind::First);
    QCOMPARE(ks.items.size(), 9);
    QCOMPARE(ks.items.last().id, u"r9"_s);
    QCOMPARE(ks.dueDate, u"2021-04-07"_s);
    const Statement sn = ReportImporter::toStatement(r, u"servicenämnden"_s, StatementKind::FollowUp);
    QCOMPARE(sn.items.size(), 4);
    QCOMPARE(sn.dueDate, u"2022-01-31"_s);
    QCOMPARE(sn.audit.reference, u"SR-2020-83"_s);
    QVERIFY(!Validator::hasErrors(Validator::check(sn)));
}

void TestReportImporter::seedMalmoSr2020AsPdf()
{
    // The seed's text as its PDF looked: the cleaned text laid out again, with the report's
    // running header and page numbers, hyphenation and other glyphs; the same items result.
    const QString path = seed(u"malmo-sr-2020-83-missiv-mall-och-rapport.txt"_s);
    if (!QFile::exists(path))
        QSKIP("the seeds are not beside the project");
    const auto pages = ReportReader::read(path);
    YTTRA_VERIFY_OK(pages);
    const ReportText text(pages.value());
    QStringList markup;
    for (const ReportBlock &b : text.blocks()) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
            markup.append(u"# "_s + b.text);
            break;
        case ReportBlock::Kind::ListItem:
            markup.append((b.number.isEmpty() ? u"▪"_s : b.number + u"."_s) + u" "_s + b.text);
            break;
        case ReportBlock::Kind::Paragraph:
            markup.append(b.text);
            break;
        case ReportBlock::Kind::TableRow:
            markup.append(b.cells.join(u'\t'));
            break;
        }
        markup.append(QString());
    }
    // The address block keeps its lines, as in the letter.
    QString source = markup.join(u'\n');
    source.replace(u"Till:\n\nKommunstyrelsen Servicenämnden"_s, u"Till:\nKommunstyrelsen\nServicenämnden"_s);
    test::PdfStyle style;
    style.headerLeft = u"Malmö stad"_s;
    style.headerCentre = u"Granskning av stadens IT-säkerhet"_s;
    style.headerRight = u"2020-12-16"_s;
    style.coverWithoutHeader = false;
    const auto imported = importPdfOf(source, m_dir.filePath(u"sr-2020-83.pdf"_s), style);
    YTTRA_VERIFY_OK(imported);
    QVERIFY(imported.value().pageCount > 20);
    checkMalmoSr2020(imported.value());
}

void TestReportImporter::seedMalmoSr2024()
{
    const QString path = seed(u"malmo-sr-2024-38-missiv.txt"_s);
    if (!QFile::exists(path))
        QSKIP("the seeds are not beside the project");
    const auto imported = ReportImporter::import(path);
    YTTRA_VERIFY_OK(imported);
    const ImportedReport &r = imported.value();
    QCOMPARE(r.reference, u"SR-2024-38"_s);
    QCOMPARE(r.title, u"Granskning av IT-säkerhet"_s);
    QCOMPARE(r.addressees, QStringList({u"Kommunstyrelsen"_s, u"Servicenämnden"_s}));
    QCOMPARE(r.decisionDate, u"2025-01-29"_s);
    // "senast 2025-03-31 (servicenämnden) respektive 2025-04-04 (kommunstyrelsen)", and the
    // follow-up date broken over two lines ("2026-01-" / "30").
    QCOMPARE(r.dueDate(u"Servicenämnden", StatementKind::First), QDate(2025, 3, 31));
    QCOMPARE(r.dueDate(u"Kommunstyrelsen", StatementKind::First), QDate(2025, 4, 4));
    QCOMPARE(r.dueDate(u"Servicenämnden", StatementKind::FollowUp), QDate(2026, 1, 30));
    QCOMPARE(r.dueDate(u"Kommunstyrelsen", StatementKind::FollowUp), QDate(2026, 2, 27));
    QCOMPARE(r.dueDates.size(), 4);
    QCOMPARE(r.count(ItemKind::Recommendation), 0);
    QCOMPARE(r.count(ItemKind::Question), 0);
    QVERIFY2(hasNote(r, u"No recommendations or questions were found"_s), qPrintable(r.notes.join(u"\n"_s)));
}

QTEST_MAIN(TestReportImporter)
#include "tst_reportimporter.moc"
