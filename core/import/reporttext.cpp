// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/reporttext.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption
    | QRegularExpression::UseUnicodePropertiesOption;

bool isBulletGlyph(QChar c)
{
    // What word processors and PDF producers put before list items, including the
    // private-use code points of the Symbol and Wingdings fonts ( U+F0B7,  U+F0A7, ...).
    static const QString glyphs = u"•◦●○▪▫■□‣⁃∙·►▶▸▹➢➣➤➔→✓✔❖◆◇♦*+-–—‐‑−"_s;
    const char16_t u = c.unicode();
    return glyphs.contains(c) || (u >= 0xE000 && u <= 0xF8FF);
}

bool isAsciiOrDash(QChar c)
{
    return c.unicode() < 0x80 || c == u'–' || c == u'—' || c == u'‐' || c == u'‑' || c == u'−';
}

/// Whether the text ends a sentence or introduces a list: ".", "!", "?", ":" before any
/// closing quotes or brackets.
bool endsTerminal(QStringView text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && (text[i].isSpace() || text[i] == u'"' || text[i] == u'”' || text[i] == u'’'
                      || text[i] == u')' || text[i] == u'»' || text[i] == u'\''))
        --i;
    return i >= 0 && (text[i] == u'.' || text[i] == u'!' || text[i] == u'?' || text[i] == u':');
}

bool startsLowercase(QStringView text)
{
    return !text.isEmpty() && text.front().isLower();
}

bool isTableOfContentsLine(QStringView line)
{
    static const QRegularExpression toc(
        u"^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?\\p{L}.{0,160}?(?:\\s*\\.{3,}\\s*|\\s*…+\\s*|\\s{2,})\\d{1,3}$"_s, caseless);
    return toc.match(line).hasMatch();
}

const QRegularExpression &numberedHeadingPattern()
{
    static const QRegularExpression pattern(u"^(\\d{1,2}(?:\\.\\d{1,2}){0,4})(\\.?)\\s+(\\S.*)$"_s, caseless);
    return pattern;
}

const QRegularExpression &keywordHeadingPattern()
{
    static const QRegularExpression pattern(
        u"^(?:(?:revisionell|revisionella|vår|våra|sammanfattande|samlad|samlade|övergripande|revisorernas|"
        "revisionens|granskningens)\\s+)?"
        "(?:bedömning(?:ar|en)?|rekommendation(?:er|erna)?|iakttagelse(?:r|rna)?|slutsats(?:er|erna)?|"
        "sammanfattning|kommentar(?:er)?|svar|frågor|bakgrund|syfte|metod|avgränsning(?:ar)?|"
        "revisionsfråg(?:a|or)|revisionskriterier|inledning|granskningsresultat|resultat|innehåll|"
        "innehållsförteckning|missiv)"
        "(?:\\s+(?:och|samt)\\s+\\p{L}+)?(?:\\s+(?:till|för)\\s+[\\p{L} -]{3,60})?$"_s,
        caseless);
    return pattern;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
    return values[values.size() / 2];
}

/// How far in a line starts, in character widths: spaces in a text file; in a PDF the
/// distance from the page's edge over half the text height, so a glyph's own side bearing
/// (a point or two) does not count as nesting.
double indentOf(const ReportLine &line)
{
    // In the right column of a page set in two, from that column's edge.
    if (!line.hasGeometry())
        return line.left;
    return (line.columnLeft >= 0 ? line.left - line.columnLeft : line.left) / (0.5 * line.height);
}

} // namespace

QString ReportText::normalisedLine(QStringView line)
{
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        switch (c.unicode()) {
        case 0x00A0: case 0x2007: case 0x202F: case 0x2002: case 0x2003: case 0x2009:
            out += u' ';
            break;
        case u'\t':
            out += u"  "_s;
            break;
        case 0x200B: case 0x200C: case 0x200D: case 0xFEFF:
            break;
        case 0x00AD:
            // A soft hyphen only matters at the end of a line, where it marks a word
            // broken by the layout; joined() takes it off there.
            if (line.sliced(i + 1).trimmed().isEmpty())
                out += c;
            break;
        case 0xFB00: out += u"ff"_s; break;
        case 0xFB01: out += u"fi"_s; break;
        case 0xFB02: out += u"fl"_s; break;
        case 0xFB03: out += u"ffi"_s; break;
        case 0xFB04: out += u"ffl"_s; break;
        case 0xFB05: case 0xFB06: out += u"st"_s; break;
        default:
            out += c;
        }
    }
    return out.trimmed();
}

std::optional<ReportText::Bullet> ReportText::bulletOf(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const QChar c = t.front();
    if (isBulletGlyph(c) || c == u'o') {
        const QStringView rest = t.sliced(1);
        if (rest.isEmpty()) {
            // A glyph alone on its line (the PDF put it apart from its text): a list item
            // follows. Not for the ASCII marks, which stand alone in tables too.
            if (!isAsciiOrDash(c))
                return Bullet{QString(c), {}, {}};
            return std::nullopt;
        }
        if (rest.front().isSpace()) {
            const QString text = rest.trimmed().toString();
            if (c == u'o' && !text.front().isLetterOrNumber())
                return std::nullopt;
            // "- 5 %" or "– 2020" are figures, not list items.
            if (c != u'o' && isAsciiOrDash(c) && text.front().isDigit() && !text.contains(u' '))
                return std::nullopt;
            return Bullet{QString(c), {}, text};
        }
        // "•Etablera": some PDFs leave no space after the glyph. Never for '-' or 'o',
        // which begin words.
        if (!isAsciiOrDash(c) && c != u'o' && rest.front().isLetter())
            return Bullet{QString(c), {}, rest.toString()};
        return std::nullopt;
    }
    static const QRegularExpression numbered(
        u"^(?:(\\d{1,2})([.)])|\\((\\d{1,2}|[a-z])\\)|([a-z])\\))\\s+(\\S.*)$"_s);
    const auto m = numbered.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString number = m.captured(1);
    if (number.isEmpty())
        number = m.captured(3);
    if (number.isEmpty())
        number = m.captured(4);
    const QString marker = t.first(m.capturedStart(5)).trimmed().toString();
    return Bullet{marker, number, m.captured(5)};
}

QString ReportText::joined(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    if (first.endsWith(QChar(0x00AD)))
        return first.chopped(1) + second;
    if (!first.endsWith(u'-'))
        return first + u' ' + second;

    const QChar before = first.size() >= 2 ? first.at(first.size() - 2) : QChar();
    if (before.isSpace())
        return first + u' ' + second;
    // "informations- och IT-säkerhet": the hyphen stands for a shared word ending.
    // "reserv- återgång- och ...": the next word is another such part.
    static const QRegularExpression conjunction(
        u"^(?:(?:och|eller|samt|respektive|resp\\.|som|till|med|utan|men)\\b|\\S+-(?:\\s|$))"_s);
    if (conjunction.match(second).hasMatch())
        return first + u' ' + second;
    if (before.isLower() && second.front().isLower()) {
        // "e-" + "post" keeps its hyphen: one letter is no word broken by the layout.
        const qsizetype wordStart = first.lastIndexOf(u' ') + 1;
        if (first.size() - 1 - wordStart <= 1)
            return first + second;
        return first.chopped(1) + second;
    }
    // "IT-" + "säkerhet", "2026-01-" + "30": the hyphen belongs to the word.
    return first + second;
}

bool ReportText::isPageNumber(QStringView line)
{
    static const QRegularExpression pageNumber(
        u"^(?:sida|sid\\.?|page|s\\.)?\\s*[-–—]?\\s*\\d{1,3}\\s*[-–—]?(?:\\s*(?:av|of|/|\\()\\s*\\d{1,3}\\)?)?$"_s, caseless);
    return pageNumber.match(line.trimmed()).hasMatch();
}

bool ReportText::isHeadingText(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.size() > 120)
        return false;
    const QChar last = t.back();
    if (last == u'.' || last == u',' || last == u';' || last == u'-')
        return false;

    if (const auto m = numberedHeadingPattern().match(t); m.hasMatch()) {
        // "1. Etablera ..." is a numbered list item; "1 Sammanfattning" and "4.2
        // Rekommendationer" are headings.
        const bool singleWithDot = !m.capturedView(1).contains(u'.') && !m.capturedView(2).isEmpty();
        const QStringView title = m.capturedView(3);
        return !singleWithDot && title.front().isUpper() && title.size() <= 100;
    }
    QStringView words = t;
    if (words.endsWith(u':'))
        words.chop(1);
    if (keywordHeadingPattern().match(words.trimmed()).hasMatch())
        return true;
    static const QRegularExpression recommendation(
        u"^rekommendation\\s+(?:\\d{1,2}|[ivx]{1,4})\\s*[:.)–-]?\\s*[^:]{0,60}$"_s, caseless);
    if (recommendation.match(t).hasMatch())
        return true;
    static const QRegularExpression appendix(u"^bilaga\\s+\\d{1,2}\\b.{0,80}$"_s, caseless);
    if (appendix.match(t).hasMatch())
        return true;
    // "MISSIV", "SAMMANFATTNING": a short line in capitals.
    static const QRegularExpression capitals(u"^[\\p{Lu}][\\p{Lu}\\s–-]{3,39}$"_s, QRegularExpression::UseUnicodePropertiesOption);
    return capitals.match(t).hasMatch();
}

ReportText::ReportText(const QList<ReportPage> &pages) : ReportText(PageCleanup::clean(pages))
{
}

ReportText::ReportText(const CleanPages &clean)
    : m_running(clean.running), m_emptyPages(clean.emptyPages), m_pageCount(clean.pageCount)
{
    buildBlocks(clean.pages);
    promoteNumberedHeadings();
    assignSections();
}

bool ReportText::isKeywordHeading(QStringView line)
{
    return keywordHeadingPattern().match(line).hasMatch();
}

void ReportText::promoteNumberedHeadings()
{
    // "1. Sammanfattning" reads like a list item, but one that stands alone, between
    // paragraphs, with a short title for text, is a chapter heading.
    static const QRegularExpression title(u"^\\p{Lu}[^.:;!?]{1,70}$"_s, QRegularExpression::UseUnicodePropertiesOption);
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        ReportBlock &b = m_blocks[i];
        if (b.kind != ReportBlock::Kind::ListItem || !b.marker.endsWith(u'.') || b.number.isEmpty()
            || !b.number.front().isDigit() || !title.match(b.text).hasMatch())
            continue;
        // The blocks around it, past any page header that stands between.
        const auto neighbour = [this](qsizetype k, int step) {
            while (k >= 0 && k < m_blocks.size() && m_blocks.at(k).margin)
                k += step;
            return k;
        };
        const auto isList = [this](qsizetype k) {
            if (k < 0 || k >= m_blocks.size())
                return false;
            const ReportBlock &n = m_blocks.at(k);
            return n.kind == ReportBlock::Kind::ListItem || (n.kind == ReportBlock::Kind::Paragraph && n.text.endsWith(u':'));
        };
        // "3. Rekommendationer" names a chapter even when a list's introduction follows it.
        const qsizetype next = neighbour(i + 1, 1);
        if (isList(neighbour(i - 1, -1)) || (isList(next) && !isKeywordHeading(b.text)) || next >= m_blocks.size())
            continue;
        b.kind = ReportBlock::Kind::Heading;
        b.text = b.number + u". "_s + b.text;
        b.marker.clear();
    }
}

enum class ReportText::Break { None, Blank, Page };

/// What building blocks measures on the whole document before it starts.
struct ReportText::Measures
{
    double bodyHeight = 0; // the body text's height: headings stand out by being taller
    double usualGap = 0;   // the usual gap between the lines of a paragraph
};

/// A page's text column, and where its body text ends: smaller print below that is footnotes.
struct ReportText::Column
{
    double left = 1e9;
    double right = 0;
    qsizetype lastBodyLine = -1;
};

/// Where building blocks stands between one line and the next.
/// A table being read: rows are lines with a cell in two or more of its columns; in a PDF a
/// line with fewer cells continues the cells above it.
struct ReportText::Table
{
    QStringList header;
    QList<double> columns; // PDFs: where the header's cells begin
    double lineHeight = 0;
    qsizetype row = -1;    // the row being read (a block)
    qsizetype rowCells = 0; // how many cells the row's first line has
};

/// The cells a line has in a table's columns.
struct ReportText::TableCells
{
    QList<qsizetype> columns;
    QStringList texts;
};

struct ReportText::BlockState
{
    std::optional<Table> table;
    qsizetype open = -1; // the block that may still grow
    const ReportLine *previous = nullptr;
    QString pendingMarker; // a list glyph alone on its line, waiting for its text
    double pendingIndent = -1;
    bool pendingBlank = false;
    qsizetype lastHeading = -1; // a heading made from the line just before
};

void ReportText::buildBlocks(const QList<ReportPage> &pages)
{
    const Measures measures{bodyTextHeight(pages), usualLineGap(pages)};
    BlockState state;
    for (const ReportPage &page : pages) {
        const Column column = textColumn(page, measures.bodyHeight);
        bool firstOnPage = true;
        for (qsizetype index = 0; index < page.lines.size(); ++index) {
            const ReportLine &line = page.lines.at(index);
            if (line.text.isEmpty())
                continue;
            if (isTableOfContentsLine(line.text)) {
                state.pendingBlank = true;
                continue;
            }
            const QString text = line.text.simplified();
            if (isApartFromText(page, index, column, measures.bodyHeight)) {
                appendMarginBlock(text, page.number, isFootnote(page, index, column, measures.bodyHeight));
                continue;
            }
            const Break kind = breakBefore(line, firstOnPage, state, measures.usualGap);
            firstOnPage = false;
            state.pendingBlank = false;
            m_lines.append({text, page.number, kind != Break::None || !state.previous, false});
            const qsizetype blocksBefore = m_blocks.size();
            if (!placeTableLine(page, index, text, kind, state))
                placeLine(line, text, page.number, kind, column, measures, state);
            noteWhereLineWent(line, page.number, blocksBefore, state);
            state.previous = &line;
        }
    }
    dropTrailingSoftHyphens();
}

namespace {

/// The cells of a table row: what wide gaps (PDF) or tabs (text) set apart.
QStringList cellsOf(const QString &line)
{
    static const QRegularExpression gap(u"\\t|\\s{2,}"_s);
    QStringList cells = line.trimmed().split(gap, Qt::SkipEmptyParts);
    for (QString &cell : cells)
        cell = cell.simplified();
    return cells;
}

/// Where the pieces of a PDF line that wide gaps set apart begin ("Rekommendation", "Ansvarig
/// nämnd", "Prioritet"): the same gaps that put two spaces in its text.
QList<double> pieceStarts(const ReportLine &line)
{
    QList<double> starts;
    for (qsizetype i = 0; i < line.words.size(); ++i) {
        if (i == 0 || line.words.at(i).left - line.words.at(i - 1).right > 1.5 * line.height)
            starts.append(line.words.at(i).left);
    }
    return starts;
}

} // namespace

std::optional<ReportText::TableCells> ReportText::cellsIn(const ReportLine &line, const Table &table)
{
    TableCells cells;
    if (table.columns.isEmpty() || line.words.isEmpty()) {
        // Without places (a text file's tab-separated row): a row has as many cells as the header.
        cells.texts = cellsOf(line.text);
        if (cells.texts.size() != table.header.size())
            return std::nullopt;
        for (qsizetype i = 0; i < cells.texts.size(); ++i)
            cells.columns.append(i);
        return cells;
    }
    // Each word in the column it begins in; a word across a column's edge is no table's.
    const double slack = 0.8 * table.lineHeight;
    for (const LineWord &word : line.words) {
        qsizetype column = -1;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            if (table.columns.at(c) <= word.left + slack)
                column = c;
        }
        if (column < 0 || (!cells.columns.isEmpty() && column < cells.columns.last()))
            return std::nullopt;
        if (column + 1 < table.columns.size() && word.right > table.columns.at(column + 1) + 0.25 * table.lineHeight)
            return std::nullopt;
        if (!cells.columns.isEmpty() && cells.columns.last() == column) {
            cells.texts.last() += (word.spaceBefore ? u" "_s : QString()) + word.text;
        } else {
            cells.columns.append(column);
            cells.texts.append(word.text);
        }
    }
    for (QString &text : cells.texts)
        text = normalisedLine(text).simplified();
    return cells;
}

bool ReportText::placeTableLine(const ReportPage &page, qsizetype index, const QString &text, Break kind,
                                BlockState &state)
{
    const ReportLine &line = page.lines.at(index);
    if (state.table) {
        Table &table = *state.table;
        const auto cells = cellsIn(line, table);
        if (cells && cells->texts == table.header)
            return true; // the header repeated on a new page
        // A line right below the row, or at the top of the next page in mid-sentence, continues
        // the row's cells when it fills fewer cells than the row's first line (a row begins
        // with a line in every cell it has) or goes on a cell's sentence.
        const bool below = kind == Break::None || (kind == Break::Page && startsLowercase(text));
        const bool continues = cells && table.row >= 0 && !table.columns.isEmpty() && below
            && (cells->columns.size() < table.rowCells || cells->columns.first() != 0
                || startsLowercase(cells->texts.first()));
        if (cells && cells->columns.size() >= 2 && !continues) {
            ReportBlock block;
            block.kind = ReportBlock::Kind::TableRow;
            block.page = page.number;
            block.header = table.header;
            for (qsizetype c = 0; c < table.header.size(); ++c)
                block.cells.append(QString());
            for (qsizetype i = 0; i < cells->texts.size(); ++i)
                block.cells[cells->columns.at(i)] = cells->texts.at(i);
            block.text = block.cells.join(u' ').simplified();
            m_blocks.append(block);
            table.row = m_blocks.size() - 1;
            table.rowCells = cells->columns.size();
            state.open = table.row;
            return true;
        }
        if (continues) {
            ReportBlock &row = m_blocks[table.row];
            for (qsizetype i = 0; i < cells->texts.size(); ++i) {
                QString &cell = row.cells[cells->columns.at(i)];
                cell = cell.isEmpty() ? cells->texts.at(i) : joined(cell, cells->texts.at(i));
            }
            row.text = row.cells.join(u' ').simplified();
            state.open = table.row;
            return true;
        }
        state.table.reset();
        state.open = -1;
    }

    // A table begins with a header whose next line is a row of it.
    const QStringList header = cellsOf(line.text);
    if (header.size() < 2 || index + 1 >= page.lines.size())
        return false;
    Table table;
    table.header = header;
    table.lineHeight = line.hasGeometry() ? line.height : 0;
    if (line.hasGeometry()) {
        table.columns = pieceStarts(line);
        if (table.columns.size() != header.size())
            return false;
    }
    const auto next = cellsIn(page.lines.at(index + 1), table);
    if (!next || next->columns.size() < 2 || next->columns.first() != 0)
        return false;
    ReportBlock block;
    block.kind = ReportBlock::Kind::TableRow;
    block.page = page.number;
    block.cells = header;
    block.text = header.join(u' ');
    m_blocks.append(block);
    state.open = -1;
    state.table = table;
    return true;
}

void ReportText::noteWhereLineWent(const ReportLine &line, int page, qsizetype blocksBefore, const BlockState &state)
{
    // The block the line started, or the one it continued; a list glyph alone on its line
    // waits for its item.
    qsizetype target = -1;
    if (m_blocks.size() > blocksBefore)
        target = m_blocks.size() - 1;
    else if (!state.pendingMarker.isEmpty())
        return;
    else
        target = state.open >= 0 ? state.open : state.lastHeading;
    if (target < 0)
        return;
    ReportBlock &block = m_blocks[target];
    if (block.line == 0)
        block.line = line.number;
    if (line.hasGeometry() && block.page == page)
        block.boxes.append(QRectF(QPointF(line.left, line.top), QPointF(line.right, line.bottom)));
}

void ReportText::placeLine(const ReportLine &line, const QString &text, int page, Break kind, const Column &column,
                           const Measures &measures, BlockState &state)
{
    if (joinHeadingAbove(line, text, kind, measures.bodyHeight, state))
        return;
    state.lastHeading = -1;

    const ReportBlock *current = state.open >= 0 ? &m_blocks.at(state.open) : nullptr;
    if (line.markdownLevel > 0
        || (previousBlockEnded(current, line, text, kind) && isHeadingLine(line, text, measures.bodyHeight))) {
        appendHeading(line, text, page, state);
        return;
    }
    if (startListItem(line, text, page, state) || finishPendingListItem(line, text, page, state))
        return;
    if (current && continuesBlock(*current, line, text, kind, state.previous, column)) {
        m_blocks[state.open].text = joined(current->text, text);
        return;
    }
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = text;
    block.page = page;
    block.indent = indentOf(line);
    m_blocks.append(block);
    state.open = m_blocks.size() - 1;
}

double ReportText::bodyTextHeight(const QList<ReportPage> &pages)
{
    // Weighted by length, so the body text wins over many short headings.
    std::vector<double> heights;
    for (const ReportPage &page : pages) {
        for (const ReportLine &line : page.lines) {
            if (line.hasGeometry()) {
                for (qsizetype k = 0; k < line.text.size(); k += 8)
                    heights.push_back(line.height);
            }
        }
    }
    return median(std::move(heights));
}

double ReportText::usualLineGap(const QList<ReportPage> &pages)
{
    // A low quantile over the document, since a page of one-line paragraphs (an address, a
    // signature) has no other gaps.
    std::vector<double> gaps;
    for (const ReportPage &page : pages) {
        for (qsizetype i = 1; i < page.lines.size(); ++i) {
            const ReportLine &a = page.lines.at(i - 1);
            const ReportLine &b = page.lines.at(i);
            if (!a.hasGeometry() || !b.hasGeometry() || std::abs(a.height - b.height) > 0.2 * b.height)
                continue;
            const double gap = b.top - a.bottom;
            if (gap > -b.height && gap < 3 * b.height)
                gaps.push_back(gap);
        }
    }
    std::sort(gaps.begin(), gaps.end());
    return gaps.empty() ? 0 : gaps[gaps.size() / 4];
}

ReportText::Column ReportText::textColumn(const ReportPage &page, double bodyHeight)
{
    Column column;
    for (qsizetype i = 0; i < page.lines.size(); ++i) {
        const ReportLine &line = page.lines.at(i);
        if (!line.hasGeometry())
            continue;
        column.left = std::min(column.left, line.left);
        column.right = std::max(column.right, line.right);
        if (line.height >= 0.85 * bodyHeight)
            column.lastBodyLine = i;
    }
    return column;
}

bool ReportText::isApartFromText(const ReportPage &page, qsizetype index, const Column &column, double bodyHeight)
{
    // A header or footer on too few pages to be removed as running, or a footnote.
    const ReportLine &line = page.lines.at(index);
    const bool inMargin = line.hasGeometry() && page.height > 0
        && (line.bottom < 0.075 * page.height || line.top > 0.93 * page.height);
    return inMargin || isFootnote(page, index, column, bodyHeight);
}

bool ReportText::isFootnote(const ReportPage &page, qsizetype index, const Column &column, double bodyHeight)
{
    // Smaller print below the body text, or a note PageCleanup found by its mark.
    const ReportLine &line = page.lines.at(index);
    return line.footnote
        || (line.hasGeometry() && index > column.lastBodyLine && column.lastBodyLine >= 0
            && line.height < 0.85 * bodyHeight);
}

void ReportText::appendMarginBlock(const QString &text, int page, bool footnote)
{
    // A block of its own that interrupts nothing (it opens no block and closes none), so a
    // sentence or a list broken by the page still joins up.
    ReportBlock block;
    block.text = text;
    block.page = page;
    block.margin = true;
    m_blocks.append(block);
    m_lines.append({text, page, true, false, true, footnote});
}

ReportText::Break ReportText::breakBefore(const ReportLine &line, bool firstOnPage, const BlockState &state,
                                          double usualGap)
{
    if (firstOnPage && state.previous)
        return Break::Page;
    if (line.blankBefore || state.pendingBlank)
        return Break::Blank;
    if (line.hasGeometry() && state.previous && state.previous->hasGeometry()) {
        const double gap = line.top - state.previous->bottom;
        if (gap > usualGap + std::max(0.3 * line.height, 1.5))
            return Break::Blank;
    }
    return Break::None;
}

bool ReportText::joinHeadingAbove(const ReportLine &line, const QString &text, Break kind, double bodyHeight,
                                  BlockState &state)
{
    // A heading the next line continues (after a hyphen, or in lower case): a tall heading
    // set on two lines is one heading; otherwise the "heading" was the first line of a
    // paragraph ("Rekommendation 3: Säkerställa att ... när" / "prognosen visar").
    const qsizetype index = state.lastHeading;
    if (index < 0 || index != m_blocks.size() - 1 || kind != Break::None || !state.previous
        || line.markdownLevel != 0 || state.previous->markdownLevel != 0
        || !(m_blocks.at(index).text.endsWith(u'-') || startsLowercase(text)))
        return false;
    ReportBlock &heading = m_blocks[index];
    const bool tallToo = line.hasGeometry() && heading.height > 0 && bodyHeight > 0
        && heading.height >= 1.15 * bodyHeight && std::abs(line.height - heading.height) < 0.1 * heading.height;
    if (tallToo) {
        heading.text = joined(heading.text, text);
        m_lines.last().heading = true;
        return true;
    }
    heading.kind = ReportBlock::Kind::Paragraph;
    heading.text = joined(state.previous->text.simplified(), text);
    heading.rank = 0;
    heading.height = -1;
    m_lines.last().heading = false;
    if (m_lines.size() >= 2)
        m_lines[m_lines.size() - 2].heading = false;
    state.open = index;
    state.lastHeading = -1;
    return true;
}

bool ReportText::previousBlockEnded(const ReportBlock *current, const ReportLine &line, const QString &text, Break kind)
{
    // A line left of a list item's words (which a hanging indent aligns) is no part of the
    // item, even when the item ends without a full stop.
    const bool leftOfItem = current && current->kind == ReportBlock::Kind::ListItem && line.hasGeometry()
        && current->textLeft > 0 && line.left < current->textLeft - 3;
    return !current || current->kind == ReportBlock::Kind::Heading || endsTerminal(current->text)
        || kind == Break::Blank || (kind == Break::Page && !startsLowercase(text))
        || (leftOfItem && !startsLowercase(text));
}

bool ReportText::isHeadingLine(const ReportLine &line, const QString &text, double bodyHeight)
{
    // Told by its words, or taller than the body.
    const bool tall = line.hasGeometry() && bodyHeight > 0 && line.height >= 1.15 * bodyHeight && text.size() <= 100
        && !text.endsWith(u'.') && text.front().isLetterOrNumber();
    return isHeadingText(text) || tall;
}

void ReportText::appendHeading(const ReportLine &line, const QString &text, int page, BlockState &state)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.text = text.endsWith(u':') ? text.chopped(1).trimmed() : text;
    block.page = page;
    block.rank = line.markdownLevel;
    block.height = line.hasGeometry() ? line.height : -1;
    m_blocks.append(block);
    m_lines.last().heading = true;
    state.open = -1;
    state.lastHeading = m_blocks.size() - 1;
    state.pendingMarker.clear();
}

bool ReportText::startListItem(const ReportLine &line, const QString &text, int page, BlockState &state)
{
    const auto bullet = bulletOf(text);
    if (!bullet)
        return false;
    state.open = -1;
    if (bullet->text.isEmpty()) {
        state.pendingMarker = bullet->marker;
        state.pendingIndent = indentOf(line);
        return true;
    }
    ReportBlock block;
    block.kind = ReportBlock::Kind::ListItem;
    block.marker = bullet->marker;
    block.number = bullet->number;
    block.text = bullet->text;
    block.page = page;
    block.indent = indentOf(line);
    block.textLeft = line.contentLeft;
    m_blocks.append(block);
    state.open = m_blocks.size() - 1;
    state.pendingMarker.clear();
    return true;
}

bool ReportText::finishPendingListItem(const ReportLine &line, const QString &text, int page, BlockState &state)
{
    // The text of a list item whose glyph stood alone on the line before.
    if (state.pendingMarker.isEmpty())
        return false;
    ReportBlock block;
    block.kind = ReportBlock::Kind::ListItem;
    block.marker = state.pendingMarker;
    block.text = text;
    block.page = page;
    block.indent = state.pendingIndent;
    block.textLeft = line.left;
    m_blocks.append(block);
    state.open = m_blocks.size() - 1;
    state.pendingMarker.clear();
    return true;
}

bool ReportText::continuesBlock(const ReportBlock &current, const ReportLine &line, const QString &text, Break kind,
                                const ReportLine *previous, const Column &column)
{
    if (current.kind == ReportBlock::Kind::Heading)
        return false;
    const bool terminal = endsTerminal(current.text);
    const bool lower = startsLowercase(text) || (current.text.endsWith(u'-') && text.front().isLetterOrNumber());
    switch (kind) {
    case Break::Page:
        // A sentence runs on over the page break; a list item only into words that cannot
        // begin a paragraph.
        return !terminal && (lower || current.kind == ReportBlock::Kind::Paragraph);
    case Break::Blank:
        return !terminal && lower;
    case Break::None:
        break;
    }
    if (current.text.endsWith(u':'))
        return false;
    if (!line.hasGeometry() || !previous || !previous->hasGeometry())
        return true;
    // A sentence that ends well short of the column ends its paragraph.
    const double left = previous->columnLeft >= 0 ? previous->columnLeft : column.left;
    const double right = previous->columnRight >= 0 ? previous->columnRight : column.right;
    const bool shortLine = previous->right < right - 0.15 * (right - left);
    if (endsTerminal(previous->text) && shortLine && !lower)
        return false;
    // Left of the item's words (a hanging indent keeps them aligned): the list has ended and
    // a paragraph begins.
    return !(current.kind == ReportBlock::Kind::ListItem && current.textLeft > 0 && line.left < current.textLeft - 3
             && !lower);
}

void ReportText::dropTrailingSoftHyphens()
{
    // A soft hyphen left at the very end of a block has nothing to join.
    for (ReportBlock &block : m_blocks) {
        if (block.text.endsWith(QChar(0x00AD)))
            block.text.chop(1);
    }
}

void ReportText::assignSections()
{
    QString number;
    QString heading;
    for (ReportBlock &block : m_blocks) {
        if (block.kind == ReportBlock::Kind::Heading) {
            if (const auto m = numberedHeadingPattern().match(block.text); m.hasMatch() && m.captured(3).front().isUpper()) {
                number = m.captured(1);
                heading = m.captured(3).trimmed();
                block.number = number;
                if (block.rank == 0)
                    block.rank = int(number.count(u'.')) + 1;
            } else {
                heading = block.text;
                // An appendix is outside the numbered chapters.
                if (heading.startsWith(u"Bilaga"_s, Qt::CaseInsensitive))
                    number.clear();
            }
        }
        block.sectionNumber = number;
        block.heading = heading;
    }
}

} // namespace yttra
