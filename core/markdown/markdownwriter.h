// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/markdown.h"

#include <QList>
#include <QString>

namespace yttra {

/// Writes text as the Markdown subset of the file format (paragraphs, "-" bullets, numbered
/// lists, **bold**, *italic*, links), one paragraph a line and nothing else, so a saved file
/// stays readable and diffs stay small. Qt's own writer wraps lines at 80 columns and writes
/// formats the file does not use. The editor's rich text is written through
/// MarkdownTextDocument, the paste cleaner's through write().
class MarkdownWriter
{
public:
    /// The blocks as Markdown: the inverse of Markdown::blocks(), so that reading back what
    /// was written gives the same blocks. A block's number is used for numbered items.
    static QString write(const QList<MarkdownBlock> &blocks);

    /// Text with the characters that Markdown would read as markup escaped; `lineStart` also
    /// escapes what only means something at the start of a line ("- ", "1. ", "#").
    static QString escape(const QString &text, bool lineStart);
};

} // namespace yttra
