// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "pdf/pdfdocument.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPrinter;

namespace yttra {

/// Prints the laid-out statement, the same pages the preview shows and the PDF holds.
class PagePrinter
{
    Q_DECLARE_TR_FUNCTIONS(PagePrinter)

public:
    /// A printer that writes a PDF file gets the statement's own (tagged) PDF; any other
    /// printer gets the pages drawn at its resolution.
    static Result<void> print(const PdfDocument &layout, QPrinter &printer);
    /// Draws pages `from` to `to` (from 0; -1: the last) onto a paged device, one page each,
    /// as images at the device's resolution scaled to its page.
    static Result<void> paint(const PdfDocument &layout, QPagedPaintDevice &device, int from = 0, int to = -1);
};

} // namespace yttra
