// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/wordlayout.h"

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

double median(std::vector<double> values)
{
    // By value: nth_element reorders.
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
    return values[values.size() / 2];
}

ReportLine lineOf(const QList<PageWord> &words)
{
    ReportLine line;
    std::vector<double> heights;
    line.top = words.first().box.top();
    line.bottom = words.first().box.bottom();
    line.left = words.first().box.left();
    line.right = words.first().box.right();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const PageWord &w = words.at(i);
        if (i > 0) {
            const PageWord &previous = words.at(i - 1);
            const double gap = w.box.left() - previous.box.right();
            // A wide gap separates columns of a running header ("Malmö stad   Rapport   2020");
            // two spaces keep that visible to the clean-up, one space is an ordinary word gap.
            if (gap > 1.5 * w.box.height())
                line.text += u"  "_s;
            else if (previous.spaceAfter || gap > 0.15 * w.box.height())
                line.text += u' ';
        }
        const bool spaceBefore = !line.text.isEmpty() && line.text.back() == u' ';
        line.words.append({w.text, w.box.left(), w.box.right(), spaceBefore});
        line.text += w.text;
        line.top = std::min(line.top, w.box.top());
        line.bottom = std::max(line.bottom, w.box.bottom());
        line.left = std::min(line.left, w.box.left());
        line.right = std::max(line.right, w.box.right());
        heights.push_back(w.box.height());
    }
    line.height = median(std::move(heights));
    line.contentLeft = words.size() >= 2 && words.first().text.size() == 1 ? words.at(1).box.left() : line.left;
    return line;
}

/// A row of words whose middles are level: one line of a page, or, where the page is set
/// in two columns, a line of each column side by side.
struct Row
{
    QList<PageWord> words;
    double middle = 0;
    double height = 0;
    double top = 0;
    double bottom = 0;
    double columnLeft = -1; // set when the row is a line of one of two columns
    double columnRight = -1;

    double left() const { return words.first().box.left(); } // words sorted left to right
    double right() const { return words.last().box.right(); }
};

/// Words whose middles are level (within about half a line) make one row; `sorted` is sorted
/// by middle.
QList<Row> cluster(const QList<PageWord> &sorted)
{
    QList<Row> rows;
    for (const PageWord &w : sorted) {
        const double middle = w.box.center().y();
        if (rows.isEmpty() || middle - rows.last().middle > 0.45 * std::min(rows.last().height, w.box.height())) {
            rows.append({{w}, middle, w.box.height(), w.box.top(), w.box.bottom()});
        } else {
            Row &row = rows.last();
            row.words.append(w);
            row.top = std::min(row.top, w.box.top());
            row.bottom = std::max(row.bottom, w.box.bottom());
        }
    }
    return rows;
}

void sortRows(QList<Row> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.middle < b.middle; });
    for (Row &row : rows) {
        std::stable_sort(row.words.begin(), row.words.end(),
                         [](const PageWord &a, const PageWord &b) { return a.box.left() < b.box.left(); });
    }
}

void sortByMiddle(QList<PageWord> &words)
{
    std::stable_sort(words.begin(), words.end(), [](const PageWord &a, const PageWord &b) {
        return a.box.center().y() < b.box.center().y();
    });
}

/// Groups a page's words into rows by where they stand: words whose middles are level make
/// one row, read left to right, and rows are read top to bottom. poppler's own reading
/// order puts a list's bullets in a column of their own, apart from their items; position
/// keeps a bullet with its item and a table's row together. `usual` is the body text's height.
QList<Row> rowsOf(QList<PageWord> words, double usual)
{
    sortByMiddle(words);
    // Small raised text (a footnote mark) belongs to the line it stands in; a mark of
    // digits only refers to a footnote and is no part of the sentence. Small text on lines
    // of its own (the footnotes) makes lines of its own.
    QList<PageWord> normal;
    QList<PageWord> small;
    for (const PageWord &w : std::as_const(words))
        (w.box.height() < 0.75 * usual ? small : normal).append(w);
    QList<Row> rows = cluster(normal);
    QList<PageWord> apart;
    for (const PageWord &w : std::as_const(small)) {
        const double middle = w.box.center().y();
        auto row = std::find_if(rows.begin(), rows.end(), [middle](const Row &r) { return middle >= r.top && middle <= r.bottom; });
        if (row == rows.end()) {
            apart.append(w);
            continue;
        }
        bool digits = !w.text.isEmpty() && w.text.size() <= 3;
        for (const QChar c : w.text)
            digits = digits && c.isDigit();
        const bool raised = w.box.center().y() < row->middle - 0.1 * row->height;
        if (!(digits && raised))
            row->words.append(w);
    }
    rows += cluster(apart);
    sortRows(rows);
    return rows;
}

/// Where a row stands against a vertical line down the page.
enum class Side { Left, Right, Both, Across };

Side sideOf(const Row &row, double x, double halfGap)
{
    bool left = false;
    bool right = false;
    for (const PageWord &w : row.words) {
        if (w.box.right() <= x - halfGap)
            left = true;
        else if (w.box.left() >= x + halfGap)
            right = true;
        else
            return Side::Across;
    }
    return left && right ? Side::Both : (left ? Side::Left : Side::Right);
}

/// The pieces of a row that wide gaps (table columns) separate, as widths.
void appendPieceWidths(const QList<PageWord> &words, std::vector<double> &widths)
{
    double start = -1;
    double end = -1;
    for (const PageWord &w : words) {
        if (start >= 0 && w.box.left() - end > 1.5 * w.box.height()) {
            widths.push_back(end - start);
            start = -1;
        }
        if (start < 0)
            start = w.box.left();
        end = w.box.right();
    }
    if (start >= 0)
        widths.push_back(end - start);
}

/// A stretch of rows set in two columns: rows [first, last] and the gutter between them.
struct ColumnStretch
{
    qsizetype first = 0;
    qsizetype last = 0;
    double gutter = 0;
    double left = 0;        // the left column's left edge
    double rightMargin = 0; // where the right column's lines begin
    double right = 0;       // the right column's right edge
};

/// The gutter of a page set in two columns: the vertical line that most rows have words on
/// both sides of and none across. Justified text has wide word gaps too, but never at the
/// same place on many lines.
std::optional<double> gutterOf(const QList<Row> &rows, double usual)
{
    double pageLeft = 1e9;
    double pageRight = -1e9;
    for (const Row &row : rows) {
        pageLeft = std::min(pageLeft, row.left());
        pageRight = std::max(pageRight, row.right());
    }
    const double width = pageRight - pageLeft;
    if (width <= 0)
        return std::nullopt;
    const double halfGap = 0.4 * usual;
    qsizetype best = 0;
    qsizetype bestAcross = 0;
    double bestX = 0;
    for (double x = pageLeft + 0.3 * width; x <= pageLeft + 0.7 * width; x += 1.0) {
        qsizetype both = 0;
        qsizetype across = 0;
        for (const Row &row : rows) {
            const Side side = sideOf(row, x, halfGap);
            both += side == Side::Both ? 1 : 0;
            across += side == Side::Across ? 1 : 0;
        }
        if (both > best || (both == best && across < bestAcross)) {
            best = both;
            bestAcross = across;
            bestX = x;
        }
    }
    if (best < 3)
        return std::nullopt;
    return bestX;
}

/// The stretches of the page set in two columns about `gutter`: runs of rows none of which
/// crosses it, without a wide vertical gap (one above a running footer, say), with at least
/// three rows of words on both sides, and whose pieces on both sides fill their columns (a
/// table's narrow cells do not).
QList<ColumnStretch> columnStretches(const QList<Row> &rows, double gutter, double usual)
{
    const double halfGap = 0.4 * usual;
    // The right column's lines begin at its margin (or a list's indent from it); a line
    // spread over the page by justification (a title's last line) has words right of the
    // gutter far from it.
    const auto rightStart = [gutter](const Row &row) {
        const auto w = std::find_if(row.words.cbegin(), row.words.cend(),
                                    [gutter](const PageWord &word) { return word.box.center().x() >= gutter; });
        return w == row.words.cend() ? -1.0 : w->box.left();
    };
    std::vector<double> starts;
    for (const Row &row : rows) {
        if (sideOf(row, gutter, halfGap) == Side::Both)
            starts.push_back(rightStart(row));
    }
    const double rightMargin = median(starts);
    const auto sideIn = [&](const Row &row) {
        const Side side = sideOf(row, gutter, halfGap);
        if ((side == Side::Both || side == Side::Right) && rightStart(row) > rightMargin + 3 * usual)
            return Side::Across;
        return side;
    };

    QList<ColumnStretch> stretches;
    qsizetype i = 0;
    while (i < rows.size()) {
        if (sideIn(rows.at(i)) != Side::Both) {
            ++i;
            continue;
        }
        qsizetype first = i;
        const qsizetype earliest = stretches.isEmpty() ? 0 : stretches.last().last + 1;
        const auto joins = [&rows, &sideIn, usual](qsizetype upper, qsizetype lower, qsizetype candidate) {
            return sideIn(rows.at(candidate)) != Side::Across && rows.at(lower).top - rows.at(upper).bottom <= 2.5 * usual;
        };
        while (first > earliest && joins(first - 1, first, first - 1))
            --first;
        qsizetype last = i;
        while (last + 1 < rows.size() && joins(last, last + 1, last + 1))
            ++last;

        qsizetype both = 0;
        double left = 1e9;
        double right = -1e9;
        QList<PageWord> leftWords;
        QList<PageWord> rightWords;
        for (qsizetype r = first; r <= last; ++r) {
            both += sideIn(rows.at(r)) == Side::Both ? 1 : 0;
            left = std::min(left, rows.at(r).left());
            right = std::max(right, rows.at(r).right());
        }
        std::vector<double> leftWidths;
        std::vector<double> rightWidths;
        for (qsizetype r = first; r <= last; ++r) {
            QList<PageWord> l;
            QList<PageWord> rr;
            for (const PageWord &w : rows.at(r).words)
                (w.box.center().x() < gutter ? l : rr).append(w);
            appendPieceWidths(l, leftWidths);
            appendPieceWidths(rr, rightWidths);
        }
        const bool filled = median(leftWidths) >= 0.5 * (gutter - left) && median(rightWidths) >= 0.5 * (right - gutter);
        if (both >= 6 && filled)
            stretches.append({first, last, gutter, left, rightMargin, right});
        i = last + 1;
    }
    return stretches;
}

} // namespace

QList<ReportLine> WordLayout::lines(QList<PageWord> words)
{
    std::vector<double> heights;
    for (const PageWord &w : std::as_const(words))
        heights.push_back(w.box.height());
    const double usual = median(heights);
    const QList<Row> rows = rowsOf(std::move(words), usual);

    // Where the page is set in two columns, the left column is read before the right one;
    // what spans the page (a title, a signature, running headers) is read where it stands.
    QList<Row> ordered;
    const std::optional<double> gutter = gutterOf(rows, usual);
    const QList<ColumnStretch> stretches = gutter ? columnStretches(rows, *gutter, usual) : QList<ColumnStretch>();
    qsizetype next = 0;
    for (const ColumnStretch &stretch : stretches) {
        for (; next < stretch.first; ++next)
            ordered.append(rows.at(next));
        QList<PageWord> left;
        QList<PageWord> right;
        for (qsizetype r = stretch.first; r <= stretch.last; ++r) {
            for (const PageWord &w : rows.at(r).words)
                (w.box.center().x() < stretch.gutter ? left : right).append(w);
        }
        for (QList<PageWord> *column : {&left, &right}) {
            sortByMiddle(*column);
            QList<Row> columnRows = cluster(*column);
            sortRows(columnRows);
            for (Row &row : columnRows) {
                row.columnLeft = column == &left ? stretch.left : stretch.rightMargin;
                row.columnRight = column == &left ? stretch.gutter : stretch.right;
            }
            ordered += columnRows;
        }
        next = stretch.last + 1;
    }
    for (; next < rows.size(); ++next)
        ordered.append(rows.at(next));

    QList<ReportLine> lines;
    lines.reserve(ordered.size());
    for (const Row &row : std::as_const(ordered)) {
        lines.append(lineOf(row.words));
        lines.last().number = int(lines.size());
        lines.last().columnLeft = row.columnLeft;
        lines.last().columnRight = row.columnRight;
    }
    return lines;
}

} // namespace yttra
