// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdftextlayout_p.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

double fromPango(int units) { return static_cast<double>(units) / PANGO_SCALE; }
int toPango(double points) { return static_cast<int>(points * PANGO_SCALE + 0.5); }

// A note's marker is set this much smaller than the text it follows.
constexpr double markerScale = 0.75;

/// The colour a span is drawn in; black is the default.
struct Colour
{
    double red = 0;
    double green = 0;
    double blue = 0;

    guint16 pango(int channel) const
    {
        const double value = channel == 0 ? red : channel == 1 ? green : blue;
        return static_cast<guint16>(value * 0xffff + 0.5);
    }
    bool operator==(const Colour &) const = default;
};

Colour colourOf(const PdfSpan &span, double grey)
{
    if (!span.note.isEmpty() || !PdfTextLayout::safeUri(span.link).isEmpty())
        return {0.0, 0.2, 0.6};
    if (span.placeholder)
        return {grey, grey, grey};
    if (span.struck)
        return {0.6, 0.12, 0.12};
    if (span.underlined)
        return {0.0, 0.33, 0.0};
    return {};
}

/// The attributes of the Link tag a span is drawn in: a web or mail address, or a note's
/// named destination in this document. Empty when the span links nowhere.
QByteArray linkAttributes(const PdfSpan &span)
{
    if (!span.note.isEmpty())
        return "dest='" + span.note.toLatin1() + "'";
    const QByteArray uri = PdfTextLayout::safeUri(span.link);
    return uri.isEmpty() ? QByteArray() : "uri='" + uri + "'";
}

void insertAttribute(PangoAttrList *list, PangoAttribute *attribute, int start, int end)
{
    attribute->start_index = static_cast<guint>(start);
    attribute->end_index = static_cast<guint>(end);
    pango_attr_list_insert(list, attribute);
}

} // namespace

PdfTextLayout::PdfTextLayout(PangoContext *context, const QList<PdfSpan> &spans, const Options &options)
    : m_layout(pango_layout_new(context)), m_spans(spans), m_grey(options.grey), m_size(options.size)
{
    PangoAttrListPtr attributes(pango_attr_list_new());
    for (const PdfSpan &span : spans) {
        const int start = static_cast<int>(m_utf8.size());
        m_spanStart.push_back(start);
        m_utf8 += span.text.toUtf8();
        const int end = static_cast<int>(m_utf8.size());
        if (start == end)
            continue;
        if (span.bold)
            insertAttribute(attributes.get(), pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, end);
        if (span.italic || span.placeholder)
            insertAttribute(attributes.get(), pango_attr_style_new(PANGO_STYLE_ITALIC), start, end);
        if (span.marker)
            insertAttribute(attributes.get(), pango_attr_scale_new(markerScale), start, end);
        // A colour of their own makes Pango end its runs exactly where links, placeholders
        // and a comparison's words begin and end, so each run belongs to one span when it is
        // drawn (with its line through or under it).
        m_hasLinks = m_hasLinks || !linkAttributes(span).isEmpty();
        const Colour colour = colourOf(span, m_grey);
        if (colour != Colour{})
            insertAttribute(attributes.get(), pango_attr_foreground_new(colour.pango(0), colour.pango(1), colour.pango(2)), start, end);
    }

    PangoFontDescriptionPtr font(pango_font_description_new());
    const QByteArray family = options.family.toUtf8();
    pango_font_description_set_family(font.get(), family.constData());
    pango_font_description_set_size(font.get(), toPango(options.size));
    pango_font_description_set_weight(font.get(), options.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);

    PangoLayout *layout = m_layout.get();
    pango_layout_set_font_description(layout, font.get());
    pango_layout_set_width(layout, toPango(options.width));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    switch (options.align) {
    case Align::Left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT); break;
    case Align::Right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT); break;
    case Align::Center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER); break;
    }
    if (options.tabStop > 0) {
        PangoTabArrayPtr tabs(pango_tab_array_new(1, FALSE));
        pango_tab_array_set_tab(tabs.get(), 0, PANGO_TAB_LEFT, toPango(options.tabStop));
        pango_layout_set_tabs(layout, tabs.get());
        pango_layout_set_indent(layout, -toPango(options.tabStop));
    }
    pango_layout_set_text(layout, m_utf8.constData(), static_cast<int>(m_utf8.size()));
    pango_layout_set_attributes(layout, attributes.get());

    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    m_naturalWidth = fromPango(logical.width);

    // Line metrics and runs once, so that pagination and drawing only read them.
    PangoLayoutIterPtr lines(pango_layout_get_iter(layout));
    do {
        int top = 0;
        int bottom = 0;
        pango_layout_iter_get_line_yrange(lines.get(), &top, &bottom);
        m_lineTop.push_back(fromPango(top));
        m_lineBottom.push_back(fromPango(bottom));
    } while (pango_layout_iter_next_line(lines.get()));

    PangoLayoutIterPtr runs(pango_layout_get_iter(layout));
    int line = 0;
    const PangoLayoutLine *current = pango_layout_iter_get_line_readonly(runs.get());
    do {
        const PangoLayoutLine *now = pango_layout_iter_get_line_readonly(runs.get());
        if (now != current) {
            current = now;
            ++line;
        }
        const PangoLayoutRun *run = pango_layout_iter_get_run_readonly(runs.get());
        if (!run)
            continue; // the end of a line
        PangoRectangle extents;
        pango_layout_iter_get_run_extents(runs.get(), nullptr, &extents);
        m_runs.push_back({line, run, fromPango(extents.x), fromPango(pango_layout_iter_get_baseline(runs.get())),
                          fromPango(extents.width), spanAt(run->item->offset)});
    } while (pango_layout_iter_next_run(runs.get()));
}

int PdfTextLayout::spanAt(int byteOffset) const
{
    // The last span that starts at or before the offset and is not empty.
    int found = 0;
    for (int i = 0; i < static_cast<int>(m_spanStart.size()); ++i) {
        if (m_spanStart[i] > byteOffset)
            break;
        if (!m_spans.at(i).text.isEmpty())
            found = i;
    }
    return found;
}

double PdfTextLayout::height(int first, int count) const
{
    if (count <= 0)
        return 0;
    return m_lineBottom.at(first + count - 1) - m_lineTop.at(first);
}

QByteArray PdfTextLayout::safeUri(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !(scheme == u"http" || scheme == u"https" || scheme == u"mailto"))
        return {};
    QByteArray encoded = url.toEncoded(QUrl::FullyEncoded);
    encoded.replace("(", "%28").replace(")", "%29").replace("\\", "%5C").replace("'", "%27");
    for (char c : encoded) {
        if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
            return {};
    }
    return encoded;
}

void PdfTextLayout::draw(cairo_t *cr, double x, double y, int first, int count, Tagging tagging) const
{
    const double origin = count > 0 ? y - m_lineTop.at(first) : y;
    const int last = first + count;

    auto linkOf = [&](const Run &run) { return linkAttributes(m_spans.at(run.span)); };

    auto rule = [&](const Run &run, double offset) {
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, x + run.x, origin + run.baseline + offset);
        cairo_rel_line_to(cr, run.width, 0);
        cairo_stroke(cr);
    };
    auto drawRun = [&](const Run &run) {
        const PdfSpan &span = m_spans.at(run.span);
        const Colour colour = colourOf(span, m_grey);
        cairo_set_source_rgb(cr, colour.red, colour.green, colour.blue);
        cairo_move_to(cr, x + run.x, origin + run.baseline);
        pango_cairo_show_glyph_item(cr, m_utf8.constData(), const_cast<PangoGlyphItem *>(run.item));
        // Pango draws no lines for single glyph items: a web link and an added word are
        // underlined, a removed word struck through at about half the height of an "x".
        if ((span.note.isEmpty() && !safeUri(span.link).isEmpty()) || span.underlined)
            rule(run, 1.5);
        if (span.struck)
            rule(run, -0.27 * m_size);
    };

    std::vector<const Run *> selected;
    for (const Run &run : m_runs) {
        if (run.line >= first && run.line < last)
            selected.push_back(&run);
    }

    if (tagging == Tagging::None) {
        for (const Run *run : selected)
            drawRun(*run);
        cairo_set_source_rgb(cr, 0, 0, 0);
        return;
    }

    // A container the caller opened holds elements only: with nothing to draw (blank lines, or
    // none of a table cell's lines on this page), an empty Span stands in.
    if (selected.empty()) {
        cairo_tag_begin(cr, "Span", "");
        cairo_tag_end(cr, "Span");
    }
    // Runs with the same link target (or none) make one Span or Link element; a link broken
    // over two lines is one element with one rectangle per line.
    for (std::size_t i = 0; i < selected.size();) {
        const QByteArray link = linkOf(*selected[i]);
        std::size_t end = i + 1;
        while (end < selected.size() && linkOf(*selected[end]) == link)
            ++end;
        if (link.isEmpty()) {
            cairo_tag_begin(cr, "Span", "");
        } else {
            QByteArray rects;
            for (std::size_t r = i; r < end; ++r) {
                const Run &run = *selected[r];
                const double top = origin + m_lineTop.at(run.line);
                const double height = m_lineBottom.at(run.line) - m_lineTop.at(run.line);
                rects += QByteArray::number(x + run.x, 'f', 2) + ' ' + QByteArray::number(top, 'f', 2) + ' '
                    + QByteArray::number(run.width, 'f', 2) + ' ' + QByteArray::number(height, 'f', 2) + ' ';
            }
            const QByteArray attributes = link + " rect=[" + rects.trimmed() + "]";
            cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes.constData());
        }
        for (std::size_t r = i; r < end; ++r)
            drawRun(*selected[r]);
        cairo_tag_end(cr, link.isEmpty() ? "Span" : CAIRO_TAG_LINK);
        i = end;
    }
    cairo_set_source_rgb(cr, 0, 0, 0);
}

} // namespace yttra
