// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lays out a report written as plain text into a PDF the way a word processor does, so the
// importer's tests and benchmark read real PDF text: running headers and footers with page
// numbers, words hyphenated at the line end, bullets with a hanging indent, taller
// headings. Header-only: the tests and the benchmark each compile it.

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace yttra::test {

struct PdfStyle
{
    QString headerLeft;       // running header, left ("Exempelby kommun")
    QString headerCentre;     // centre (the report's title)
    QString headerRight;      // right (the report's date)
    QString footer = QStringLiteral("Sida %1 av %2"); // %1 page, %2 pages; empty for none
    bool coverWithoutHeader = true; // the first page carries no running header or footer
    bool hyphenate = true;    // break long words at the line end with a hyphen
    QString bulletOverride;   // draw every bullet with this glyph instead of the text's own
    qreal fontSize = 10.5;
};

namespace detail {

struct Block
{
    enum Kind { Heading, Paragraph, Item, PageBreak, Footnote } kind = Paragraph;
    QString text;
    QString marker; // list items
    int level = 0;  // headings: 1-6; list items: nesting
    QStringList lines; // paragraphs: the lines as written, kept when all are short (an address)
};

inline QList<Block> blocksOf(const QString &markup)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    static const QRegularExpression item(QStringLiteral("^(\\S{1,3})\\s+(.*)$"));
    static const QString glyphs = QStringLiteral("•◦▪■‐-–—*o➢\uF0B7\uF0A7");
    QList<Block> blocks;
    const QStringList lines = markup.split(QLatin1Char('\n'));
    Block current;
    bool open = false;
    const auto flush = [&] {
        if (open)
            blocks.append(current);
        open = false;
    };
    for (const QString &raw : lines) {
        if (raw.contains(QLatin1Char('\f'))) {
            flush();
            blocks.append({Block::PageBreak, {}, {}, 0, {}});
        }
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (line.startsWith(QStringLiteral("Fotnot: "))) {
            flush();
            blocks.append({Block::Footnote, line.mid(8), {}, 0, {}});
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            flush();
            blocks.append({Block::Heading, m.captured(2), {}, int(m.capturedLength(1)), {}});
            continue;
        }
        const auto m = item.match(line);
        const bool isItem = m.hasMatch()
            && ((m.capturedLength(1) == 1 && glyphs.contains(m.captured(1)))
                || QRegularExpression(QStringLiteral("^\\d{1,2}[.)]$")).match(m.captured(1)).hasMatch());
        if (isItem) {
            flush();
            int spaces = 0;
            while (spaces < raw.size() && raw.at(spaces) == QLatin1Char(' '))
                ++spaces;
            current = {Block::Item, m.captured(2), m.captured(1), spaces / 2, {}};
            open = true;
            continue;
        }
        if (open) {
            current.text += QLatin1Char(' ') + line;
            current.lines.append(line);
        } else {
            current = {Block::Paragraph, line, {}, 0, {line}};
            open = true;
        }
    }
    flush();
    return blocks;
}

} // namespace detail

/// Draws a line whose "<sup>4</sup>" marks are small and raised, as footnote references are.
inline void drawWithMarks(QPainter &painter, QPointF at, const QString &text, const QFont &font)
{
    static const QRegularExpression mark(QStringLiteral("<sup>([^<]*)</sup>"));
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.6);
    qsizetype from = 0;
    auto it = mark.globalMatch(text);
    while (true) {
        const bool more = it.hasNext();
        const QRegularExpressionMatch m = more ? it.next() : QRegularExpressionMatch();
        const QString plain = text.mid(from, more ? m.capturedStart() - from : -1);
        painter.setFont(font);
        painter.drawText(at, plain);
        at.rx() += QFontMetricsF(font).horizontalAdvance(plain);
        if (!more)
            break;
        painter.setFont(small);
        painter.drawText(at - QPointF(0, font.pointSizeF() * 0.35), m.captured(1));
        at.rx() += QFontMetricsF(small).horizontalAdvance(m.captured(1));
        from = m.capturedEnd();
    }
}

/// Writes `markup` as a PDF: blank lines separate paragraphs, "# " starts a heading, a
/// line starting with a bullet glyph or "1." a list item, a form feed a new page; a line
/// "Fotnot: ..." is a footnote at the foot of the page it falls on; "<sup>4</sup>" a small
/// raised mark.
/// A long report for the limits (tst_limits, bench_limits): the audit's recommendations
/// first, then an appendix of `paragraphs` paragraphs a page, what makes real reports long.
inline QString longReportMarkup(int pages, int paragraphs)
{
    QString markup = QStringLiteral("# Granskning av intern kontroll\n\nKommunrevisionen har granskat kommunstyrelsen.\n\n"
                                    "# Rekommendationer\n\nVi rekommenderar kommunstyrelsen att:\n\n"
                                    "• säkerställa att rutinerna för uppföljning dokumenteras\n"
                                    "• se över ansvarsfördelningen mellan förvaltningarna\n");
    const QString paragraph = QStringLiteral("Uppgifterna i bilagan är hämtade ur kommunens ekonomisystem och avser "
                                             "räkenskapsåret. Beloppen redovisas i tusentals kronor.\n\n");
    for (int p = 1; p < pages; ++p)
        markup += QStringLiteral("\f# Bilaga %1\n\n").arg(p) + paragraph.repeated(paragraphs);
    return markup;
}

inline bool writePdfReport(const QString &markup, const QString &path, const PdfStyle &style = {})
{
    using detail::Block;
    const QList<Block> blocks = detail::blocksOf(markup);

    QPdfWriter writer(path);
    writer.setResolution(72); // one unit is one point
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Yttra tests"));

    const qreal pageWidth = 595;
    const qreal pageHeight = 842;
    const qreal left = 64;
    const qreal right = pageWidth - 64;
    const qreal top = 78;
    const qreal pageBottom = pageHeight - 80;
    qreal bottom = pageBottom; // less the footnotes set on the page

    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(style.fontSize);
    QFont bold = body;
    bold.setBold(true);
    QFont small = body;
    small.setPointSizeF(style.fontSize * 0.8);

    // Lay out all pages first, so the footer can say how many there are.
    struct Run
    {
        int page;
        qreal x;
        qreal y;
        QString text;
        QFont font;
    };
    QList<Run> runs;
    int page = 0;
    qreal y = top;

    QList<Run> footnotes;
    const auto newPage = [&] {
        ++page;
        y = top;
        bottom = pageBottom;
    };
    const auto ensure = [&](qreal height) {
        if (y + height > bottom)
            newPage();
    };

    // Breaks text into lines of at most `width`; long words are hyphenated at the line end
    // (or broken after a hyphen they already have).
    const auto wrap = [&](const QString &text, const QFont &font, qreal width) {
        const QFontMetricsF metrics(font);
        QStringList lines;
        QString line;
        QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < words.size(); ++i) {
            const QString word = words.at(i);
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (metrics.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            const QString prefix = line.isEmpty() ? QString() : line + QLatin1Char(' ');
            int cut = -1;
            QString head;
            if (style.hyphenate && word.size() >= 8) {
                // After an existing hyphen ("IT-|säkerhet"), else within the word.
                const int hyphen = int(word.indexOf(QLatin1Char('-')));
                if (hyphen >= 1 && hyphen < word.size() - 3
                    && metrics.horizontalAdvance(prefix + word.left(hyphen + 1)) <= width) {
                    cut = hyphen + 1;
                    head = word.left(cut);
                } else {
                    bool letters = true;
                    for (const QChar c : word)
                        letters = letters && c.isLetter();
                    for (int k = int(word.size()) - 4; letters && k >= 4; --k) {
                        if (metrics.horizontalAdvance(prefix + word.left(k) + QLatin1Char('-')) <= width) {
                            cut = k;
                            head = word.left(k) + QLatin1Char('-');
                            break;
                        }
                    }
                }
            }
            if (cut > 0) {
                lines.append(prefix + head);
                line.clear();
                words.insert(i + 1, word.mid(cut));
                continue;
            }
            if (!line.isEmpty())
                lines.append(line);
            line = word;
        }
        if (!line.isEmpty())
            lines.append(line);
        return lines;
    };

    newPage();
    for (const Block &block : blocks) {
        switch (block.kind) {
        case Block::PageBreak:
            newPage();
            break;
        case Block::Footnote: {
            QFont font = body;
            font.setPointSizeF(style.fontSize * 0.75);
            const qreal height = QFontMetricsF(font).height();
            bottom -= height * 1.2;
            footnotes.append({page, left, bottom + 4, block.text, font});
            break;
        }
        case Block::Heading: {
            QFont font = bold;
            font.setPointSizeF(style.fontSize * (block.level <= 1 ? 1.6 : block.level == 2 ? 1.35 : 1.2));
            const qreal height = QFontMetricsF(font).height();
            y += 10;
            ensure(height * 2 + 20);
            for (const QString &line : wrap(block.text, font, right - left)) {
                runs.append({page, left, y, line, font});
                y += height * 1.2;
            }
            y += 4;
            break;
        }
        case Block::Paragraph: {
            const qreal height = QFontMetricsF(body).height();
            // An address or a signature keeps its lines, and so does a short first line (a
            // label such as "Rekommendation 1"); running text flows.
            bool keepLines = block.lines.size() > 1;
            for (const QString &line : block.lines)
                keepLines = keepLines && line.size() <= 60;
            QStringList parts = keepLines ? block.lines : QStringList{block.text};
            if (!keepLines && block.lines.size() > 1 && block.lines.first().size() <= 60)
                parts = {block.lines.first(), block.lines.mid(1).join(QLatin1Char(' '))};
            for (const QString &part : parts) {
                for (const QString &line : wrap(part, body, right - left)) {
                    ensure(height);
                    runs.append({page, left, y, line, body});
                    y += height * 1.2;
                }
            }
            y += 8;
            break;
        }
        case Block::Item: {
            const qreal height = QFontMetricsF(body).height();
            const qreal nesting = 20 * block.level;
            const qreal indent = 26;
            QString marker = block.marker;
            if (!style.bulletOverride.isEmpty() && !marker.front().isDigit())
                marker = style.bulletOverride;
            // A glyph the font lacks would be drawn as nothing; a real PDF would show it.
            if (!QFontMetricsF(body).inFont(marker.front()))
                marker = QStringLiteral("•");
            bool first = true;
            for (const QString &line : wrap(block.text, body, right - left - indent - nesting)) {
                ensure(height);
                if (first)
                    runs.append({page, left + 8 + nesting, y, marker, body});
                runs.append({page, left + indent + nesting, y, line, body});
                first = false;
                y += height * 1.2;
            }
            y += 3;
            break;
        }
        }
    }
    const int pages = page;

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (int p = 1; p <= pages; ++p) {
        if (p > 1)
            writer.newPage();
        if (p > 1 || !style.coverWithoutHeader) {
            painter.setFont(small);
            const QFontMetricsF metrics(small);
            const qreal headerY = 34 + metrics.ascent();
            if (!style.headerLeft.isEmpty())
                painter.drawText(QPointF(left, headerY), style.headerLeft);
            if (!style.headerCentre.isEmpty())
                painter.drawText(QPointF((pageWidth - metrics.horizontalAdvance(style.headerCentre)) / 2, headerY),
                                 style.headerCentre);
            if (!style.headerRight.isEmpty())
                painter.drawText(QPointF(right - metrics.horizontalAdvance(style.headerRight), headerY), style.headerRight);
            if (!style.footer.isEmpty()) {
                const QString footer = style.footer.contains(QStringLiteral("%2")) ? style.footer.arg(p).arg(pages)
                                                                                   : style.footer.arg(p);
                painter.drawText(QPointF((pageWidth - metrics.horizontalAdvance(footer)) / 2, pageHeight - 40), footer);
            }
        }
        for (const Run &run : std::as_const(runs) + std::as_const(footnotes)) {
            if (run.page != p)
                continue;
            drawWithMarks(painter, QPointF(run.x, run.y + QFontMetricsF(run.font).ascent()), run.text, run.font);
        }
    }
    return painter.end();
}

/// A PDF whose pages are pictures only, as a scanner makes them.
inline bool writeScannedPdf(const QString &path, int pages = 2)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QImage scan(400, 560, QImage::Format_RGB32);
    scan.fill(Qt::white);
    {
        QPainter onImage(&scan);
        onImage.setPen(Qt::black);
        for (int line = 40; line < 520; line += 18)
            onImage.drawLine(40, line, 360 - (line % 50), line);
    }
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.drawImage(QRectF(40, 40, 515, 760), scan);
    }
    return painter.end();
}

} // namespace yttra::test
