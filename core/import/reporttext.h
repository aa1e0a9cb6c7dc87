// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/pagecleanup.h"
#include "import/reportpage.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace yttra {

/// A heading, paragraph or list item of the cleaned report text.
struct ReportBlock
{
    enum class Kind { Heading, Paragraph, ListItem, TableRow };

    Kind kind = Kind::Paragraph;
    QString text;
    QString marker;        // list items: the bullet glyph as found, or "1." / "a)"
    QString number;        // numbered list items: "1"; numbered headings: "4.2"
    int page = 0;          // where the block starts (0: the file has no pages)
    double indent = -1;    // how far in the block starts, in character widths (spaces in a text file)
    double textLeft = -1;  // list items from a PDF: where the item's words begin
    int rank = 0;          // headings: Markdown level or depth of the number; 0 unknown
    double height = -1;    // headings from a PDF: the text height
    bool margin = false;   // a line apart from the text: in a PDF page's header or footer area but on
                           // too few pages to be known as running, or a footnote below the text
    QString sectionNumber; // the numbered section the block stands in, e.g. "4.2"
    QString heading;       // the nearest heading above (or this heading), without its number
    QStringList cells;     // table rows: the text of each cell (`text` holds them all)
    QStringList header;    // table rows: the table's header; empty for the header row itself
    int line = 0;          // ReportLine::number of its first line
    QList<QRectF> boxes;   // PDFs: where its lines stand on `page` (lines on the next page are left out)
};

/// The report's text cleaned of what PDF layout leaves in it, as blocks: running page
/// headers and footers (municipality, title, date, page numbers) and tables of contents
/// removed, words hyphenated at a line end rejoined, lines of one sentence joined, bullets
/// recognised whatever glyph the PDF uses, headings told from body text. Made in two
/// import passes: PageCleanup, then the blocks and their headings (the CleanPages
/// constructor).
class ReportText
{
public:
    /// Both passes: the pages as read are cleaned first.
    explicit ReportText(const QList<ReportPage> &pages);
    /// The headings pass alone: blocks from pages PageCleanup has cleaned.
    explicit ReportText(const CleanPages &clean);

    const QList<ReportBlock> &blocks() const { return m_blocks; }
    const QList<CleanLine> &lines() const { return m_lines; }
    /// The running headers and footers that were removed (one entry per page they were on):
    /// they still tell the report's title and date.
    const QList<CleanLine> &runningLines() const { return m_running; }
    /// PDF pages with no text at all (scanned pages inside a text PDF).
    const QList<int> &pagesWithoutText() const { return m_emptyPages; }
    int pageCount() const { return m_pageCount; }

    struct Bullet
    {
        QString marker; // the glyph, or the number with its punctuation
        QString number; // for numbered items
        QString text;   // what follows the marker; empty for a marker alone on its line
    };
    /// The list marker a line starts with, if any: •, ‐, -, –, , ▪, o, *, ➢, "1.", "a)", ...
    static std::optional<Bullet> bulletOf(QStringView line);

    /// Two lines of one sentence joined: a word hyphenated at the line end is rejoined
    /// ("informa-" + "tionen"), a hyphen that belongs to the word is kept ("IT-" +
    /// "säkerhet", "2026-01-" + "30"), "informations-" + "och" keeps its space.
    static QString joined(const QString &first, const QString &second);

    /// A page number as headers and footers write it: "3", "- 3 -", "Sida 3 av 40", "3 (40)".
    static bool isPageNumber(QStringView line);

    /// One line with PDF oddities evened out: ligatures, non-breaking and zero-width spaces,
    /// tabs (kept as a column gap of two spaces).
    static QString normalisedLine(QStringView line);

    /// Whether the line is a heading by its words alone: a numbered heading ("4.2
    /// Rekommendationer"), a keyword heading ("Bedömning", "Rekommendationer till
    /// kommunstyrelsen"), "Rekommendation 3", "Bilaga 1 ...".
    static bool isHeadingText(QStringView line);

    /// Whether the whole line is a keyword heading: "Bedömning", "Rekommendationer till
    /// kommunstyrelsen", "Sammanfattning".
    static bool isKeywordHeading(QStringView line);

private:
    void buildBlocks(const QList<ReportPage> &pages);

    // buildBlocks(), step by step.
    enum class Break;
    struct Measures;
    struct Column;
    struct BlockState;
    struct Table;
    static double bodyTextHeight(const QList<ReportPage> &pages);
    static double usualLineGap(const QList<ReportPage> &pages);
    static Column textColumn(const ReportPage &page, double bodyHeight);
    static bool isApartFromText(const ReportPage &page, qsizetype index, const Column &column, double bodyHeight);
    static bool isFootnote(const ReportPage &page, qsizetype index, const Column &column, double bodyHeight);
    void appendMarginBlock(const QString &text, int page, bool footnote);
    static Break breakBefore(const ReportLine &line, bool firstOnPage, const BlockState &state, double usualGap);
    bool placeTableLine(const ReportPage &page, qsizetype index, const QString &text, Break kind, BlockState &state);
    struct TableCells;
    static std::optional<TableCells> cellsIn(const ReportLine &line, const Table &table);
    void noteWhereLineWent(const ReportLine &line, int page, qsizetype blocksBefore, const BlockState &state);
    void placeLine(const ReportLine &line, const QString &text, int page, Break kind, const Column &column,
                   const Measures &measures, BlockState &state);
    bool joinHeadingAbove(const ReportLine &line, const QString &text, Break kind, double bodyHeight, BlockState &state);
    static bool previousBlockEnded(const ReportBlock *current, const ReportLine &line, const QString &text, Break kind);
    static bool isHeadingLine(const ReportLine &line, const QString &text, double bodyHeight);
    void appendHeading(const ReportLine &line, const QString &text, int page, BlockState &state);
    bool startListItem(const ReportLine &line, const QString &text, int page, BlockState &state);
    bool finishPendingListItem(const ReportLine &line, const QString &text, int page, BlockState &state);
    static bool continuesBlock(const ReportBlock &current, const ReportLine &line, const QString &text, Break kind,
                               const ReportLine *previous, const Column &column);
    void dropTrailingSoftHyphens();
    void promoteNumberedHeadings();
    void assignSections();

    QList<ReportBlock> m_blocks;
    QList<CleanLine> m_lines;
    QList<CleanLine> m_running;
    QList<int> m_emptyPages;
    int m_pageCount = 0;
};

} // namespace yttra
