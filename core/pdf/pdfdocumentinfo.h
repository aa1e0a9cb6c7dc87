// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace yttra {

/// What a laid-out document says about itself besides its blocks: the page header on every
/// page and the PDF's metadata. A statement fills it from its details; the comparison of two
/// versions from their names.
struct PdfDocumentInfo
{
    QString language;        // the document's ("sv", "en"): its words and page numbers
    QString pdfLanguage;     // for the catalog's /Lang ("sv-SE")
    QStringList headerLeft;  // board, office
    QStringList headerRight; // date, case number (the page number follows)
    QString banner;          // above the header, bold: what kind of copy this is; may be empty

    QString title;
    QString author;
    QString subject;
    QString keywords;
};

} // namespace yttra
