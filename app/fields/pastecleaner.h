// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMimeData;

namespace yttra {

/// Turns what is pasted into a rich text field into the field's own Markdown: paragraphs,
/// bullets and numbered lists, bold, italic and links survive; fonts, colours, sizes,
/// tables and images from Word or a web page do not. Text copied from a PDF comes as lines
/// broken at the page's width: they are joined back into paragraphs, and lines starting
/// with a bullet glyph or a number become list items.
class PasteCleaner
{
public:
    static QString toMarkdown(const QMimeData &data);
    static QString fromHtml(const QString &html);
    static QString fromPlainText(const QString &text);
};

} // namespace yttra
