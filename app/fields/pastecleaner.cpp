// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields/pastecleaner.h"

#include "markdown/markdowntextdocument.h"
#include "markdown/markdownwriter.h"

#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// A bullet drawn as a character: Word writes its list bullets as a Symbol-font "·" or an
// "o" followed by non-breaking spaces; PDFs carry "•", "–" or a private-use glyph.
const QRegularExpression &bulletGlyph()
{
    static const QRegularExpression re(
        u"^[ \\t\\x{00A0}]*(?:[\\x{00B7}\\x{2022}\\x{25AA}\\x{25CF}\\x{25E6}\\x{2023}\\x{2043}\\x{F0B7}\\x{F0A7}\\x{00A7}\\x{2013}\\-*]"
        u"[ \\t\\x{00A0}]+|o[\\t\\x{00A0}][ \\t\\x{00A0}]*)"_s);
    return re;
}

const QRegularExpression &numberMark()
{
    static const QRegularExpression re(u"^[ \\t\\x{00A0}]*(\\d{1,2})[.)][ \\t\\x{00A0}]+"_s);
    return re;
}

// One line of the pasted text as a block of its own: a list item when it starts with a
// bullet glyph or a number, else a paragraph (which the next lines may continue).
MarkdownBlock classify(const QString &raw)
{
    MarkdownBlock block;
    QString text = raw;
    if (const auto m = bulletGlyph().match(raw); m.hasMatch()) {
        block.kind = MarkdownBlock::Kind::BulletItem;
        text = raw.mid(m.capturedEnd());
    } else if (const auto n = numberMark().match(raw); n.hasMatch()) {
        block.kind = MarkdownBlock::Kind::NumberedItem;
        block.number = n.captured(1).toInt();
        text = raw.mid(n.capturedEnd());
    }
    block.level = block.kind == MarkdownBlock::Kind::Paragraph ? 0 : 1;
    block.spans.append({text.simplified(), false, false, QString()});
    return block;
}

bool endsSentence(const QString &text)
{
    return !text.isEmpty() && QStringView(u".!?:;").contains(text.back());
}

QString join(const QString &before, const QString &after)
{
    // "verk-" + "samheten": a word the PDF split at the margin. "IT-" + "säkerhet" keeps its
    // hyphen: only a hyphen between two lower-case letters was put there by the layout.
    if (before.size() >= 2 && before.back() == u'-' && before.at(before.size() - 2).isLower() && !after.isEmpty()
        && after.front().isLower())
        return before.chopped(1) + after;
    return before + u' ' + after;
}

} // namespace

QString PasteCleaner::toMarkdown(const QMimeData &data)
{
    if (data.hasHtml()) {
        const QString md = fromHtml(data.html());
        if (!md.trimmed().isEmpty() || !data.hasText())
            return md;
    }
    return fromPlainText(data.text());
}

QString PasteCleaner::fromHtml(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    // Word's list paragraphs are ordinary paragraphs that start with a bullet character:
    // make them list items of the document's own, so they are written as "- ".
    QTextCursor cursor(&document);
    QTextList *bullets = nullptr;
    QTextList *numbers = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.textList()) {
            bullets = numbers = nullptr;
            continue;
        }
        const QString text = block.text();
        const auto bullet = bulletGlyph().match(text);
        const auto number = bullet.hasMatch() ? QRegularExpressionMatch() : numberMark().match(text);
        const QRegularExpressionMatch &mark = bullet.hasMatch() ? bullet : number;
        if (!mark.hasMatch()) {
            if (!text.trimmed().isEmpty())
                bullets = numbers = nullptr;
            continue;
        }
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + static_cast<int>(mark.capturedEnd()), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        QTextList *&list = bullet.hasMatch() ? bullets : numbers;
        if (list) {
            list->add(block);
        } else {
            QTextListFormat format;
            format.setStyle(bullet.hasMatch() ? QTextListFormat::ListDisc : QTextListFormat::ListDecimal);
            list = cursor.createList(format);
        }
        (bullet.hasMatch() ? numbers : bullets) = nullptr;
    }
    return MarkdownTextDocument::write(document);
}

QString PasteCleaner::fromPlainText(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').replace(QChar::ParagraphSeparator, u'\n');
    normalised.replace(QChar::LineSeparator, u'\n');
    const QStringList rawLines = normalised.split(u'\n');

    // A line well short of the longest ends its paragraph if it ends a sentence: that is
    // where the author pressed Enter, not where the PDF's margin broke the line.
    qsizetype longest = 0;
    for (const QString &raw : rawLines)
        longest = std::max(longest, raw.trimmed().size());
    const qsizetype shortLine = longest * 8 / 10;

    QList<MarkdownBlock> blocks;
    bool open = false; // whether the next line may continue the last block
    for (const QString &raw : rawLines) {
        if (raw.trimmed().isEmpty()) {
            open = false;
            continue;
        }
        MarkdownBlock line = classify(raw);
        if (line.spans.first().text.isEmpty())
            continue;
        if (line.kind == MarkdownBlock::Kind::Paragraph && open && !blocks.isEmpty()) {
            QString &text = blocks.last().spans.first().text;
            text = join(text, line.spans.first().text);
        } else {
            blocks.append(line);
        }
        const QString trimmed = raw.trimmed();
        open = !(endsSentence(trimmed) && trimmed.size() < shortLine);
        if (rawLines.size() > 1 && longest < 40)
            open = false; // short lines throughout: a list of lines, not a wrapped paragraph
    }
    return MarkdownWriter::write(blocks);
}

} // namespace yttra
