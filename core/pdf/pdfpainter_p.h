// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/pdfdocumentdata_p.h"

#include <cairo.h>

namespace yttra {

/// Draws laid-out pages on cairo. For the PDF (tagged) it wraps every block in structure
/// tags as it goes, keeping lists, frames and the table open across page breaks, and draws
/// the page header, frames and rules while no leaf tag is open: cairo 1.16 then leaves them
/// out of the structure tree (it has no usable Artifact tag). Pages must be painted in
/// order on one painter for the tags; a preview page is painted untagged on its own.
class PdfPainter
{
public:
    PdfPainter(const PdfDocumentData &data, cairo_t *cr, bool tagged);

    void paintPage(int index);
    /// Closes the tags still open after the last page.
    void finish();

private:
    void enter(const QList<PdfTag> &path);
    void begin(const QByteArray &name);
    void end(const QByteArray &name);
    void paintHeader(int index);
    void paintLogo();
    void paintBlock(const PdfPlacedBlock &placed);
    void paintText(const PdfPlacedBlock &placed, const PdfTextLayout &text, double x, QList<PdfTag> path, const QByteArray &leaf);
    void paintRow(const PdfPlacedBlock &placed);

    const PdfDocumentData &m_data;
    cairo_t *m_cr;
    bool m_tagged;
    QList<PdfTag> m_open;
};

} // namespace yttra
