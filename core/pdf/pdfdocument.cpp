// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include "documentlabels.h"
#include "pdfblockbuilder.h"
#include "pdfdocumentdata.h"
#include "pdffontcheck.h"
#include "pdfpaginator.h"
#include "pdfpainter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

QStringList nonEmpty(const QStringList &lines)
{
    QStringList kept;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            kept.append(line.trimmed());
    }
    return kept;
}

} // namespace

PdfDocument::PdfDocument() : d(std::make_shared<PdfDocumentData>())
{
}

PdfDocumentInfo PdfDocument::info(const Statement &statement, PdfCopy copy)
{
    PdfDocumentInfo info;
    info.language = statement.language;
    const DocumentLabels labels(statement.language);
    info.pdfLanguage = labels.pdfLanguage(statement.language);
    info.headerLeft = nonEmpty({statement.board, statement.office});
    info.headerRight = nonEmpty({statement.date, statement.caseNumber});

    const QString audit = nonEmpty({statement.audit.title, statement.audit.reference}).join(u' ');
    info.title = labels.phrase(DocumentLabels::Phrase::DocumentType) + (audit.isEmpty() ? QString() : u" - "_s + audit);
    info.author = statement.board.trimmed();
    info.subject = labels.subjectLine(statement);
    info.keywords = nonEmpty({statement.audit.reference, statement.caseNumber}).join(u", "_s);
    if (!statement.logo.isEmpty()) {
        if (auto logo = LogoImage::read(statement.logo))
            info.logo = std::move(logo).value();
        else
            info.warnings.append(LogoImage::tr("the logo is left out: %1").arg(logo.error()));
    }
    if (copy == PdfCopy::ReviewCopy) {
        // Nobody must file it as the decided statement: every page and the title say so.
        info.banner = labels.phrase(DocumentLabels::Phrase::ReviewCopy);
        info.title = info.banner + u": "_s + info.title;
    }
    return info;
}

Result<PdfDocument, QString> PdfDocument::layout(const Statement &statement, const PdfStyle &style, PdfCopy copy)
{
    return layout(PdfBlockBuilder(statement, style, copy).build(), info(statement, copy), style);
}

Result<PdfDocument, QString> PdfDocument::layout(const QList<PdfBlock> &blocks, const PdfDocumentInfo &info, const PdfStyle &style)
{
    if (auto fonts = PdfFontCheck::check(style.family); !fonts)
        return Result<PdfDocument, QString>::failure(fonts.error());

    PdfDocument document;
    PdfDocumentData &data = *document.d;
    data.style = style;
    data.info = info;
    if (info.logo) {
        const QSizeF size = info.logo->fittedSize({style.logoMaxWidth, style.logoMaxHeight});
        data.info.logoRect = QRectF(QPointF(style.marginLeft, style.headerTop), size);
    }

    // A font map of our own: Pango's default one belongs to the thread that first asked.
    data.fontMap.reset(pango_cairo_font_map_new());
    data.context.reset(pango_font_map_create_context(data.fontMap.get()));
    PangoContext *context = data.context.get();
    pango_cairo_context_set_resolution(context, 72); // one Pango point is one PDF point
    // Unhinted metrics and unrounded positions: the lines break the same at every
    // resolution, so the preview shows exactly the PDF's pages.
    CairoFontOptionsPtr options(cairo_font_options_create());
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options.get(), CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context, options.get());
    pango_context_set_round_glyph_positions(context, FALSE);
    const QByteArray language = info.language.toUtf8();
    pango_context_set_language(context, pango_language_from_string(language.isEmpty() ? "sv" : language.constData()));

    data.blocks = blocks;

    std::vector<double> columns;
    for (const PdfBlock &block : data.blocks) {
        if (block.kind == PdfBlock::Kind::TableHeaderRow) {
            columns = PdfBlockLayout::tableColumns(context, block, style);
            break;
        }
    }
    data.layouts.reserve(std::size_t(data.blocks.size()));
    for (const PdfBlock &block : data.blocks)
        data.layouts.emplace_back(context, block, style, columns);

    data.pages = PdfPaginator(data.blocks, data.layouts, style).paginate();
    return document;
}

int PdfDocument::pageCount() const
{
    return static_cast<int>(d->pages.size());
}

QSizeF PdfDocument::pageSize() const
{
    return {d->style.pageWidth, d->style.pageHeight};
}

const PdfStyle &PdfDocument::style() const
{
    return d->style;
}

const QList<PdfBlock> &PdfDocument::blocks() const
{
    return d->blocks;
}

const QList<PdfPage> &PdfDocument::pages() const
{
    return d->pages;
}

const QStringList &PdfDocument::warnings() const
{
    return d->info.warnings;
}

QImage PdfDocument::renderPage(int index, double dotsPerInch) const
{
    if (index < 0 || index >= pageCount() || !(dotsPerInch > 0))
        return {};
    const double scale = dotsPerInch / 72.0;
    const int width = static_cast<int>(std::lround(d->style.pageWidth * scale));
    const int height = static_cast<int>(std::lround(d->style.pageHeight * scale));
    QImage image(width, height, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    image.fill(Qt::white);
    image.setDotsPerMeterX(static_cast<int>(std::lround(dotsPerInch / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());

    // cairo draws straight into the image's pixels (RGB24 is QImage's RGB32).
    CairoSurfacePtr surface(cairo_image_surface_create_for_data(image.bits(), CAIRO_FORMAT_RGB24, width, height,
                                                                static_cast<int>(image.bytesPerLine())));
    CairoPtr cr(cairo_create(surface.get()));
    cairo_scale(cr.get(), scale, scale);
    {
        std::lock_guard<std::mutex> lock(d->drawing);
        PdfPainter painter(*d, cr.get(), false);
        painter.paintPage(index);
    }
    cr.reset();
    cairo_surface_flush(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        return {};
    return image;
}

} // namespace yttra
