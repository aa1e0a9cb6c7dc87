// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfexporter.h"

#include "base/savefile.h"
#include "pdf/cairoptr_p.h"
#include "pdf/pdfarchive.h"
#include "pdf/pdfdocumentdata_p.h"
#include "pdf/pdfpainter_p.h"

#include <cairo-pdf.h>

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

Result<QByteArray, QString> PdfExporter::render(const Statement &statement, PdfCopy copy)
{
    auto document = PdfDocument::layout(statement, {}, copy);
    if (!document)
        return Result<QByteArray, QString>::failure(document.error());
    return render(document.value());
}

Result<QByteArray, QString> PdfExporter::render(const PdfDocument &document)
{
    using R = Result<QByteArray, QString>;
    PdfDocumentData &data = *document.d;
    if (data.pages.isEmpty())
        return R::failure(tr("the document has not been laid out"));
    QByteArray bytes;
    {
        std::lock_guard<std::mutex> lock(data.pango->mutex());
        CairoSurfacePtr surface(cairo_pdf_surface_create_for_stream(&appendTo, &bytes, data.style.pageWidth, data.style.pageHeight));
        CairoPtr cr(cairo_create(surface.get()));
        PdfPainter painter(data, cr.get(), true);
        for (int page = 0; page < data.pages.size(); ++page) {
            painter.paintPage(page);
            cairo_show_page(cr.get());
        }
        painter.finish();
        const cairo_status_t drawn = cairo_status(cr.get());
        cr.reset();
        cairo_surface_finish(surface.get());
        const cairo_status_t status = drawn != CAIRO_STATUS_SUCCESS ? drawn : cairo_surface_status(surface.get());
        if (status != CAIRO_STATUS_SUCCESS)
            return R::failure(tr("cairo could not draw the PDF: %1").arg(QString::fromUtf8(cairo_status_to_string(status))));
    }
    return PdfArchive::finish(bytes, data.info, QDateTime::currentDateTime());
}

Result<QStringList, FileError> PdfExporter::write(const Statement &statement, const QString &path, PdfCopy copy)
{
    using R = Result<QStringList, FileError>;
    auto document = PdfDocument::layout(statement, {}, copy);
    if (!document)
        return R::failure({FileError::Kind::CannotWrite, path, QString(), document.error()});
    auto written = write(document.value(), path);
    if (!written)
        return R::failure(written.error());
    return document.value().warnings() + written.value();
}

Result<QStringList, FileError> PdfExporter::write(const PdfDocument &document, const QString &path)
{
    auto bytes = render(document);
    if (!bytes)
        return Result<QStringList, FileError>::failure({FileError::Kind::CannotWrite, path, QString(), bytes.error()});
    return SaveFile::write(path, bytes.value());
}

} // namespace yttra
