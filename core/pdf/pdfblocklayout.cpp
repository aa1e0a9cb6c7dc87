// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfblocklayout_p.h"

#include <algorithm>

namespace yttra {

PdfBlockLayout::PdfBlockLayout(PangoContext *context, const PdfBlockShaping &block, const PdfStyle &style, const std::vector<double> &columnWidths)
    : m_shaping(block), m_cellPadding(style.cellPadding), m_columns(columnWidths)
{
    m_width = style.bodyWidth();
    if (block.framed) {
        const double inset = style.framePadding + style.frameLineWidth;
        m_x += inset;
        m_width -= 2 * inset;
    }

    PdfTextLayout::Options options;
    options.family = style.family;
    options.size = style.bodySize;
    options.grey = style.placeholderGrey;

    switch (block.kind) {
    case PdfBlock::Kind::Heading1:
    case PdfBlock::Kind::Heading2:
    case PdfBlock::Kind::Heading3:
        options.bold = true;
        options.size = block.kind == PdfBlock::Kind::Heading1 ? style.heading1Size
            : block.kind == PdfBlock::Kind::Heading2          ? style.heading2Size
                                                              : style.heading3Size;
        options.width = m_width;
        m_text.emplace(context, block.spans, options);
        break;
    case PdfBlock::Kind::Paragraph:
        if (block.level > 0) { // a further paragraph of a list item: under the item's text
            const double indent = (block.level - 1) * style.listIndent + style.listLabelWidth;
            m_x += indent;
            m_width -= indent;
        }
        options.width = m_width;
        if (block.look == PdfBlock::Look::Field)
            options.tabStop = style.fieldLabelWidth;
        else if (block.look == PdfBlock::Look::Note)
            options.tabStop = style.noteIndent;
        m_text.emplace(context, block.spans, options);
        break;
    case PdfBlock::Kind::ListItem: {
        const double indent = (std::max(block.level, 1) - 1) * style.listIndent;
        m_x += indent;
        m_width -= indent;
        m_textOffset = style.listLabelWidth;
        options.width = m_width - m_textOffset;
        m_text.emplace(context, block.spans, options);
        options.width = style.listLabelWidth;
        m_label.emplace(context, QList<PdfSpan>{PdfSpan::plain(block.label)}, options);
        break;
    }
    case PdfBlock::Kind::TableHeaderRow:
    case PdfBlock::Kind::TableRow: {
        options.size = style.tableSize;
        for (qsizetype c = 0; c < block.cells.size(); ++c) {
            const double column = c < qsizetype(m_columns.size()) ? m_columns[std::size_t(c)] : m_width / double(block.cells.size());
            options.width = std::max(column - 2 * style.cellPadding, 1.0);
            // The X of a status sits in the middle of its column; the last column (a
            // comment, a register's measures) is text, read from the left.
            const bool status = c >= 1 && c <= 3 && c + 1 < block.cells.size();
            options.align = status ? PdfTextLayout::Align::Center : PdfTextLayout::Align::Left;
            m_cells.emplace_back(context, block.cells.at(c), options);
        }
        break;
    }
    case PdfBlock::Kind::SignatureLine:
        m_fixedHeight = style.signatureSpace;
        m_width = std::min(m_width, 75 * PdfStyle::millimetre);
        break;
    }
}

int PdfBlockLayout::lineCount() const
{
    if (m_text)
        return m_text->lineCount();
    // A row breaks between lines of its cells: its line k is line k of every cell that has one.
    int lines = 1;
    for (const PdfTextLayout &cell : m_cells)
        lines = std::max(lines, cell.lineCount());
    return lines;
}

int PdfBlockLayout::cellLines(std::size_t cell, int first, int count) const
{
    const int lines = m_cells[cell].lineCount();
    return std::clamp(std::min(first + count, lines) - first, 0, lines);
}

double PdfBlockLayout::height(int first, int count) const
{
    if (m_text)
        return m_text->height(first, count);
    if (count <= 0)
        return 0;
    if (m_shaping.kind == PdfBlock::Kind::SignatureLine)
        return m_fixedHeight;
    double tallest = 0;
    for (std::size_t c = 0; c < m_cells.size(); ++c) {
        const int lines = cellLines(c, first, count);
        if (lines > 0)
            tallest = std::max(tallest, m_cells[c].height(first, lines));
    }
    return tallest + 2 * m_cellPadding;
}

bool PdfBlockLayout::breakable() const
{
    // With three lines or fewer any break leaves a single line alone on one page. A header
    // row is short and repeats whole.
    const bool text = m_shaping.kind == PdfBlock::Kind::Paragraph || m_shaping.kind == PdfBlock::Kind::ListItem || m_shaping.kind == PdfBlock::Kind::TableRow;
    return text && lineCount() >= 4;
}

std::vector<double> PdfBlockLayout::tableColumns(PangoContext *context, const PdfBlock &header, const PdfStyle &style)
{
    const double width = style.bodyWidth();
    const qsizetype count = header.cells.size();
    if (!header.columnWeights.isEmpty() && header.columnWeights.size() == count) {
        double total = 0;
        for (double weight : header.columnWeights)
            total += weight;
        std::vector<double> widths;
        for (double weight : header.columnWeights)
            widths.push_back(width * weight / total);
        return widths;
    }
    if (count != 5)
        return std::vector<double>(std::size_t(std::max<qsizetype>(count, 1)), width / double(std::max<qsizetype>(count, 1)));

    PdfTextLayout::Options options;
    options.family = style.family;
    options.size = style.tableSize;
    options.width = width;
    double status = 0;
    for (qsizetype c = 1; c <= 3; ++c) {
        const PdfTextLayout heading(context, header.cells.at(c), options);
        status = std::max(status, heading.naturalWidth());
    }
    status += 2 * style.cellPadding + 2;
    const double rest = width - 3 * status;
    const double measure = rest * 0.55;
    return {measure, status, status, status, rest - measure};
}

} // namespace yttra
