// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringList>

namespace yttra {

/// A run of text with one look. A placeholder marks a gap in a draft ("[... saknas]"),
/// printed grey so a reviewer sees it. A comparison strikes removed words through and
/// underlines added ones. A note marker ("[1]" after a commented field in a review copy)
/// is set small and links to its note, the named destination `note`.
struct PdfSpan
{
    QString text;
    bool bold = false;
    bool italic = false;
    QString link;
    bool placeholder = false;
    bool struck = false;
    bool underlined = false;
    bool marker = false;
    QString note;
    /// The JSON pointers of the fields this text shows ("/items/0/response/expectedEffect"),
    /// so a review copy knows where a comment's marker goes; none for the template's words.
    QStringList sources;
    /// Whether the text is the value of the field at `field` as a reader edits it (a
    /// plain-text field, a deadline or heading as shown, or a block of a markdown field), not
    /// words about it: an editable copy (the Word document) wraps it so that a change to it
    /// can be read back into that field. A placeholder of an empty field is its value too.
    enum class Value { None, Text, Markdown };
    Value value = Value::None;
    QString field;

    static PdfSpan plain(const QString &text)
    {
        PdfSpan span;
        span.text = text;
        return span;
    }
    static PdfSpan strong(const QString &text) { return plain(text).with(&PdfSpan::bold); }
    static PdfSpan emphasis(const QString &text) { return plain(text).with(&PdfSpan::italic); }
    static PdfSpan missing(const QString &text) { return emphasis(text).with(&PdfSpan::placeholder); }
    /// A word a comparison found removed.
    static PdfSpan removed(const QString &text) { return plain(text).with(&PdfSpan::struck); }
    /// A word a comparison found added.
    static PdfSpan added(const QString &text) { return strong(text).with(&PdfSpan::underlined); }
    /// A note's marker, linking to the note's destination.
    static PdfSpan noteMarker(const QString &text, const QString &note)
    {
        PdfSpan span = plain(text).with(&PdfSpan::marker);
        span.note = note;
        return span;
    }

    /// The same text with one more look.
    PdfSpan with(bool PdfSpan::*look) const
    {
        PdfSpan span = *this;
        span.*look = true;
        return span;
    }
    /// The same text, known to show the fields at `pointers`.
    PdfSpan from(const QStringList &pointers) const
    {
        PdfSpan span = *this;
        span.sources = pointers;
        return span;
    }
    PdfSpan from(const QString &pointer) const { return from(QStringList{pointer}); }
    /// The same text, known to be the value of the field at `pointer` (see `value`); it
    /// shows that field unless it was said to show others.
    PdfSpan valueOf(const QString &pointer, Value kind = Value::Text) const
    {
        PdfSpan span = sources.isEmpty() ? from(pointer) : *this;
        span.value = kind;
        span.field = pointer;
        return span;
    }

    bool operator==(const PdfSpan &) const = default;
};

/// One element of the PDF structure tree that encloses blocks (Document, Div, L, LI, LBody,
/// Table, TR). The id tells two lists apart that follow each other.
struct PdfTag
{
    QByteArray name;
    int id = 0;

    bool operator==(const PdfTag &) const = default;
};

/// One unit of the statement's layout, in reading order: a heading, a paragraph, a list
/// item, a table row or the line to sign on. Blocks know their place in the structure tree
/// (containers), how they keep with their neighbours, and nothing of pages.
struct PdfBlock
{
    enum class Kind { Heading1, Heading2, Heading3, Paragraph, ListItem, TableHeaderRow, TableRow, SignatureLine };
    /// Paragraph looks: body text, a label/value row of the header block (a tab between), or
    /// a paragraph of a review note (the number, a tab, the text hanging after the number).
    /// The subject line and the lines of a signature print as body text; an editable copy
    /// (Word) gives them styles of their own.
    enum class Look { Body, Field, Note, Subject, Signature };

    Kind kind = Kind::Paragraph;
    Look look = Look::Body;
    QList<PdfSpan> spans;             // the text of headings, paragraphs and list items
    QString label;                    // a list item's bullet or number
    int level = 0;                    // list nesting, 1 = top level; 0 outside lists
    QList<QList<PdfSpan>> cells;      // a table row
    /// A table's header row: each column's share of the width (any unit); empty for equal
    /// columns (or the measure table's, with five).
    QList<double> columnWeights;
    QList<PdfTag> containers;         // from Document down to the block's parent
    int frameId = -1;                 // the framed box it is in, or -1
    int tableId = -1;
    bool hasNestedContent = false;    // a list item whose body holds further blocks
    bool keepWithNext = false;        // stays on the page of what follows (headings)
    bool startsItem = false;          // the heading of an item's section
    int itemIndex = -1;               // the item whose section this block belongs to
    double spaceBefore = 0;
    QString destination;              // a named destination at the block's start ("note-1"), or empty

    bool operator==(const PdfBlock &) const = default;

    bool isHeading() const { return kind == Kind::Heading1 || kind == Kind::Heading2 || kind == Kind::Heading3; }
    bool isTableRow() const { return kind == Kind::TableHeaderRow || kind == Kind::TableRow; }

    /// The block's text without looks (cells joined by tabs), for tests and the ODT twin.
    QString plainText() const
    {
        QString text;
        if (isTableRow()) {
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (c > 0)
                    text += u'\t';
                for (const PdfSpan &span : cells.at(c))
                    text += span.text;
            }
            return text;
        }
        for (const PdfSpan &span : spans)
            text += span.text;
        return text;
    }
};

/// What of a block its shaping into lines (PdfBlockLayout) reads, and nothing else: the
/// layout sees only this, so two blocks with equal inputs are shaped alike (in the same
/// Pango context, style and table columns), and a relayout may keep one's lines for the other
/// although their places in the document (containers, item, destination) differ.
struct PdfBlockShaping
{
    PdfBlock::Kind kind = PdfBlock::Kind::Paragraph;
    PdfBlock::Look look = PdfBlock::Look::Body;
    QList<PdfSpan> spans;
    QString label;
    int level = 0;
    QList<QList<PdfSpan>> cells;
    bool framed = false;

    static PdfBlockShaping of(const PdfBlock &block)
    {
        QList<QList<PdfSpan>> cells = block.cells;
        for (QList<PdfSpan> &cell : cells)
            cell = looks(cell);
        return {block.kind, block.look, looks(block.spans), block.label, block.level, cells, block.frameId >= 0};
    }
    /// Cheap, and equal for equal inputs: finds the candidates before they are compared.
    std::size_t hash() const
    {
        std::size_t seed = qHashMulti(0, int(kind), int(look), label, level, framed);
        for (const PdfSpan &span : spans)
            seed = qHashMulti(seed, span.text);
        for (const QList<PdfSpan> &cell : cells) {
            for (const PdfSpan &span : cell)
                seed = qHashMulti(seed, span.text);
        }
        return seed;
    }
    bool operator==(const PdfBlockShaping &) const = default;

private:
    /// The spans without the fields they show: an item inserted before them renumbers those,
    /// and moves no line.
    static QList<PdfSpan> looks(QList<PdfSpan> spans)
    {
        for (PdfSpan &span : spans) {
            span.sources.clear();
            span.value = PdfSpan::Value::None;
            span.field.clear();
        }
        return spans;
    }
};

} // namespace yttra
