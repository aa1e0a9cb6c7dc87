// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace yttra {

/// A run of text with one look: the inline part of a markdown block.
struct MarkdownSpan
{
    QString text;
    bool bold = false;
    bool italic = false;
    QString link; // target URL, empty when not a link

    bool operator==(const MarkdownSpan &) const = default;
};

/// One block of a markdown member: a paragraph or a list item, with its inline spans.
struct MarkdownBlock
{
    enum class Kind { Paragraph, Heading, BulletItem, NumberedItem };

    Kind kind = Kind::Paragraph;
    int level = 0;  // list nesting (1 = top-level list) or heading level
    int number = 0; // the item's number in a numbered list
    QList<MarkdownSpan> spans;

    QString plainText() const;
    bool operator==(const MarkdownBlock &) const = default;
};

/// The rich-text members of a statement hold CommonMark; the outputs (PDF, Excel, preview)
/// all see it through this one reader, built on md4c (the parser inside Qt's own markdown
/// support), so none of them re-implements Markdown and none needs a QGuiApplication.
class Markdown
{
public:
    /// Lists nested deeper than this are read as lists at this level: no statement needs more,
    /// and every output indents by the level, so a field of "- - - …" ten thousand deep would
    /// take the PDF and Word exports gigabytes (docs/reliability.md, "Limits").
    static constexpr int maxListLevel = 10;

    static QList<MarkdownBlock> blocks(const QString &markdown);

    /// Plain text for cells and one-line views: paragraphs separated by a blank line, list
    /// items on their own lines as "• text" (or "1. text"), indented two spaces per level.
    static QString plainText(const QString &markdown);
};

} // namespace yttra
