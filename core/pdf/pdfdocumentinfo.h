// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/logoimage.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace yttra {

/// What a laid-out document says about itself besides its blocks: the page header on every
/// page (and the logo on the first) and the PDF's metadata. A statement fills it from its
/// details; the comparison of two versions from their names.
struct PdfDocumentInfo
{
    QString language;        // the document's ("sv", "en"): its words and page numbers
    QString pdfLanguage;     // for the catalog's /Lang ("sv-SE")
    QStringList headerLeft;  // board, office
    QStringList headerRight; // date, case number (the page number follows)
    QString banner;          // above the header, bold: what kind of copy this is; may be empty
    /// The board's logo, in the header of the first page only: a Figure whose alternative
    /// text is its description, or an artifact when it has none (decoration).
    std::optional<LogoImage> logo;
    QRectF logoRect; // where on the first page, in points from the top left; set by the layout

    QString title;
    QString author;
    QString subject;
    QString keywords;

    /// What the document goes without, and why (a logo that cannot be drawn), for the user.
    QStringList warnings;
};

} // namespace yttra
