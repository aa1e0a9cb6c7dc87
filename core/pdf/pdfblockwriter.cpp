// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfblockwriter.h"

using namespace Qt::StringLiterals;

namespace yttra {

void PdfBlockWriter::begin()
{
    m_blocks.clear();
    m_nextId = 1;
    m_frameId = -1;
    m_itemIndex = -1;
    m_afterHeading = false;
    m_frameStart = false;
    m_base = {tag("Document")};
}

void PdfBlockWriter::heading(PdfBlock::Kind kind, const QString &text, bool startsItem)
{
    PdfBlock block;
    block.kind = kind;
    block.spans = {PdfSpan::plain(text)};
    block.keepWithNext = true;
    block.startsItem = startsItem;
    const double space = kind == PdfBlock::Kind::Heading3 ? m_style.heading3Space : m_style.heading2Space;
    append(block, space);
    m_afterHeading = true;
}

void PdfBlockWriter::labelled(const QString &label, const QList<PdfSpan> &value)
{
    // The space before the tab is for text extraction and screen readers, which do not see
    // the tab: "Datum 2026-05-06", not "Datum2026-05-06".
    paragraph(QList<PdfSpan>{PdfSpan::plain(label + u" \t"_s)} + value, PdfBlock::Look::Field);
}

void PdfBlockWriter::listItem(const PdfTag &list, const QString &label, const QList<PdfSpan> &spans)
{
    PdfBlock block;
    block.kind = PdfBlock::Kind::ListItem;
    block.level = 1;
    block.label = label;
    block.spans = spans;
    PdfBlock &placed = append(block, m_style.listItemSpace);
    placed.containers += QList<PdfTag>{list, tag("LI")};
}

void PdfBlockWriter::paragraph(const QList<PdfSpan> &spans, PdfBlock::Look look)
{
    PdfBlock block;
    block.spans = spans;
    block.look = look;
    append(block, m_style.paragraphSpace);
}

void PdfBlockWriter::beginFrame()
{
    const PdfTag div = tag("Div");
    m_frameId = div.id;
    m_base.append(div);
    m_frameStart = true;
}

void PdfBlockWriter::endFrame()
{
    // The recommendation's frame stays with the first lines of the answer below it.
    if (!m_blocks.isEmpty() && m_blocks.last().frameId == m_frameId)
        m_blocks.last().keepWithNext = true;
    m_base.removeLast();
    m_frameId = -1;
    m_frameStart = false;
}

PdfBlock &PdfBlockWriter::append(PdfBlock block, double space)
{
    block.spaceBefore = m_afterHeading ? m_style.headingGap : space;
    if (m_frameStart)
        block.spaceBefore = m_style.paragraphSpace; // above the frame, outside it
    m_afterHeading = false;
    m_frameStart = false;
    block.containers = m_base + block.containers;
    block.frameId = m_frameId;
    block.itemIndex = m_itemIndex;
    m_blocks.append(std::move(block));
    return m_blocks.last();
}

PdfTag PdfBlockWriter::tag(const char *name)
{
    return {QByteArray(name), m_nextId++};
}

} // namespace yttra
