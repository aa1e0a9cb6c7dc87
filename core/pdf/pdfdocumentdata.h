// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cairoptr.h"
#include "pdfblock.h"
#include "pdfblocklayout.h"
#include "pdfdocumentinfo.h"
#include "pdfpage.h"
#include "pdfstyle.h"

#include <QList>

#include <mutex>
#include <vector>

namespace yttra {

/// Everything a laid-out document (a statement, or the comparison of two versions) holds,
/// shared by PdfDocument, the painter and the exporter. The Pango objects are this
/// document's own (no process-wide font map), so a preview can be laid out and drawn in a
/// worker thread; the mutex keeps two threads from drawing the same document at once.
struct PdfDocumentData
{
    PdfStyle style;
    PdfDocumentInfo info;

    // Declared before the layouts, which use them, so they are destroyed after them.
    PangoFontMapPtr fontMap;
    PangoContextPtr context;

    QList<PdfBlock> blocks;
    std::vector<PdfBlockLayout> layouts;
    QList<PdfPage> pages;

    std::mutex drawing;
};

} // namespace yttra
