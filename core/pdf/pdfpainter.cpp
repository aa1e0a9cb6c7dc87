// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfpainter_p.h"

#include "language/documentlabels.h"
#include "pdf/pdfsplitrows.h"

using namespace Qt::StringLiterals;

namespace yttra {

PdfPainter::PdfPainter(const PdfDocumentData &data, cairo_t *cr, bool tagged)
    : m_data(data), m_cr(cr), m_tagged(tagged)
{
}

void PdfPainter::begin(const QByteArray &name)
{
    if (m_tagged)
        cairo_tag_begin(m_cr, name.constData(), "");
}

void PdfPainter::end(const QByteArray &name)
{
    if (m_tagged)
        cairo_tag_end(m_cr, name.constData());
}

void PdfPainter::enter(const QList<PdfTag> &path)
{
    if (!m_tagged)
        return;
    qsizetype common = 0;
    while (common < m_open.size() && common < path.size() && m_open.at(common) == path.at(common))
        ++common;
    while (m_open.size() > common)
        end(m_open.takeLast().name);
    for (qsizetype i = common; i < path.size(); ++i) {
        begin(path.at(i).name);
        m_open.append(path.at(i));
    }
}

void PdfPainter::finish()
{
    enter({});
}

void PdfPainter::paintPage(int index)
{
    const PdfStyle &style = m_data.style;
    cairo_save(m_cr);
    cairo_set_source_rgb(m_cr, 0, 0, 0);

    // Not content: drawn before any leaf tag opens on this page, so it stays unmarked.
    paintHeader(index);
    const PdfPage &page = m_data.pages.at(index);
    cairo_set_line_width(m_cr, style.frameLineWidth);
    for (const QRectF &frame : page.frames) {
        const double half = style.frameLineWidth / 2;
        cairo_rectangle(m_cr, frame.x() + half, frame.y() + half, frame.width() - 2 * half, frame.height() - 2 * half);
        cairo_stroke(m_cr);
    }

    for (const PdfPlacedBlock &placed : page.blocks)
        paintBlock(placed);
    cairo_restore(m_cr);
}

void PdfPainter::paintHeader(int index)
{
    const PdfStyle &style = m_data.style;
    PdfTextLayout::Options options;
    options.family = style.family;
    options.size = style.headerSize;
    options.width = style.bodyWidth() / 2;

    const PdfDocumentInfo &info = m_data.info;
    // On the first page the board's name moves aside for the logo.
    const bool logo = index == 0 && info.logo;
    const double logoIndent = logo ? info.logoRect.width() + style.logoGap : 0;
    QList<PdfSpan> left;
    for (qsizetype i = 0; i < info.headerLeft.size(); ++i) {
        const QString line = info.headerLeft.at(i) + (i + 1 < info.headerLeft.size() ? u"\n"_s : QString());
        left.append(i == 0 ? PdfSpan::strong(line) : PdfSpan::plain(line));
    }
    QList<PdfSpan> right;
    for (const QString &line : info.headerRight)
        right.append(PdfSpan::plain(line + u'\n'));
    right.append(PdfSpan::plain(DocumentLabels(info.language).pageOfPages(index + 1, static_cast<int>(m_data.pages.size()))));

    options.width = style.bodyWidth() / 2 - logoIndent;
    const PdfTextLayout leftText(m_data.pango->context(), left, options);
    leftText.draw(m_cr, style.marginLeft + logoIndent, style.headerTop, 0, leftText.lineCount(), PdfTextLayout::Tagging::None);
    options.width = style.bodyWidth() / 2;
    options.align = PdfTextLayout::Align::Right;
    const PdfTextLayout rightText(m_data.pango->context(), right, options);
    rightText.draw(m_cr, style.marginLeft + style.bodyWidth() / 2, style.headerTop, 0, rightText.lineCount(), PdfTextLayout::Tagging::None);

    if (!info.banner.isEmpty()) {
        options.align = PdfTextLayout::Align::Center;
        options.size = style.bannerSize;
        options.width = style.bodyWidth();
        const PdfTextLayout banner(m_data.pango->context(), {PdfSpan::strong(info.banner)}, options);
        banner.draw(m_cr, style.marginLeft, style.bannerTop, 0, banner.lineCount(), PdfTextLayout::Tagging::None);
    }
    if (logo)
        paintLogo();
}

void PdfPainter::paintLogo()
{
    // A logo without a description is decoration: drawn outside the structure tree, like the
    // rest of the header, PdfArchive marks it an artifact. A described one is a Figure (its
    // /Alt is set by PdfArchive, which cairo cannot), first in the Document element: the
    // header is drawn before any block has opened it, so it is opened here, and the first
    // block finds it open. Drawn last in the header, so no header text lands inside it.
    const PdfDocumentInfo &info = m_data.info;
    const bool figure = m_tagged && !info.logo->logo().description.trimmed().isEmpty() && !m_data.blocks.isEmpty()
        && !m_data.blocks.first().containers.isEmpty() && m_data.blocks.first().containers.first().name == "Document";
    if (figure) {
        enter({m_data.blocks.first().containers.first()});
        begin("Figure");
    }
    info.logo->draw(m_cr, info.logoRect);
    if (figure)
        end("Figure");
}

void PdfPainter::paintText(const PdfPlacedBlock &placed, const PdfTextLayout &text, double x, QList<PdfTag> path, const QByteArray &leaf)
{
    // A leaf whose text is split over pages, or holds links, becomes a container of Span
    // and Link leaves: cairo 1.16 marks content only in leaf elements, and an element must
    // not stay open over a page break, or the next page's header would be marked inside it.
    const bool container = m_tagged && (placed.isSplit() || text.hasLinks());
    if (container) {
        path.append(PdfTag{leaf, -(placed.block + 1)});
        enter(path);
        text.draw(m_cr, x, placed.rect.y(), placed.firstLine, placed.lineCount, PdfTextLayout::Tagging::Spans);
        return;
    }
    enter(path);
    begin(leaf);
    text.draw(m_cr, x, placed.rect.y(), placed.firstLine, placed.lineCount, PdfTextLayout::Tagging::None);
    end(leaf);
}

void PdfPainter::paintBlock(const PdfPlacedBlock &placed)
{
    const PdfBlock &block = m_data.blocks.at(placed.block);
    const PdfBlockLayout &layout = *m_data.layouts[std::size_t(placed.block)];
    const double x = placed.rect.x();

    if (m_tagged && placed.firstLine == 0 && !block.destination.isEmpty()) {
        // Where a link to this block (a note's marker) leads: the top left of its first line.
        const QByteArray destination = "name='" + block.destination.toLatin1() + "' x="
            + QByteArray::number(x, 'f', 2) + " y=" + QByteArray::number(placed.rect.y(), 'f', 2);
        cairo_tag_begin(m_cr, CAIRO_TAG_DEST, destination.constData());
        cairo_tag_end(m_cr, CAIRO_TAG_DEST);
    }

    switch (block.kind) {
    case PdfBlock::Kind::Heading1: paintText(placed, *layout.text(), x, block.containers, "H1"); break;
    case PdfBlock::Kind::Heading2: paintText(placed, *layout.text(), x, block.containers, "H2"); break;
    case PdfBlock::Kind::Heading3: paintText(placed, *layout.text(), x, block.containers, "H3"); break;
    case PdfBlock::Kind::Paragraph: paintText(placed, *layout.text(), x, block.containers, "P"); break;
    case PdfBlock::Kind::ListItem: {
        if (placed.firstLine == 0) {
            enter(block.containers);
            begin("Lbl");
            layout.label()->draw(m_cr, x, placed.rect.y(), 0, 1, PdfTextLayout::Tagging::None);
            end("Lbl");
        }
        QList<PdfTag> path = block.containers;
        QByteArray leaf = "LBody";
        if (block.hasNestedContent && !path.isEmpty()) {
            // Its body holds further blocks (a nested list): the text is a P inside LBody.
            path.append(PdfTag{"LBody", path.last().id});
            leaf = "P";
        }
        paintText(placed, *layout.text(), x + layout.textOffset(), path, leaf);
        break;
    }
    case PdfBlock::Kind::TableHeaderRow:
    case PdfBlock::Kind::TableRow: paintRow(placed); break;
    case PdfBlock::Kind::SignatureLine: {
        // Where the signatory signs: decoration, not text, so it reads as nothing.
        const double y = placed.rect.bottom() - 2;
        const double dash[] = {0.8, 2.2};
        cairo_save(m_cr);
        cairo_set_dash(m_cr, dash, 2, 0);
        cairo_set_line_width(m_cr, 0.8);
        cairo_move_to(m_cr, x, y);
        cairo_line_to(m_cr, x + layout.width(), y);
        cairo_stroke(m_cr);
        cairo_restore(m_cr);
        break;
    }
    }
}

void PdfPainter::paintRow(const PdfPlacedBlock &placed)
{
    const PdfStyle &style = m_data.style;
    const PdfBlock &block = m_data.blocks.at(placed.block);
    const PdfBlockLayout &layout = *m_data.layouts[std::size_t(placed.block)];
    const bool header = block.kind == PdfBlock::Kind::TableHeaderRow;
    const QRectF &r = placed.rect;

    // The header row repeated on a continuation page is drawn untagged: the structure tree
    // has it once, where the table starts.
    const bool tagged = !placed.repeated;
    QList<PdfTag> row = block.containers;
    if (placed.firstLine > 0 && !row.isEmpty()) {
        // A row's continuation on the next page is a row part of its own in the structure
        // tree: cairo 1.16 cannot reopen the row's cells once they are closed. PdfArchive
        // moves the part's content into the row's cells (PdfSplitRows).
        row.last() = PdfTag{PdfSplitRows::partTag, placed.firstLine}; // one part per page
    }
    if (tagged)
        enter(row);
    if (header) {
        cairo_set_source_rgb(m_cr, 0.88, 0.88, 0.88);
        cairo_rectangle(m_cr, r.x(), r.y(), r.width(), r.height());
        cairo_fill(m_cr);
        cairo_set_source_rgb(m_cr, 0, 0, 0);
    }

    double x = r.x();
    const std::vector<double> &columns = layout.columnWidths();
    const QByteArray leaf = header ? "TH" : "TD";
    for (std::size_t c = 0; c < layout.cells().size(); ++c) {
        const PdfTextLayout &cell = layout.cells()[c];
        const int lines = layout.cellLines(c, placed.firstLine, placed.lineCount);
        const double cellX = x + style.cellPadding;
        const double cellY = r.y() + style.cellPadding;
        if (tagged && placed.isSplit()) {
            // A cell split over pages is a container of Span leaves, as a split paragraph is.
            enter(row + QList<PdfTag>{PdfTag{leaf, int(c)}});
            cell.draw(m_cr, cellX, cellY, placed.firstLine, lines, PdfTextLayout::Tagging::Spans);
        } else {
            if (tagged)
                begin(leaf);
            if (lines > 0)
                cell.draw(m_cr, cellX, cellY, placed.firstLine, lines, PdfTextLayout::Tagging::None);
            if (tagged)
                end(leaf);
        }
        x += c < columns.size() ? columns[c] : 0;
    }
    if (tagged && placed.isSplit())
        enter(row);

    cairo_set_line_width(m_cr, style.ruleWidth);
    cairo_rectangle(m_cr, r.x(), r.y(), r.width(), r.height());
    x = r.x();
    for (std::size_t c = 0; c + 1 < columns.size(); ++c) {
        x += columns[c];
        cairo_move_to(m_cr, x, r.y());
        cairo_line_to(m_cr, x, r.bottom());
    }
    cairo_stroke(m_cr);
}

} // namespace yttra
