// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/pageprinter.h"

#include "pdf/pdfexporter.h"

#include <QPainter>
#include <QPrinter>

namespace yttra {

Result<void> PagePrinter::print(const PdfDocument &layout, QPrinter &printer)
{
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        // "Print to file": the real PDF, text and tags and all, not pictures of pages.
        if (const auto written = PdfExporter::write(layout, printer.outputFileName()); !written)
            return Result<void>::failure(written.error().text());
        return {};
    }
    int from = 0;
    int to = -1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        from = printer.fromPage() - 1;
        to = printer.toPage() > 0 ? printer.toPage() - 1 : -1;
    }
    printer.setFullPage(true);
    return paint(layout, printer, from, to);
}

Result<void> PagePrinter::paint(const PdfDocument &layout, QPagedPaintDevice &device, int from, int to)
{
    if (layout.pageCount() == 0)
        return Result<void>::failure(tr("the statement has no pages to print"));
    const int last = to < 0 ? layout.pageCount() - 1 : std::min(to, layout.pageCount() - 1);
    // The page is A4; the printer's page may differ a little: scale to fit, keep the shape.
    device.setPageSize(QPageSize(layout.pageSize(), QPageSize::Point));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&device))
        return Result<void>::failure(tr("the printer cannot be started"));
    const double dpi = std::min(device.logicalDpiX(), 300);
    for (int page = std::max(0, from); page <= last; ++page) {
        if (page > from && !device.newPage()) {
            painter.end();
            return Result<void>::failure(tr("the printer stopped at page %1").arg(page + 1));
        }
        const QImage image = layout.renderPage(page, dpi);
        const QRect target = painter.viewport();
        QSize size = image.size().scaled(target.size(), Qt::KeepAspectRatio);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRect(target.topLeft(), size), image);
    }
    painter.end();
    return {};
}

} // namespace yttra
