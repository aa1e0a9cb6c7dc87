// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/pdfblock.h"
#include "pdf/pdfstyle.h"
#include "pdf/pdftextlayout_p.h"

#include <optional>
#include <vector>

namespace yttra {

/// One block shaped for the page: its text in lines (or a table row's cells), where it sits
/// across the body (list indent, frame inset), and how tall any run of its lines is. The
/// paginator reads it to break pages, the painter to draw.
class PdfBlockLayout
{
public:
    /// `columnWidths`: the table's columns, shared by all its rows; none for other blocks.
    PdfBlockLayout(PangoContext *context, const PdfBlockShaping &shaping, const PdfStyle &style, const std::vector<double> &columnWidths);

    /// Lines the block can break between: its text's, a table row's tallest cell's; the
    /// signature line is one.
    int lineCount() const;
    double height(int first, int count) const;
    double height() const { return height(0, lineCount()); }
    /// Paragraphs, list items and table rows break between lines, keeping two lines at each
    /// side.
    bool breakable() const;
    /// How many of lines [first, first + count) of a row's cell it has (none past its end).
    int cellLines(std::size_t cell, int first, int count) const;

    /// Left edge and width of the block's box, from the body's left edge.
    double x() const { return m_x; }
    double width() const { return m_width; }
    /// Where the text starts, from the box's left edge (a list item's body after its label).
    double textOffset() const { return m_textOffset; }

    const PdfTextLayout *text() const { return m_text ? &*m_text : nullptr; }
    const PdfTextLayout *label() const { return m_label ? &*m_label : nullptr; }
    const std::vector<PdfTextLayout> &cells() const { return m_cells; }
    const std::vector<double> &columnWidths() const { return m_columns; }
    const PdfBlockShaping &shaping() const { return m_shaping; }

    /// The table's column widths for this style: status columns as wide as their headings.
    static std::vector<double> tableColumns(PangoContext *context, const PdfBlock &header, const PdfStyle &style);

private:
    PdfBlockShaping m_shaping;
    double m_x = 0;
    double m_width = 0;
    double m_textOffset = 0;
    double m_cellPadding = 0;
    double m_fixedHeight = 0;
    std::optional<PdfTextLayout> m_text;
    std::optional<PdfTextLayout> m_label;
    std::vector<PdfTextLayout> m_cells;
    std::vector<double> m_columns;
};

} // namespace yttra
