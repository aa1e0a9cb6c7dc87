// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/logo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

// cairo's own declaration, so that code that only loads a logo needs no cairo headers.
typedef struct _cairo cairo_t;

namespace yttra {

/// A board's logo decoded (PNG with cairo, SVG with librsvg), ready to be drawn in a page
/// header or turned into the PNG a Word header shows. Checking a logo is decoding it, so
/// the settings and the editor use load() and read() to refuse what no export could draw.
/// Copies share the decoded image.
class LogoImage
{
    Q_DECLARE_TR_FUNCTIONS(LogoImage)

public:
    static constexpr qint64 maxFileSize = 5 * 1024 * 1024;
    /// Larger PNGs are refused before cairo decodes them: a small file can unpack to
    /// gigabytes, and no header needs more.
    static constexpr int maxPixels = 8000;

    static constexpr QStringView pngType = u"image/png";
    static constexpr QStringView svgType = u"image/svg+xml";

    /// Decodes the logo. Fails, saying why, when its bytes are not a PNG or SVG image that
    /// can be drawn (broken data, an SVG without a size, a PNG too large).
    static Result<LogoImage, QString> read(const Logo &logo);

    /// A logo from an image file chosen by the user, PNG or SVG by its content whatever the
    /// file is called, checked with read(); no description yet. Messages name the file.
    static Result<Logo, QString> load(const QString &path);

    /// "image/png" or "image/svg+xml" by the bytes' content, or empty for anything else.
    static QString mediaTypeOf(const QByteArray &data);

    const Logo &logo() const;
    /// In pixels (CSS pixels for an SVG); never empty.
    QSizeF naturalSize() const;
    /// The largest size of the logo's shape that fits within `box`.
    QSizeF fittedSize(const QSizeF &box) const;

    /// Draws the logo filling `target` (in the user space of `cr`), an SVG as vectors so
    /// that print stays sharp.
    void draw(cairo_t *cr, const QRectF &target) const;

    /// The logo as PNG bytes at most `pixelHeight` high (a smaller PNG as it is), for
    /// outputs that cannot take an SVG. Empty if cairo fails.
    QByteArray png(int pixelHeight) const;

private:
    struct Private;
    LogoImage() = default;
    std::shared_ptr<const Private> d;
};

} // namespace yttra
