// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/pdfblock.h"
#include "pdf/pdfstyle.h"

#include <QList>

namespace yttra {

/// Writes blocks in reading order with the template's spacing and their places in the
/// structure tree: headings that keep with what follows, paragraphs, label/value rows,
/// list items, framed boxes. The base of the builders of a statement and of a comparison,
/// so both documents space and tag their blocks the same way.
class PdfBlockWriter
{
protected:
    explicit PdfBlockWriter(const PdfStyle &style) : m_style(style) {}

    /// Starts over with no blocks, inside the Document element.
    void begin();

    void heading(PdfBlock::Kind kind, const QString &text, bool startsItem = false);
    void paragraph(const QList<PdfSpan> &spans, PdfBlock::Look look = PdfBlock::Look::Body);
    /// A label and its value on one row (a tab between): "Datum 2026-05-06".
    void labelled(const QString &label, const QList<PdfSpan> &value);
    /// An item of the list `list` (a tag made for it) with its bullet or number.
    void listItem(const PdfTag &list, const QString &label, const QList<PdfSpan> &spans);
    void beginFrame();
    void endFrame();
    PdfBlock &append(PdfBlock block, double space);
    PdfTag tag(const char *name);

    const PdfStyle &m_style;
    QList<PdfBlock> m_blocks;
    QList<PdfTag> m_base; // Document, and the Div of an open frame
    int m_nextId = 1;
    int m_frameId = -1;
    int m_itemIndex = -1;
    bool m_afterHeading = false;
    bool m_frameStart = false;
};

} // namespace yttra
