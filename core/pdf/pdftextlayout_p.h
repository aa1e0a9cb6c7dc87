// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/cairoptr_p.h"
#include "pdf/pdfblock.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace yttra {

/// One piece of running text shaped and broken into lines by Pango (a PangoLayout), which
/// can draw any run of its lines on cairo, optionally wrapping its words in structure
/// tags (Span, and Link with its annotation), so a paragraph split across pages or holding
/// links stays correctly tagged.
class PdfTextLayout
{
public:
    enum class Align { Left, Right, Center };

    struct Options
    {
        QString family;
        double size = 11;
        bool bold = false;
        double width = 0;     // points; the text wraps at it
        Align align = Align::Left;
        double tabStop = 0;   // > 0: one tab stop there, and wrapped lines hang to it
        double grey = 0.45;   // the colour of placeholders
    };

    /// How draw() marks what it draws: not at all (the caller has opened a leaf tag, or
    /// this is an image), or each run of words in a Span or Link tag of its own.
    enum class Tagging { None, Spans };

    PdfTextLayout(PangoContext *context, const QList<PdfSpan> &spans, const Options &options);

    int lineCount() const { return static_cast<int>(m_lineTop.size()); }
    /// Top and bottom of a line, from the top of the layout.
    double lineTop(int line) const { return m_lineTop.at(line); }
    double lineBottom(int line) const { return m_lineBottom.at(line); }
    double height(int first, int count) const;
    double height() const { return height(0, lineCount()); }
    /// The width the text takes up, at most the wrapping width.
    double naturalWidth() const { return m_naturalWidth; }
    bool hasLinks() const { return m_hasLinks; }

    /// Draws lines [first, first + count) with the top of line `first` at y; none for a count
    /// of 0.
    void draw(cairo_t *cr, double x, double y, int first, int count, Tagging tagging) const;

    /// A link target as a PDF may carry it: http, https and mailto only, percent-encoded
    /// ASCII without parentheses, backslashes or quotes (cairo 1.16 writes the URI into the
    /// file unescaped). Empty when the target is not safe to link.
    static QByteArray safeUri(const QString &link);

private:
    struct Run
    {
        int line;
        const PangoGlyphItem *item;
        double x;        // from the layout's left edge
        double baseline; // from the layout's top
        double width;
        int span;
    };

    int spanAt(int byteOffset) const;

    PangoLayoutPtr m_layout;
    QByteArray m_utf8;
    QList<PdfSpan> m_spans;
    std::vector<int> m_spanStart; // byte offset of each span in m_utf8
    std::vector<double> m_lineTop;
    std::vector<double> m_lineBottom;
    std::vector<Run> m_runs;
    double m_naturalWidth = 0;
    double m_grey = 0.45;
    double m_size = 11;
    bool m_hasLinks = false;
};

} // namespace yttra
