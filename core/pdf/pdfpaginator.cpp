// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfpaginator_p.h"

#include <algorithm>

namespace yttra {

PdfPaginator::PdfPaginator(const QList<PdfBlock> &blocks, const std::vector<std::shared_ptr<const PdfBlockLayout>> &layouts, const PdfStyle &style)
    : m_blocks(blocks), m_layouts(layouts), m_style(style)
{
}

double PdfPaginator::need(int i) const
{
    const PdfBlock &block = m_blocks.at(i);
    const PdfBlockLayout &layout = *m_layouts[std::size_t(i)];
    // A block that breaks needs its first two lines here; what it keeps with follows its
    // last lines, which the loop in paginate() carries over with it when they do not fit.
    double height = breaks(i) ? layout.height(0, 2) : layout.height() + follower(i);
    if (block.frameId >= 0) {
        const bool entering = i == 0 || m_blocks.at(i - 1).frameId != block.frameId;
        if (entering)
            height += m_style.framePadding;
        height += m_style.framePadding; // the frame's foot on this page
    }
    if (block.startsItem)
        height = std::max(height, layout.height() + m_style.itemStartLines * m_style.bodySize * 1.2);
    return height;
}

double PdfPaginator::follower(int i) const
{
    const PdfBlock &block = m_blocks.at(i);
    if (!block.keepWithNext || i + 1 >= m_blocks.size())
        return 0;
    const PdfBlock &next = m_blocks.at(i + 1);
    double chained = next.spaceBefore + need(i + 1);
    if (block.frameId >= 0 && next.frameId == block.frameId)
        chained -= m_style.framePadding; // the frame's foot, counted once
    return chained;
}

bool PdfPaginator::breaks(int i) const
{
    const PdfBlockLayout &layout = *m_layouts[std::size_t(i)];
    // Whatever is taller than a page breaks between lines (a heading of a hundred lines):
    // nothing may run off the foot of the page.
    return layout.breakable() || (layout.lineCount() > 1 && layout.height() > m_style.bodyBottom() - m_style.marginTop - 2 * m_style.framePadding);
}

void PdfPaginator::closeFrame()
{
    if (m_openFrame < 0)
        return;
    m_y += m_style.framePadding;
    m_pages.last().frames.append(QRectF(m_style.marginLeft, m_frameTop, m_style.bodyWidth(), m_y - m_frameTop));
    m_openFrame = -1;
    m_atTop = false;
}

void PdfPaginator::newPage()
{
    const int continuingFrame = m_openFrame;
    if (!m_pages.isEmpty())
        closeFrame();
    m_pages.append(PdfPage{});
    m_y = m_style.marginTop;
    m_atTop = true;
    if (continuingFrame >= 0) { // the box goes on: open it again at the top
        m_openFrame = continuingFrame;
        m_frameTop = m_y;
        m_y += m_style.framePadding;
    }
}

void PdfPaginator::place(int block, int first, int count, double space, bool repeated)
{
    const PdfBlockLayout &layout = *m_layouts[std::size_t(block)];
    const double height = layout.height(first, count);
    PdfPlacedBlock placed;
    placed.block = block;
    placed.kind = m_blocks.at(block).kind;
    placed.firstLine = first;
    placed.lineCount = count;
    placed.totalLines = layout.lineCount();
    placed.rect = QRectF(m_style.marginLeft + layout.x(), m_y + space, layout.width(), height);
    placed.repeated = repeated;
    m_pages.last().blocks.append(placed);
    m_y += space + height;
    if (!repeated)
        m_atTop = false;
}

bool PdfPaginator::pageHasTable(int tableId) const
{
    for (const PdfPlacedBlock &placed : m_pages.last().blocks) {
        if (m_blocks.at(placed.block).tableId == tableId)
            return true;
    }
    return false;
}

int PdfPaginator::headerRowOf(int tableId) const
{
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks.at(i).kind == PdfBlock::Kind::TableHeaderRow && m_blocks.at(i).tableId == tableId)
            return i;
    }
    return -1;
}

QList<PdfPage> PdfPaginator::paginate()
{
    m_pages.clear();
    m_openFrame = -1;
    newPage();
    const double bodyBottom = m_style.bodyBottom();

    for (int i = 0; i < m_blocks.size(); ++i) {
        const PdfBlock &block = m_blocks.at(i);
        const PdfBlockLayout &layout = *m_layouts[std::size_t(i)];

        if (m_openFrame >= 0 && block.frameId != m_openFrame)
            closeFrame();

        double space = m_atTop ? 0 : block.spaceBefore;
        if (!m_atTop && m_y + space + need(i) > bodyBottom) {
            newPage();
            space = 0;
        }
        if (block.frameId >= 0 && block.frameId != m_openFrame) {
            m_y += space;
            space = 0;
            m_openFrame = block.frameId;
            m_frameTop = m_y;
            m_y += m_style.framePadding;
        }
        const double bottom = bodyBottom - (block.frameId >= 0 ? m_style.framePadding : 0);

        const int lines = layout.lineCount();
        int first = 0;
        while (first < lines) {
            if (block.kind == PdfBlock::Kind::TableRow && !pageHasTable(block.tableId)) {
                const int header = headerRowOf(block.tableId);
                if (header >= 0) {
                    place(header, 0, 1, 0, true);
                    space = 0;
                }
            }
            const double rest = layout.height(first, lines - first);
            const bool breakable = breaks(i);
            const bool fits = m_y + space + rest <= bottom;
            // The last lines of a block that keeps with the next go over with it when the two
            // do not fit together; a block too short to split goes whole.
            const bool kept = m_y + space + rest + follower(i) <= bottom || !breakable || lines - first < 4;
            if ((fits && kept) || (m_atTop && !breakable)) {
                // A single line taller than a page still goes on, from the top.
                place(i, first, lines - first, space);
                break;
            }
            if (!breakable) {
                newPage();
                space = 0;
                continue;
            }
            int fit = 0;
            while (first + fit < lines && m_y + space + layout.height(first, fit + 1) <= bottom)
                ++fit;
            if (lines - first - fit < 2)
                fit = lines - first - 2; // no widow: two lines go over together
            if (fit < 2) {
                if (!m_atTop) {
                    newPage();
                    space = 0;
                    continue;
                }
                fit = std::min(std::max(fit, 1), lines - first); // a line taller than a page
            }
            place(i, first, fit, space);
            first += fit;
            if (first < lines) {
                newPage();
                space = 0;
            }
        }
    }
    closeFrame();
    return m_pages;
}

} // namespace yttra
