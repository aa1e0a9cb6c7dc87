// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdowntextdocument.h"

#include "markdown/markdown.h"
#include "markdown/markdownwriter.h"

#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace yttra {

namespace {

bool isItem(const MarkdownBlock &block)
{
    return block.kind == MarkdownBlock::Kind::BulletItem || block.kind == MarkdownBlock::Kind::NumberedItem;
}

QTextListFormat::Style listStyle(MarkdownBlock::Kind kind)
{
    return kind == MarkdownBlock::Kind::NumberedItem ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
}

bool isNumbered(const QTextList *list)
{
    switch (list->format().style()) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return true;
    default:
        return false;
    }
}

QList<MarkdownSpan> spansOf(const QTextBlock &block)
{
    QList<MarkdownSpan> spans;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        MarkdownSpan span;
        // An embedded object (an image pasted along) has no place in the format.
        span.text = fragment.text().remove(QChar::ObjectReplacementCharacter);
        span.bold = format.fontWeight() >= QFont::DemiBold;
        span.italic = format.fontItalic();
        if (format.isAnchor())
            span.link = format.anchorHref();
        if (span.text.isEmpty())
            continue;
        if (!spans.isEmpty() && spans.last().bold == span.bold && spans.last().italic == span.italic
            && spans.last().link == span.link) {
            spans.last().text += span.text;
        } else {
            spans.append(span);
        }
    }
    return spans;
}

} // namespace

void MarkdownTextDocument::read(QTextDocument &document, const QString &markdown, const QBrush &linkBrush)
{
    document.clear();
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    // The list open at each nesting level (index 0 is level 1): items of one kind at one
    // level, with only deeper items between them, are one list and so numbered on.
    QList<QTextList *> lists;
    // Paragraphs are set apart by a gap, as in the outputs; list items are not. Enter in a
    // paragraph makes another with the same gap.
    QTextBlockFormat paragraph;
    const qreal gap = std::max<qreal>(document.defaultFont().pointSizeF(), 9) * 2 / 3; // a font in pixels has no points
    paragraph.setTopMargin(gap);
    paragraph.setBottomMargin(gap);
    bool first = true;
    for (const MarkdownBlock &block : Markdown::blocks(markdown)) {
        const QTextBlockFormat format = isItem(block) ? QTextBlockFormat() : paragraph;
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format, QTextCharFormat());
        first = false;
        if (isItem(block)) {
            const int level = std::max(1, block.level);
            lists.resize(level);
            QTextList *&list = lists[level - 1];
            if (list && list->format().style() == listStyle(block.kind)) {
                list->add(cursor.block());
            } else {
                QTextListFormat format;
                format.setStyle(listStyle(block.kind));
                format.setIndent(level);
                list = cursor.createList(format);
            }
        } else {
            // A paragraph ends the lists around it (the editor has no paragraphs inside items).
            lists.clear();
        }
        for (const MarkdownSpan &span : block.spans) {
            QTextCharFormat format;
            format.setFontWeight(span.bold ? QFont::Bold : QFont::Normal);
            format.setFontItalic(span.italic);
            if (!span.link.isEmpty()) {
                format.setAnchor(true);
                format.setAnchorHref(span.link);
                format.setFontUnderline(true);
                format.setForeground(linkBrush);
            }
            // A hard line break is a line separator inside the block, as Shift+Enter makes.
            cursor.insertText(QString(span.text).replace(u'\n', QChar::LineSeparator), format);
        }
    }
    cursor.endEditBlock();
}

QString MarkdownTextDocument::write(const QTextDocument &document)
{
    QList<MarkdownBlock> blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        MarkdownBlock converted;
        converted.spans = spansOf(block);
        if (const QTextList *list = block.textList()) {
            converted.kind = isNumbered(list) ? MarkdownBlock::Kind::NumberedItem : MarkdownBlock::Kind::BulletItem;
            converted.level = std::max(1, list->format().indent());
            converted.number = list->itemNumber(block) + 1;
        }
        blocks.append(converted);
    }
    return MarkdownWriter::write(blocks);
}

} // namespace yttra
