// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/wordlayout.h"

#include <algorithm>
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

/// Groups a page's words into lines by where they stand: words whose middles are level make
/// one line, read left to right, and lines are read top to bottom. poppler's own reading
/// order puts a list's bullets in a column of their own, apart from their items; audit reports
/// are set in one column, where position is the reading order (and a table's row is a line).
QList<ReportLine> linesOf(QList<PageWord> words)
{
    std::vector<double> heights;
    for (const PageWord &w : std::as_const(words))
        heights.push_back(w.box.height());
    const double usual = median(heights);
    std::stable_sort(words.begin(), words.end(), [](const PageWord &a, const PageWord &b) {
        return a.box.center().y() < b.box.center().y();
    });

    struct Row
    {
        QList<PageWord> words;
        double middle = 0;
        double height = 0;
        double top = 0;
        double bottom = 0;
    };
    // Words whose middles are level (within about half a line) make one row.
    const auto cluster = [](const QList<PageWord> &sorted) {
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
    };

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
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.middle < b.middle; });

    QList<ReportLine> lines;
    for (Row &row : rows) {
        std::stable_sort(row.words.begin(), row.words.end(),
                         [](const PageWord &a, const PageWord &b) { return a.box.left() < b.box.left(); });
        lines.append(lineOf(row.words));
    }
    return lines;
}

} // namespace

QList<ReportLine> WordLayout::lines(QList<PageWord> words)
{
    QList<ReportLine> lines = linesOf(std::move(words));
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].number = int(i + 1);
    return lines;
}

} // namespace yttra
