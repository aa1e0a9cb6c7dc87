// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QString>

class QTextDocument;

namespace yttra {

/// The rich text a field is edited as, and the Markdown it is kept as. The editor shows a
/// field by reading its Markdown with the one reader (Markdown::blocks, md4c) into the text
/// document, and commits it by writing the document's blocks with the one writer
/// (MarkdownWriter::write); paste goes the same way. Qt's own Markdown support is not used:
/// it reads more than the file format holds (headings, tables, code) and would show what
/// saving then drops.
class MarkdownTextDocument
{
public:
    /// Replaces the document's text with the Markdown's: paragraphs, bullet and numbered
    /// lists (nested by indent), bold, italic, links (underlined, in `linkBrush`) and line
    /// breaks. A heading is read as a paragraph of its text, as it will be saved.
    static void read(QTextDocument &document, const QString &markdown, const QBrush &linkBrush = QBrush(Qt::blue));
    /// The document as the file format's Markdown.
    static QString write(const QTextDocument &document);
};

} // namespace yttra
