// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfblockbuilder.h"

using namespace Qt::StringLiterals;

namespace yttra {

using Phrase = DocumentLabels::Phrase;

PdfBlockBuilder::PdfBlockBuilder(const Statement &statement, const PdfStyle &style)
    : m_statement(statement), m_style(style), m_labels(statement.language)
{
}

QList<PdfBlock> PdfBlockBuilder::build()
{
    m_blocks.clear();
    m_base = {tag("Document")};
    const Statement &s = m_statement;

    headerBlock();

    heading(PdfBlock::Kind::Heading2, m_labels.phrase(Phrase::Summary));
    markdown(s.summary, m_labels.phrase(Phrase::Summary));

    if (s.kind == StatementKind::FollowUp) {
        heading(PdfBlock::Kind::Heading2, m_labels.phrase(Phrase::MeasureTable));
        measureTable();
    }

    heading(PdfBlock::Kind::Heading2, m_labels.phrase(Phrase::StatementSection));
    if (!s.readingGuide.trimmed().isEmpty()) {
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::ReadingGuide));
        markdown(s.readingGuide, m_labels.phrase(Phrase::ReadingGuide));
    }

    for (qsizetype i = 0; i < s.items.size(); ++i)
        itemSection(i);
    m_itemIndex = -1;

    signatures();

    if (!s.reservations.trimmed().isEmpty()) {
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::Reservations));
        markdown(s.reservations, m_labels.phrase(Phrase::Reservations));
    }
    return m_blocks;
}

void PdfBlockBuilder::headerBlock()
{
    const Statement &s = m_statement;
    field(m_labels.phrase(Phrase::Date), s.date);
    if (!s.address.trimmed().isEmpty()) // the address is optional in the format
        field(m_labels.phrase(Phrase::Address), s.address);
    field(m_labels.phrase(Phrase::CaseNumber), s.caseNumber);

    PdfBlock &type = append({}, m_style.heading2Space);
    type.kind = PdfBlock::Kind::Heading1;
    type.spans = {PdfSpan::plain(m_labels.phrase(Phrase::DocumentType))};
    type.keepWithNext = true;
    m_afterHeading = true;

    field(m_labels.phrase(Phrase::To), s.recipient.trimmed().isEmpty() && !s.audit.auditor.trimmed().isEmpty() ? s.audit.auditor : s.recipient);
    if (s.recipient.trimmed().isEmpty() && s.audit.auditor.trimmed().isEmpty())
        m_blocks.last().spans.last() = placeholder(m_labels.missing(m_labels.phrase(Phrase::Recipient))).first();

    const PdfSpan subject = PdfSpan::strong(m_labels.subjectLine(s));
    paragraph({subject});
    m_blocks.last().spaceBefore = m_style.heading3Space;
}

void PdfBlockBuilder::measureTable()
{
    const Statement &s = m_statement;
    if (s.measures.isEmpty()) {
        paragraph(placeholder(m_labels.phrase(Phrase::NoMeasures)));
        return;
    }
    const PdfTag table = tag("Table");
    const MeasureStatus columns[] = {MeasureStatus::Planned, MeasureStatus::Ongoing, MeasureStatus::Done};

    PdfBlock header;
    header.kind = PdfBlock::Kind::TableHeaderRow;
    header.cells.append({PdfSpan::strong(m_labels.phrase(Phrase::MeasureColumn))});
    for (MeasureStatus status : columns)
        header.cells.append({PdfSpan::strong(m_labels.measureStatusHeading(status))});
    header.cells.append({PdfSpan::strong(m_labels.phrase(Phrase::CommentColumn))});
    header.tableId = table.id;
    header.keepWithNext = true; // never alone at the foot of a page
    PdfBlock &placedHeader = append(header, m_style.paragraphSpace);
    placedHeader.containers += QList<PdfTag>{table, tag("TR")};

    for (const Measure &measure : s.measures) {
        PdfBlock row;
        row.kind = PdfBlock::Kind::TableRow;
        row.tableId = table.id;
        if (measure.title.trimmed().isEmpty())
            row.cells.append(placeholder(m_labels.missing(m_labels.phrase(Phrase::MeasureColumn))));
        else
            row.cells.append({PdfSpan::plain(measure.title)});
        for (MeasureStatus status : columns)
            row.cells.append({PdfSpan::plain(measure.status == status ? u"X"_s : QString())});
        // Transferred and cancelled measures have no X: their comment says why, or at least
        // the status word does.
        QString comment = measure.comment.trimmed();
        if (comment.isEmpty() && (measure.status == MeasureStatus::Transferred || measure.status == MeasureStatus::Cancelled))
            comment = m_labels.measureStatusHeading(measure.status);
        if (!measure.caseReference.trimmed().isEmpty())
            comment += (comment.isEmpty() ? QString() : u"\n"_s) + m_labels.caseReference(measure.caseReference.trimmed());
        row.cells.append({PdfSpan::plain(comment)});
        PdfBlock &placed = append(row, 0);
        placed.containers += QList<PdfTag>{table, tag("TR")};
    }
}

void PdfBlockBuilder::itemSection(qsizetype index)
{
    const Statement &s = m_statement;
    const Item &item = s.items.at(index);
    const Response &r = item.response;
    m_itemIndex = static_cast<int>(index);

    heading(PdfBlock::Kind::Heading2, m_labels.itemHeading(s, index), true);

    beginFrame();
    markdown(item.text, m_labels.phrase(Phrase::AuditorsText));
    endFrame();

    if (!r.notOurs.trimmed().isEmpty()) {
        paragraph({PdfSpan::plain(r.notOurs.trimmed())});
        return;
    }

    if (s.kind == StatementKind::First) {
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::PlannedMeasures));
        markdown(r.measures, m_labels.phrase(Phrase::PlannedMeasures));
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::ExpectedEffect));
        markdown(r.expectedEffect, m_labels.phrase(Phrase::ExpectedEffect));
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::Deadline));
        if (r.deadline.isNone())
            paragraph(placeholder(m_labels.missing(m_labels.phrase(Phrase::Deadline))));
        else
            paragraph({PdfSpan::plain(r.deadline.displayText(s.language))});
    } else {
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::PreviousMeasure));
        markdown(r.measures, m_labels.phrase(Phrase::PreviousMeasure));
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::ExpectedEffect));
        markdown(r.expectedEffect, m_labels.phrase(Phrase::ExpectedEffect));
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::ActionsTaken));
        markdown(r.actionsTaken, m_labels.phrase(Phrase::ActionsTaken));
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::EffectAchieved));
        markdown(r.effectAchieved, m_labels.phrase(Phrase::EffectAchieved));
    }

    const QList<const Measure *> linked = s.measuresOfItem(item.id);
    if (!linked.isEmpty()) {
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::LinkedMeasures));
        const PdfTag list = tag("L");
        for (const Measure *measure : linked) {
            PdfBlock block;
            block.kind = PdfBlock::Kind::ListItem;
            block.level = 1;
            block.label = u"•"_s;
            block.spans = {PdfSpan::plain(m_labels.linkedMeasure(*measure))};
            PdfBlock &placed = append(block, m_style.listItemSpace);
            placed.containers += QList<PdfTag>{list, tag("LI")};
        }
    }
}

void PdfBlockBuilder::signatures()
{
    QList<Signature> all = m_statement.signatures;
    if (all.isEmpty())
        all.append(Signature{}); // a draft still shows where the chair signs
    bool first = true;
    for (const Signature &signature : all) {
        const QList<PdfTag> outer = m_base;
        m_base.append(tag("Div"));
        const double space = first ? 2 * m_style.heading2Space : m_style.heading2Space;
        first = false;
        bool opened = false;
        if (!signature.role.trimmed().isEmpty()) {
            paragraph({PdfSpan::plain(signature.role.trimmed())});
            m_blocks.last().spaceBefore = space;
            m_blocks.last().keepWithNext = true;
            opened = true;
        }
        PdfBlock line;
        line.kind = PdfBlock::Kind::SignatureLine;
        line.keepWithNext = true;
        append(line, opened ? 0 : space);
        paragraph(signature.name.trimmed().isEmpty() ? placeholder(m_labels.phrase(Phrase::NamePlaceholder)) : QList<PdfSpan>{PdfSpan::plain(signature.name.trimmed())});
        m_blocks.last().spaceBefore = 2;
        m_blocks.last().keepWithNext = true;
        paragraph(signature.title.trimmed().isEmpty() ? placeholder(m_labels.phrase(Phrase::TitlePlaceholder)) : QList<PdfSpan>{PdfSpan::plain(signature.title.trimmed())});
        m_blocks.last().spaceBefore = 0;
        m_base = outer;
    }
}

void PdfBlockBuilder::heading(PdfBlock::Kind kind, const QString &text, bool startsItem)
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

void PdfBlockBuilder::field(const QString &label, const QString &value)
{
    // The space before the tab is for text extraction and screen readers, which do not see
    // the tab: "Datum 2026-05-06", not "Datum2026-05-06".
    QList<PdfSpan> spans{PdfSpan::plain(label + u" \t"_s)};
    if (value.trimmed().isEmpty())
        spans += placeholder(m_labels.missing(label));
    else
        spans.append(PdfSpan::plain(value.trimmed()));
    paragraph(spans, PdfBlock::Look::Field);
    m_blocks.last().spaceBefore = m_blocks.size() == 1 ? 0 : 1;
}

void PdfBlockBuilder::paragraph(const QList<PdfSpan> &spans, PdfBlock::Look look)
{
    PdfBlock block;
    block.spans = spans;
    block.look = look;
    append(block, m_style.paragraphSpace);
}

void PdfBlockBuilder::markdown(const QString &text, const QString &what)
{
    const QList<MarkdownBlock> parsed = Markdown::blocks(text);
    if (parsed.isEmpty()) {
        paragraph(placeholder(m_labels.missing(what)));
        return;
    }

    // The lists open around the current block: their L, the current LI, and that item's
    // block, which learns when something nests inside it (its body then holds blocks).
    struct OpenList
    {
        PdfTag list;
        PdfTag item;
        qsizetype block = -1;
    };
    QList<OpenList> open;
    bool previousWasItem = false;

    for (const MarkdownBlock &mb : parsed) {
        const bool isItem = mb.kind == MarkdownBlock::Kind::BulletItem || mb.kind == MarkdownBlock::Kind::NumberedItem;
        const int depth = std::max(mb.level, 0);
        while (open.size() > depth)
            open.removeLast();

        PdfBlock block;
        block.spans = spansOf(mb.spans);
        if (mb.kind == MarkdownBlock::Kind::Heading) {
            for (PdfSpan &span : block.spans)
                span.bold = true; // a heading inside a member is emphasis, not an outline level
        }
        QList<PdfTag> path;
        auto containersUpTo = [&](qsizetype levels) {
            for (qsizetype k = 0; k < levels; ++k) {
                if (open.at(k).item.name.isEmpty())
                    continue; // md4c nests lists only inside items; be safe all the same
                path += open.at(k).list;
                path += open.at(k).item;
                path += PdfTag{"LBody", open.at(k).item.id};
                if (open.at(k).block >= 0)
                    m_blocks[open.at(k).block].hasNestedContent = true;
            }
        };

        if (isItem) {
            // A deeper item opens a list inside the body of the item above it.
            while (open.size() < depth)
                open.append({tag("L"), {}, -1});
            containersUpTo(depth - 1);
            OpenList &current = open.last();
            current.item = tag("LI");
            current.block = -1;
            path += current.list;
            path += current.item;
            block.kind = PdfBlock::Kind::ListItem;
            block.level = depth;
            block.label = mb.kind == MarkdownBlock::Kind::NumberedItem ? u"%1."_s.arg(mb.number) : (depth % 2 == 1 ? u"•"_s : u"–"_s);
        } else {
            containersUpTo(depth);
            block.level = depth;
        }

        const double space = isItem && previousWasItem ? m_style.listItemSpace : m_style.paragraphSpace;
        PdfBlock &placed = append(block, space);
        placed.containers += path;
        if (isItem)
            open.last().block = m_blocks.size() - 1;
        previousWasItem = isItem;
    }
}

void PdfBlockBuilder::beginFrame()
{
    const PdfTag div = tag("Div");
    m_frameId = div.id;
    m_base.append(div);
    m_frameStart = true;
}

void PdfBlockBuilder::endFrame()
{
    m_base.removeLast();
    m_frameId = -1;
    m_frameStart = false;
}

PdfBlock &PdfBlockBuilder::append(PdfBlock block, double space)
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

PdfTag PdfBlockBuilder::tag(const char *name)
{
    return {QByteArray(name), m_nextId++};
}

QList<PdfSpan> PdfBlockBuilder::spansOf(const QList<MarkdownSpan> &spans)
{
    QList<PdfSpan> out;
    for (const MarkdownSpan &span : spans)
        out.append({span.text, span.bold, span.italic, span.link, false});
    return out;
}

QList<PdfSpan> PdfBlockBuilder::placeholder(const QString &text) const
{
    return {PdfSpan::missing(text)};
}

} // namespace yttra
