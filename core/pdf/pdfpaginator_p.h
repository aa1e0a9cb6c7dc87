// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/pdfblock.h"
#include "pdf/pdfblocklayout_p.h"
#include "pdf/pdfpage.h"
#include "pdf/pdfstyle.h"

#include <QList>

#include <memory>
#include <vector>

namespace yttra {

/// Breaks the laid-out blocks into A4 pages by the template's rules: a heading keeps with
/// at least two lines of what follows; an item's section does not start in the last few
/// lines of a page; paragraphs, list items and table rows break between lines without
/// leaving one line alone; a framed box longer than the page is closed at its foot and
/// reopened at the next page's top; the table's header row is repeated on every page the
/// table continues on, above at least two lines of a row. Nothing is ever cut: a block
/// taller than a page breaks between lines whatever its kind.
class PdfPaginator
{
public:
    PdfPaginator(const QList<PdfBlock> &blocks, const std::vector<std::shared_ptr<const PdfBlockLayout>> &layouts, const PdfStyle &style);

    QList<PdfPage> paginate();

private:
    /// The height block i needs on the current page before any allowed break, with what it
    /// must keep with.
    double need(int i) const;
    /// The height of what block i keeps with, on the page of its last line (0 for none).
    double follower(int i) const;
    /// Whether block i may break between its lines.
    bool breaks(int i) const;
    void newPage();
    void closeFrame();
    void place(int block, int first, int count, double space, bool repeated = false);
    bool pageHasTable(int tableId) const;
    int headerRowOf(int tableId) const;

    const QList<PdfBlock> &m_blocks;
    const std::vector<std::shared_ptr<const PdfBlockLayout>> &m_layouts;
    const PdfStyle &m_style;

    QList<PdfPage> m_pages;
    double m_y = 0;
    bool m_atTop = true;   // nothing placed on the page yet but a repeated header row
    int m_openFrame = -1;  // the frame whose box is open on this page
    double m_frameTop = 0;
};

} // namespace yttra
