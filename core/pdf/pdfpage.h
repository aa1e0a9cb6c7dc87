// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/pdfblock.h"

#include <QList>
#include <QRectF>

namespace yttra {

/// A block, or the part of it, on one page: which lines, and where (points, from the page's
/// top left corner). A table header row repeated on a continuation page is `repeated`.
struct PdfPlacedBlock
{
    int block = -1; // index into the document's blocks
    PdfBlock::Kind kind = PdfBlock::Kind::Paragraph;
    int firstLine = 0;
    int lineCount = 0;
    int totalLines = 0; // of the whole block, so a test sees where it was split
    QRectF rect;
    bool repeated = false;

    bool isSplit() const { return firstLine > 0 || firstLine + lineCount < totalLines; }
};

/// One laid-out page: its blocks in reading order and the framed boxes drawn on it (a box
/// longer than a page has one closed frame on each page).
struct PdfPage
{
    QList<PdfPlacedBlock> blocks;
    QList<QRectF> frames;
};

} // namespace yttra
