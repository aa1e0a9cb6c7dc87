// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfreviewnotes_p.h"

#include "document/statementfields.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

/// A span in the blocks: in a block's text, or in a cell of a table row.
struct Place
{
    qsizetype block = -1;
    qsizetype cell = -1; // -1: the block's own spans
    qsizetype span = -1;

    auto operator<=>(const Place &) const = default;
};

QList<PdfSpan> &spansAt(QList<PdfBlock> &blocks, const Place &place)
{
    PdfBlock &block = blocks[place.block];
    return place.cell < 0 ? block.spans : block.cells[place.cell];
}

/// Every field a span shows, with the span, in reading order.
QList<std::pair<Place, QString>> sources(const QList<PdfBlock> &blocks)
{
    QList<std::pair<Place, QString>> found;
    auto add = [&found](const QList<PdfSpan> &spans, qsizetype block, qsizetype cell) {
        for (qsizetype s = 0; s < spans.size(); ++s) {
            for (const QString &pointer : spans.at(s).sources)
                found.append({{block, cell, s}, pointer});
        }
    };
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        add(blocks.at(b).spans, b, -1);
        for (qsizetype c = 0; c < blocks.at(b).cells.size(); ++c)
            add(blocks.at(b).cells.at(c), b, c);
    }
    return found;
}

/// Whether the pointer still names something in the statement: a field, or a whole item,
/// measure or signature, or the items a measure answers.
bool exists(const Statement &statement, const QString &pointer)
{
    if (StatementFields::value(statement, pointer))
        return true;
    const QStringList tokens = pointer.mid(1).split(u'/');
    if (tokens.size() < 2 || tokens.size() > 3)
        return false;
    bool ok = false;
    const qsizetype index = tokens.at(1).toLongLong(&ok);
    if (!ok || index < 0 || tokens.at(1) != QString::number(index))
        return false;
    const QString &list = tokens.first();
    if (tokens.size() == 3)
        return list == u"measures" && tokens.at(2) == u"items" && index < statement.measures.size();
    return (list == u"items" && index < statement.items.size()) || (list == u"measures" && index < statement.measures.size())
        || (list == u"signatures" && index < statement.signatures.size());
}

/// Where the marker of a comment on `target` goes: after the last span of where the field
/// is first printed (a measure may be listed under several items), or else after the
/// spans in one block of the nearest printed part that contains it ("/items/2" for "/items/2/addressedTo";
/// "/audit" for "/audit/conclusion"). A bare list ("/items") is no part: a comment on a
/// vanished item is marked nowhere.
std::optional<Place> anchorOf(const QList<std::pair<Place, QString>> &printed, const QString &target, bool *exact)
{
    *exact = false;
    for (qsizetype i = 0; i < printed.size(); ++i) {
        if (printed.at(i).second != target)
            continue;
        // The field runs on through the spans that show it, up to the first span that
        // shows only other fields.
        Place end = printed.at(i).first;
        for (qsizetype j = i + 1; j < printed.size();) {
            const Place next = printed.at(j).first;
            bool shows = false;
            for (; j < printed.size() && printed.at(j).first == next; ++j)
                shows = shows || printed.at(j).second == target;
            if (next == end)
                continue;
            if (!shows)
                break;
            end = next;
        }
        *exact = true;
        return end;
    }
    QString part = target;
    while (part.size() > 1) {
        if (part == u"/items" || part == u"/measures" || part == u"/signatures")
            break;
        const QString prefix = part + u'/';
        for (qsizetype i = 0; i < printed.size(); ++i) {
            if (!printed.at(i).second.startsWith(prefix))
                continue;
            // After the part's words in that block (a measure's line: title, status, deadline).
            Place end = printed.at(i).first;
            for (qsizetype j = i + 1; j < printed.size(); ++j) {
                const Place &next = printed.at(j).first;
                if (next.block != end.block || next.cell != end.cell)
                    break;
                if (printed.at(j).second.startsWith(prefix))
                    end = next;
            }
            return end;
        }
        part = part.left(part.lastIndexOf(u'/'));
    }
    return std::nullopt;
}

} // namespace

QList<PdfReviewNotes::Note> PdfReviewNotes::place(const Statement &statement, QList<PdfBlock> &blocks, const QStringList &elsewhere)
{
    if (!statement.review)
        return {};
    const QList<std::pair<Place, QString>> printed = sources(blocks);

    struct Placed
    {
        Note note;
        std::optional<Place> anchor;
        qsizetype order = 0; // in the file, for comments on the same place
    };
    QList<Placed> open;
    for (const Comment &comment : statement.review->comments) {
        if (comment.resolved)
            continue;
        Placed placed;
        placed.note.comment = comment;
        placed.note.exists = exists(statement, comment.target);
        placed.anchor = anchorOf(printed, comment.target, &placed.note.printed);
        placed.note.printed = placed.note.printed || elsewhere.contains(comment.target);
        placed.order = open.size();
        open.append(placed);
    }
    // Reading order of the markers; the comments marked nowhere last, as the file has them.
    std::stable_sort(open.begin(), open.end(), [](const Placed &a, const Placed &b) {
        if (a.anchor.has_value() != b.anchor.has_value())
            return a.anchor.has_value();
        if (a.anchor && *a.anchor != *b.anchor)
            return *a.anchor < *b.anchor;
        return a.order < b.order;
    });

    QList<Note> notes;
    for (qsizetype i = 0; i < open.size(); ++i) {
        Note &note = open[i].note;
        note.number = static_cast<int>(i + 1);
        note.destination = u"note-%1"_s.arg(note.number);
        notes.append(note);
    }
    // Markers go in from the last place back, so the places before stay where they are;
    // several comments on one place read "[2][3]" after a no-break space.
    for (qsizetype i = open.size() - 1; i >= 0; --i) {
        if (!open.at(i).anchor)
            continue;
        const Place &at = *open.at(i).anchor;
        const bool followsAnother = i > 0 && open.at(i - 1).anchor == open.at(i).anchor;
        const QString text = (followsAnother ? QString() : u"\u00a0"_s) + u"[%1]"_s.arg(open.at(i).note.number);
        QList<PdfSpan> &spans = spansAt(blocks, at);
        PdfSpan marker = PdfSpan::noteMarker(text, open.at(i).note.destination);
        marker.bold = spans.at(at.span).bold; // in a heading or the subject line, as the words before it
        spans.insert(at.span + 1, marker);
    }
    return notes;
}

} // namespace yttra
