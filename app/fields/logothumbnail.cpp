// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields/logothumbnail.h"

#include "pdf/logoimage.h"

#include <QImage>

namespace yttra {

QPixmap LogoThumbnail::pixmap(const Logo &logo, QSize box, qreal devicePixelRatio, QString *error)
{
    if (logo.isEmpty())
        return {};
    const auto image = LogoImage::read(logo);
    if (!image) {
        if (error)
            *error = image.error();
        return {};
    }
    const QSize pixels = box * devicePixelRatio;
    QImage drawn = QImage::fromData(image.value().png(pixels.height()));
    if (drawn.isNull())
        return {};
    // A wide logo drawn to the box's height is wider than the box.
    if (drawn.width() > pixels.width() || drawn.height() > pixels.height())
        drawn = drawn.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    drawn.setDevicePixelRatio(devicePixelRatio);
    return QPixmap::fromImage(drawn);
}

} // namespace yttra
