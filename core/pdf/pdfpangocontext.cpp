// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfpangocontext_p.h"

namespace yttra {

PdfPangoContext::PdfPangoContext(const QString &language)
    : m_language(language)
    , m_fontMap(pango_cairo_font_map_new())
    , m_context(pango_font_map_create_context(m_fontMap.get()))
{
    PangoContext *context = m_context.get();
    pango_cairo_context_set_resolution(context, 72); // one Pango point is one PDF point
    // Unhinted metrics and unrounded positions: the lines break the same at every
    // resolution, so the preview shows exactly the PDF's pages.
    CairoFontOptionsPtr options(cairo_font_options_create());
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options.get(), CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context, options.get());
    pango_context_set_round_glyph_positions(context, FALSE);
    const QByteArray code = language.toUtf8();
    pango_context_set_language(context, pango_language_from_string(code.isEmpty() ? "sv" : code.constData()));
}

} // namespace yttra
