// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfblockbuilder.h"

#include "pdf/pdfreviewnotes_p.h"

using namespace Qt::StringLiterals;

namespace yttra {

using Phrase = DocumentLabels::Phrase;

PdfBlockBuilder::PdfBlockBuilder(const Statement &statement, const PdfStyle &style, PdfCopy copy)
    : PdfBlockWriter(style), m_statement(statement), m_copy(copy), m_labels(statement.language)
{
}

QList<PdfBlock> PdfBlockBuilder::build()
{
    begin();
    const Statement &s = m_statement;

    headerBlock();

    heading(PdfBlock::Kind::Heading2, m_labels.phrase(Phrase::Summary));
    markdown(s.summary, m_labels.phrase(Phrase::Summary), u"/summary"_s);

    if (s.kind == StatementKind::FollowUp) {
        heading(PdfBlock::Kind::Heading2, m_labels.phrase(Phrase::MeasureTable));
        measureTable();
    }

    heading(PdfBlock::Kind::Heading2, m_labels.phrase(Phrase::StatementSection));
    if (!s.readingGuide.trimmed().isEmpty()) {
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::ReadingGuide));
        markdown(s.readingGuide, m_labels.phrase(Phrase::ReadingGuide), u"/readingGuide"_s);
    }

    for (qsizetype i = 0; i < s.items.size(); ++i)
        itemSection(i);
    m_itemIndex = -1;

    signatures();

    if (!s.reservations.trimmed().isEmpty()) {
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::Reservations));
        markdown(s.reservations, m_labels.phrase(Phrase::Reservations), u"/reservations"_s);
    }

    if (m_copy == PdfCopy::ReviewCopy)
        reviewNotes();
    return m_blocks;
}

void PdfBlockBuilder::reviewNotes()
{
    // The board and office are printed in every page's header (PdfDocument::layout).
    const QList<PdfReviewNotes::Note> notes = PdfReviewNotes::place(m_statement, m_blocks, {u"/board"_s, u"/office"_s});
    m_itemIndex = -1;
    heading(PdfBlock::Kind::Heading2, m_labels.phrase(Phrase::ReviewComments));
    if (notes.isEmpty()) {
        paragraph({PdfSpan::plain(m_labels.phrase(Phrase::NoOpenComments))});
        return;
    }
    // Each note a Div of paragraphs hanging after its number: the number, where, what was
    // quoted, who wrote what and when, and the replies below.
    for (const PdfReviewNotes::Note &note : notes) {
        const Comment &c = note.comment;
        const QList<PdfTag> outer = m_base;
        m_base.append(tag("Div"));

        QList<PdfSpan> where{PdfSpan::strong(u"[%1] \t"_s.arg(note.number)), PdfSpan::strong(m_labels.fieldName(m_statement, c.target))};
        if (!note.printed)
            where.append(PdfSpan::plain(u" "_s + m_labels.phrase(note.exists ? Phrase::NotPrinted : Phrase::NotInStatement)));
        paragraph(where, PdfBlock::Look::Note);
        m_blocks.last().destination = note.destination;
        m_blocks.last().keepWithNext = true;

        // A new line in a text starts again under the text, not under the number.
        auto hanging = [](const QString &text) { return QString(text.trimmed()).replace(u'\n', u"\n\t"_s); };
        auto said = [&](const QString &by, const QString &text) {
            QList<PdfSpan> spans{PdfSpan::plain(u"\t"_s), PdfSpan::emphasis(by + (text.trimmed().isEmpty() ? QString() : u":"_s))};
            if (!text.trimmed().isEmpty())
                spans.append(PdfSpan::plain(u" "_s + hanging(text)));
            paragraph(spans, PdfBlock::Look::Note);
            m_blocks.last().spaceBefore = m_style.listItemSpace;
        };
        if (!c.quote.trimmed().isEmpty()) {
            paragraph({PdfSpan::plain(u"\t"_s), PdfSpan::emphasis(m_labels.quoted(hanging(c.quote)))}, PdfBlock::Look::Note);
            m_blocks.last().spaceBefore = m_style.listItemSpace;
        }
        said(m_labels.commentBy(c.author, c.created), c.text);
        for (const Reply &reply : c.replies)
            said(m_labels.replyBy(reply.author, reply.created), reply.text);
        m_base = outer;
    }
}

void PdfBlockBuilder::headerBlock()
{
    const Statement &s = m_statement;
    field(m_labels.phrase(Phrase::Date), s.date, u"/date"_s);
    if (!s.address.trimmed().isEmpty()) // the address is optional in the format
        field(m_labels.phrase(Phrase::Address), s.address, u"/address"_s);
    field(m_labels.phrase(Phrase::CaseNumber), s.caseNumber, u"/caseNumber"_s);

    PdfBlock &type = append({}, m_style.heading2Space);
    type.kind = PdfBlock::Kind::Heading1;
    type.spans = {PdfSpan::plain(m_labels.phrase(Phrase::DocumentType))};
    type.keepWithNext = true;
    m_afterHeading = true;

    const bool auditorIsRecipient = s.recipient.trimmed().isEmpty() && !s.audit.auditor.trimmed().isEmpty();
    field(m_labels.phrase(Phrase::To), auditorIsRecipient ? s.audit.auditor : s.recipient,
          auditorIsRecipient ? u"/audit/auditor"_s : u"/recipient"_s);
    if (s.recipient.trimmed().isEmpty() && s.audit.auditor.trimmed().isEmpty())
        m_blocks.last().spans.last() = PdfSpan::missing(m_labels.missing(m_labels.phrase(Phrase::Recipient))).valueOf(u"/recipient"_s);

    // The subject line names the audit: a comment on its title or reference is marked here.
    const QString line = u"/audit/title"_s;
    QList<PdfSpan> subject{PdfSpan::strong(m_labels.subjectPrefix(s)).from(line)};
    const QString title = s.audit.title.trimmed();
    const QString reference = s.audit.reference.trimmed();
    if (!title.isEmpty())
        subject.append(PdfSpan::strong(title).from(line).valueOf(u"/audit/title"_s));
    if (!title.isEmpty() && !reference.isEmpty())
        subject.append(PdfSpan::strong(u" "_s).from(line));
    if (!reference.isEmpty())
        subject.append(PdfSpan::strong(reference).from(line).valueOf(u"/audit/reference"_s));
    paragraph(subject, PdfBlock::Look::Subject);
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

    for (qsizetype m = 0; m < s.measures.size(); ++m) {
        const Measure &measure = s.measures.at(m);
        const QString pointer = u"/measures/%1/"_s.arg(m);
        PdfBlock row;
        row.kind = PdfBlock::Kind::TableRow;
        row.tableId = table.id;
        if (measure.title.trimmed().isEmpty())
            row.cells.append({PdfSpan::missing(m_labels.missing(m_labels.phrase(Phrase::MeasureColumn))).valueOf(pointer + u"title"_s)});
        else
            row.cells.append({PdfSpan::plain(measure.title).valueOf(pointer + u"title"_s)});
        for (MeasureStatus status : columns) {
            const bool marked = measure.status == status;
            row.cells.append({PdfSpan::plain(marked ? u"X"_s : QString()).from(marked ? pointer + u"status"_s : QString())});
        }
        // Transferred and cancelled measures have no X: their comment says why, or at least
        // the status word does.
        QList<PdfSpan> comment;
        if (!measure.comment.trimmed().isEmpty())
            comment.append(PdfSpan::plain(measure.comment.trimmed()).valueOf(pointer + u"comment"_s));
        else if (measure.status == MeasureStatus::Transferred || measure.status == MeasureStatus::Cancelled)
            comment.append(PdfSpan::plain(m_labels.measureStatusHeading(measure.status)).from(pointer + u"status"_s));
        if (!measure.caseReference.trimmed().isEmpty()) {
            const QString reference = measure.caseReference.trimmed();
            comment.append(PdfSpan::plain((comment.isEmpty() ? QString() : u"\n"_s) + m_labels.phrase(DocumentLabels::Phrase::CaseColumn) + u' ').from(pointer + u"caseReference"_s));
            comment.append(PdfSpan::plain(reference).valueOf(pointer + u"caseReference"_s));
        }
        if (comment.isEmpty())
            comment.append(PdfSpan::plain(QString()));
        row.cells.append(comment);
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
    const QString pointer = u"/items/%1/"_s.arg(index);

    heading(PdfBlock::Kind::Heading2, m_labels.itemHeading(s, index), true);
    m_blocks.last().spans.first() = m_blocks.last().spans.first().valueOf(pointer + u"label"_s);

    beginFrame();
    markdown(item.text, m_labels.phrase(Phrase::AuditorsText), pointer + u"text"_s);
    endFrame();

    if (!r.notOurs.trimmed().isEmpty()) {
        paragraph({PdfSpan::plain(r.notOurs.trimmed()).valueOf(pointer + u"response/notOurs"_s)});
        return;
    }

    auto answer = [&](Phrase phrase, const QString &text, const QString &member) {
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(phrase));
        markdown(text, m_labels.phrase(phrase), pointer + u"response/"_s + member);
    };
    if (s.kind == StatementKind::First) {
        answer(Phrase::PlannedMeasures, r.measures, u"measures"_s);
        answer(Phrase::ExpectedEffect, r.expectedEffect, u"expectedEffect"_s);
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::Deadline));
        const QString deadline = pointer + u"response/deadline"_s;
        if (r.deadline.isNone())
            paragraph({PdfSpan::missing(m_labels.missing(m_labels.phrase(Phrase::Deadline))).valueOf(deadline)});
        else
            paragraph({PdfSpan::plain(r.deadline.displayText(s.language)).valueOf(deadline)});
    } else {
        answer(Phrase::PreviousMeasure, r.measures, u"measures"_s);
        answer(Phrase::ExpectedEffect, r.expectedEffect, u"expectedEffect"_s);
        answer(Phrase::ActionsTaken, r.actionsTaken, u"actionsTaken"_s);
        answer(Phrase::EffectAchieved, r.effectAchieved, u"effectAchieved"_s);
    }

    const QList<const Measure *> linked = s.measuresOfItem(item.id);
    if (!linked.isEmpty()) {
        heading(PdfBlock::Kind::Heading3, m_labels.phrase(Phrase::LinkedMeasures));
        const PdfTag list = tag("L");
        for (const Measure *measure : linked) {
            // One line says title, status and deadline.
            const QString pointer = u"/measures/%1/"_s.arg(s.indexOfMeasure(measure->id));
            const QStringList shown{pointer + u"title"_s, pointer + u"status"_s, pointer + u"deadline"_s};
            // The title, when the line starts with it as it is, can be edited where it stands.
            const QString line = m_labels.linkedMeasure(*measure);
            const QString title = measure->title.trimmed();
            QList<PdfSpan> spans{PdfSpan::plain(line).from(shown)};
            if (!title.isEmpty() && line.startsWith(title))
                spans = {PdfSpan::plain(title).from(shown).valueOf(shown.first()), PdfSpan::plain(line.mid(title.size())).from(shown)};
            listItem(list, u"•"_s, spans);
        }
    }
}

void PdfBlockBuilder::signatures()
{
    QList<Signature> all = m_statement.signatures;
    if (all.isEmpty())
        all.append(Signature{}); // a draft still shows where the chair signs
    bool first = true;
    for (qsizetype k = 0; k < all.size(); ++k) {
        const Signature &signature = all.at(k);
        // The stand-in of a statement without signatures shows no field of the file.
        const QString pointer = m_statement.signatures.isEmpty() ? QString() : u"/signatures/%1/"_s.arg(k);
        auto from = [&pointer](QList<PdfSpan> spans, const QString &member) {
            for (PdfSpan &span : spans) {
                if (!pointer.isEmpty())
                    span = span.valueOf(pointer + member);
            }
            return spans;
        };
        const QList<PdfTag> outer = m_base;
        m_base.append(tag("Div"));
        const double space = first ? 2 * m_style.heading2Space : m_style.heading2Space;
        first = false;
        bool opened = false;
        if (!signature.role.trimmed().isEmpty()) {
            paragraph(from({PdfSpan::plain(signature.role.trimmed())}, u"role"_s), PdfBlock::Look::Signature);
            m_blocks.last().spaceBefore = space;
            m_blocks.last().keepWithNext = true;
            opened = true;
        }
        PdfBlock line;
        line.kind = PdfBlock::Kind::SignatureLine;
        line.keepWithNext = true;
        append(line, opened ? 0 : space);
        paragraph(from(signature.name.trimmed().isEmpty() ? placeholder(m_labels.phrase(Phrase::NamePlaceholder))
                                                         : QList<PdfSpan>{PdfSpan::plain(signature.name.trimmed())},
                       u"name"_s),
                  PdfBlock::Look::Signature);
        m_blocks.last().spaceBefore = 2;
        m_blocks.last().keepWithNext = true;
        paragraph(from(signature.title.trimmed().isEmpty() ? placeholder(m_labels.phrase(Phrase::TitlePlaceholder))
                                                          : QList<PdfSpan>{PdfSpan::plain(signature.title.trimmed())},
                       u"title"_s),
                  PdfBlock::Look::Signature);
        m_blocks.last().spaceBefore = 0;
        m_base = outer;
    }
}

void PdfBlockBuilder::field(const QString &label, const QString &value, const QString &pointer)
{
    labelled(label, {(value.trimmed().isEmpty() ? PdfSpan::missing(m_labels.missing(label)) : PdfSpan::plain(value.trimmed())).valueOf(pointer)});
    m_blocks.last().spaceBefore = m_blocks.size() == 1 ? 0 : 1;
}

void PdfBlockBuilder::markdown(const QString &text, const QString &what, const QString &pointer)
{
    const QList<MarkdownBlock> parsed = Markdown::blocks(text);
    if (parsed.isEmpty()) {
        paragraph({PdfSpan::missing(m_labels.missing(what)).valueOf(pointer, PdfSpan::Value::Markdown)});
        return;
    }
    const qsizetype firstBlock = m_blocks.size();

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
    for (qsizetype b = firstBlock; b < m_blocks.size(); ++b) {
        for (PdfSpan &span : m_blocks[b].spans)
            span = span.valueOf(pointer, PdfSpan::Value::Markdown);
    }
}

QList<PdfSpan> PdfBlockBuilder::spansOf(const QList<MarkdownSpan> &spans)
{
    QList<PdfSpan> out;
    for (const MarkdownSpan &span : spans) {
        PdfSpan converted = PdfSpan::plain(span.text);
        converted.bold = span.bold;
        converted.italic = span.italic;
        converted.link = span.link;
        out.append(converted);
    }
    return out;
}

QList<PdfSpan> PdfBlockBuilder::placeholder(const QString &text) const
{
    return {PdfSpan::missing(text)};
}

} // namespace yttra
