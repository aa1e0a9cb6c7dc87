// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/pdfblock.h"
#include "pdf/pdfblocklayout_p.h"
#include "pdf/pdfdocumentinfo.h"
#include "pdf/pdfpage.h"
#include "pdf/pdfpangocontext_p.h"
#include "pdf/pdfstyle.h"

#include <QList>

#include <memory>
#include <vector>

namespace yttra {

/// Everything a laid-out document (a statement, or the comparison of two versions) holds,
/// shared by PdfDocument, the painter and the exporter. Its Pango objects (no process-wide
/// font map) are its own, or shared with the documents it was laid out from or for, whose
/// unchanged blocks' layouts it shares too; whoever shapes, draws or releases them holds
/// the context's mutex, so a preview can be laid out in a worker thread while the GUI
/// thread draws or exports the previous layout.
struct PdfDocumentData
{
    PdfDocumentData() = default;
    PdfDocumentData(const PdfDocumentData &) = delete;
    PdfDocumentData &operator=(const PdfDocumentData &) = delete;
    ~PdfDocumentData();

    PdfStyle style;
    PdfDocumentInfo info;

    // Declared before the layouts, which use it, so it is released after them.
    std::shared_ptr<PdfPangoContext> pango;

    QList<PdfBlock> blocks;
    std::vector<std::shared_ptr<const PdfBlockLayout>> layouts;
    /// Which blocks' layouts came from the previous document.
    std::vector<bool> reused;
    QList<PdfPage> pages;
};

} // namespace yttra
