// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/logo.h"

#include <QPixmap>
#include <QSize>
#include <QString>

namespace yttra {

/// A board's logo drawn small for the forms (the statement's details, the settings), by the
/// same decoder the exports use, so what the form shows is what the first page will show.
class LogoThumbnail
{
public:
    /// The logo fitted into `box` (device-independent pixels), sharp at the screen's
    /// `devicePixelRatio`; a null pixmap when the logo cannot be drawn, with `error` saying why.
    static QPixmap pixmap(const Logo &logo, QSize box, qreal devicePixelRatio, QString *error = nullptr);
};

} // namespace yttra
