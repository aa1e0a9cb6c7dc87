// SPDX-License-Identifier: GPL-3.0-or-later
// GIO, under librsvg, names a member "signals", which Qt's headers define as a keyword:
// librsvg comes before any of them.
#include <librsvg/rsvg.h>

#include "pdf/logoimage.h"

#include "pdf/cairoptr_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace yttra {

struct LogoImage::Private
{
    Logo logo;
    QSizeF size;
    CairoSurfacePtr png;
    std::unique_ptr<RsvgHandle, CReleaser<releaseGObject>> svg;
};

namespace {

using ReadResult = Result<LogoImage, QString>;

constexpr char pngSignature[] = "\x89PNG\r\n\x1a\n";

struct ByteReader
{
    const QByteArray &bytes;
    qsizetype position = 0;
};

cairo_status_t readBytes(void *closure, unsigned char *data, unsigned int length)
{
    auto *reader = static_cast<ByteReader *>(closure);
    if (reader->bytes.size() - reader->position < qsizetype(length))
        return CAIRO_STATUS_READ_ERROR;
    std::copy_n(reader->bytes.constData() + reader->position, length, data);
    reader->position += length;
    return CAIRO_STATUS_SUCCESS;
}

cairo_status_t appendBytes(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

// The width and height a PNG's header (its first chunk, IHDR) declares, big-endian.
QSize declaredPngSize(const QByteArray &data)
{
    if (data.size() < 24 || data.mid(12, 4) != "IHDR")
        return {};
    const auto number = [&data](int at) {
        quint32 n = 0;
        for (int i = 0; i < 4; ++i)
            n = (n << 8) | quint8(data.at(at + i));
        return n;
    };
    const quint32 width = number(16);
    const quint32 height = number(20);
    if (width > quint32(std::numeric_limits<int>::max()) || height > quint32(std::numeric_limits<int>::max()))
        return {};
    return QSize(int(width), int(height));
}

QString takeMessage(GError *error)
{
    const QString message = error ? QString::fromUtf8(error->message) : QString();
    if (error)
        g_error_free(error);
    return message;
}

} // namespace

QString LogoImage::mediaTypeOf(const QByteArray &data)
{
    if (data.startsWith(QByteArrayView(pngSignature, 8)))
        return pngType.toString();
    // An SVG is XML whose first element is <svg>, after whatever declaration, comments and
    // document type come first.
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            const bool svg = xml.name() == u"svg"
                && (xml.namespaceUri().isEmpty() || xml.namespaceUri() == u"http://www.w3.org/2000/svg");
            return svg ? svgType.toString() : QString();
        }
    }
    return {};
}

ReadResult LogoImage::read(const Logo &logo)
{
    if (logo.isEmpty())
        return ReadResult::failure(tr("the logo holds no image"));
    const QString mediaType = mediaTypeOf(logo.data);
    if (mediaType.isEmpty())
        return ReadResult::failure(tr("the logo is neither a PNG nor an SVG image"));

    auto d = std::make_shared<Private>();
    d->logo = logo;
    if (mediaType == pngType) {
        const QSize declared = declaredPngSize(logo.data);
        if (declared.width() > maxPixels || declared.height() > maxPixels) {
            return ReadResult::failure(tr("the logo's PNG image is %1 × %2 pixels; a logo may have at most %3 pixels on a side")
                                           .arg(declared.width())
                                           .arg(declared.height())
                                           .arg(maxPixels));
        }
        ByteReader reader{logo.data};
        d->png.reset(cairo_image_surface_create_from_png_stream(&readBytes, &reader));
        const cairo_status_t status = cairo_surface_status(d->png.get());
        if (status != CAIRO_STATUS_SUCCESS)
            return ReadResult::failure(tr("the logo's PNG image cannot be read (%1)").arg(QString::fromUtf8(cairo_status_to_string(status))));
        d->size = QSizeF(cairo_image_surface_get_width(d->png.get()), cairo_image_surface_get_height(d->png.get()));
    } else {
        GError *error = nullptr;
        d->svg.reset(rsvg_handle_new_from_data(reinterpret_cast<const guint8 *>(logo.data.constData()),
                                               gsize(logo.data.size()), &error));
        if (!d->svg)
            return ReadResult::failure(tr("the logo's SVG image cannot be read (%1)").arg(takeMessage(error)));
        // Absolute units (mm, pt) become pixels at the CSS 96 per inch; only the shape
        // matters, since the logo is always scaled to the header.
        rsvg_handle_set_dpi(d->svg.get(), 96);
        gdouble width = 0;
        gdouble height = 0;
        if (!rsvg_handle_get_intrinsic_size_in_pixels(d->svg.get(), &width, &height)) {
            gboolean hasViewBox = FALSE;
            RsvgRectangle viewBox{};
            rsvg_handle_get_intrinsic_dimensions(d->svg.get(), nullptr, nullptr, nullptr, nullptr, &hasViewBox, &viewBox);
            if (hasViewBox) {
                width = viewBox.width;
                height = viewBox.height;
            }
        }
        if (!(width > 0 && height > 0))
            return ReadResult::failure(tr("the logo's SVG image has no size: its <svg> element needs a viewBox, or a width and height"));
        d->size = QSizeF(width, height);
        // Drawn once now, small, so that an SVG librsvg cannot draw is refused here, where the
        // user hears why, and not found out in the middle of a page.
        CairoSurfacePtr probe(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 16, 16));
        CairoPtr cr(cairo_create(probe.get()));
        const RsvgRectangle viewport{0, 0, 16, 16};
        if (!rsvg_handle_render_document(d->svg.get(), cr.get(), &viewport, &error))
            return ReadResult::failure(tr("the logo's SVG image cannot be drawn (%1)").arg(takeMessage(error)));
    }
    if (d->size.isEmpty())
        return ReadResult::failure(tr("the logo's image is empty"));
    LogoImage image;
    image.d = std::move(d);
    return image;
}

Result<Logo, QString> LogoImage::load(const QString &path)
{
    using R = Result<Logo, QString>;
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("The logo %1 does not exist.").arg(name));
    if (!info.isFile())
        return R::failure(tr("The logo %1 is not a file.").arg(name));
    if (info.size() > maxFileSize) {
        return R::failure(tr("The logo %1 is %2 MB; a logo may be at most %3 MB.")
                              .arg(name, QLocale().toString(double(info.size()) / (1024 * 1024), 'f', 1))
                              .arg(maxFileSize / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("The logo %1 cannot be read: %2").arg(name, file.errorString()));
    Logo logo;
    logo.data = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("The logo %1 cannot be read: %2").arg(name, file.errorString()));
    logo.mediaType = mediaTypeOf(logo.data);
    if (logo.mediaType.isEmpty())
        return R::failure(tr("The logo %1 is neither a PNG nor an SVG image.").arg(name));
    if (auto image = read(logo); !image)
        return R::failure(tr("The logo %1 cannot be used: %2.").arg(name, image.error()));
    return logo;
}

const Logo &LogoImage::logo() const
{
    return d->logo;
}

QSizeF LogoImage::naturalSize() const
{
    return d->size;
}

QSizeF LogoImage::fittedSize(const QSizeF &box) const
{
    return d->size.scaled(box, Qt::KeepAspectRatio);
}

void LogoImage::draw(cairo_t *cr, const QRectF &target) const
{
    if (target.isEmpty())
        return;
    cairo_save(cr);
    if (d->svg) {
        const RsvgRectangle viewport{target.x(), target.y(), target.width(), target.height()};
        GError *error = nullptr;
        // read() drew it once already; should it fail now all the same, the header goes
        // without the logo rather than the page unfinished.
        if (!rsvg_handle_render_document(d->svg.get(), cr, &viewport, &error))
            takeMessage(error);
    } else {
        cairo_translate(cr, target.x(), target.y());
        cairo_scale(cr, target.width() / d->size.width(), target.height() / d->size.height());
        cairo_set_source_surface(cr, d->png.get(), 0, 0);
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
        cairo_paint(cr);
    }
    cairo_restore(cr);
}

QByteArray LogoImage::png(int pixelHeight) const
{
    if (d->png && d->size.height() <= pixelHeight)
        return d->logo.data;
    const int height = std::max(pixelHeight, 1);
    const int width = std::max(1, int(std::lround(height * d->size.width() / d->size.height())));
    CairoSurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height));
    CairoPtr cr(cairo_create(surface.get()));
    draw(cr.get(), QRectF(0, 0, width, height));
    cr.reset();
    QByteArray bytes;
    if (cairo_surface_write_to_png_stream(surface.get(), &appendBytes, &bytes) != CAIRO_STATUS_SUCCESS)
        return {};
    return bytes;
}

} // namespace yttra
