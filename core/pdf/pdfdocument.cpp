// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfdocument.h"

#include "language/documentlabels.h"
#include "pdf/pdfblockbuilder.h"
#include "pdf/pdfdocumentdata_p.h"
#include "pdf/pdffontcheck_p.h"
#include "pdf/pdfpaginator_p.h"
#include "pdf/pdfpainter_p.h"

#include <QMultiHash>

#include <algorithm>
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

PdfDocumentData::~PdfDocumentData()
{
    // The last reference to a shared layout frees Pango objects another thread may be using.
    if (!pango)
        return;
    std::lock_guard<std::mutex> lock(pango->mutex());
    layouts.clear();
}

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

Result<PdfDocument, QString> PdfDocument::layout(const Statement &statement, const PdfStyle &style, PdfCopy copy,
                                              const PdfDocument *previous)
{
    return layout(PdfBlockBuilder(statement, style, copy).build(), info(statement, copy), style, previous);
}

Result<PdfDocument, QString> PdfDocument::layout(const QList<PdfBlock> &blocks, const PdfDocumentInfo &info, const PdfStyle &style,
                                              const PdfDocument *previous)
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

    // A block's lines depend on the context's language and on the style besides its inputs;
    // with either changed nothing of the previous layout is of use.
    const PdfDocumentData *before = previous ? previous->d.get() : nullptr;
    if (before && !(before->pango && before->pango->language() == info.language && before->style == style))
        before = nullptr;
    data.pango = before ? before->pango : std::make_shared<PdfPangoContext>(info.language);
    data.blocks = blocks;

    // The previous layouts by their inputs. They are not changed once made, so they are read
    // here while another thread may draw their document.
    QMultiHash<std::size_t, std::size_t> shaped;
    if (before) {
        for (std::size_t i = 0; i < before->layouts.size(); ++i)
            shaped.insert(before->layouts[i]->shaping().hash(), i);
    }

    std::lock_guard<std::mutex> lock(data.pango->mutex());
    PangoContext *context = data.pango->context();
    // Each table's columns come from its header row, which comes before its rows.
    std::vector<double> columns;
    data.layouts.reserve(std::size_t(data.blocks.size()));
    data.reused.reserve(std::size_t(data.blocks.size()));
    const std::vector<double> noColumns;
    for (const PdfBlock &block : data.blocks) {
        if (block.kind == PdfBlock::Kind::TableHeaderRow)
            columns = PdfBlockLayout::tableColumns(context, block, style);
        const PdfBlockShaping input = PdfBlockShaping::of(block);
        // Only a table's rows are shaped to its columns; other blocks keep their lines when
        // the table changes.
        const std::vector<double> &blockColumns = block.isTableRow() ? columns : noColumns;
        std::shared_ptr<const PdfBlockLayout> layout;
        for (auto it = shaped.constFind(input.hash()); !layout && it != shaped.cend() && it.key() == input.hash(); ++it) {
            const std::shared_ptr<const PdfBlockLayout> &candidate = before->layouts[it.value()];
            if (candidate->shaping() == input && candidate->columnWidths() == blockColumns)
                layout = candidate;
        }
        data.reused.push_back(layout != nullptr);
        if (!layout)
            layout = std::make_shared<const PdfBlockLayout>(context, input, style, blockColumns);
        data.layouts.push_back(std::move(layout));
    }

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

int PdfDocument::reusedBlocks() const
{
    return static_cast<int>(std::count(d->reused.cbegin(), d->reused.cend(), true));
}

bool PdfDocument::isReused(int index) const
{
    return index >= 0 && std::size_t(index) < d->reused.size() && d->reused[std::size_t(index)];
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
        std::lock_guard<std::mutex> lock(d->pango->mutex());
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
