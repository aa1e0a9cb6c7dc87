// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdown.h"

#include <md4c.h>

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The few named entities people type; numeric ones are decoded in general.
QString decodeEntity(QStringView entity)
{
    static const QHash<QString, QString> named{{u"&amp;"_s, u"&"_s},   {u"&lt;"_s, u"<"_s},     {u"&gt;"_s, u">"_s},
                                               {u"&quot;"_s, u"\""_s}, {u"&apos;"_s, u"'"_s},   {u"&nbsp;"_s, QString(QChar(0xA0))},
                                               {u"&ndash;"_s, u"–"_s}, {u"&mdash;"_s, u"—"_s}, {u"&hellip;"_s, u"…"_s}};
    if (entity.startsWith(u"&#")) {
        const bool hex = entity.size() > 3 && (entity.at(2) == u'x' || entity.at(2) == u'X');
        bool ok = false;
        const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return QString(QChar(0xFFFD));
    }
    return named.value(entity.toString(), entity.toString());
}

/// Builds blocks from md4c's callbacks.
class Builder
{
public:
    QList<MarkdownBlock> blocks;

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        return static_cast<Builder *>(self)->enter(type, detail);
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        return static_cast<Builder *>(self)->leave(type);
    }
    static int enterSpan(MD_SPANTYPE type, void *detail, void *self)
    {
        static_cast<Builder *>(self)->span(type, detail, true);
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void *detail, void *self)
    {
        static_cast<Builder *>(self)->span(type, detail, false);
        return 0;
    }
    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        static_cast<Builder *>(self)->addText(type, QString::fromUtf8(text, size));
        return 0;
    }

private:
    struct List
    {
        bool ordered;
        int next; // the number of the next item
    };

    int enter(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_UL:
            m_lists.append({false, 1});
            break;
        case MD_BLOCK_OL:
            m_lists.append({true, static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start)});
            break;
        case MD_BLOCK_LI: {
            List &list = m_lists.last();
            MarkdownBlock item;
            item.kind = list.ordered ? MarkdownBlock::Kind::NumberedItem : MarkdownBlock::Kind::BulletItem;
            item.level = level();
            item.number = list.next++;
            blocks.append(item);
            m_open = true; // a tight item's text comes straight, a loose one's in a paragraph
            break;
        }
        case MD_BLOCK_H: {
            MarkdownBlock heading;
            heading.kind = MarkdownBlock::Kind::Heading;
            heading.level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            blocks.append(heading);
            m_open = true;
            break;
        }
        case MD_BLOCK_P:
        case MD_BLOCK_CODE:
            // The first paragraph of a list item is the item itself.
            if (!(m_open && !blocks.isEmpty() && blocks.last().spans.isEmpty())) {
                MarkdownBlock paragraph;
                paragraph.level = level();
                blocks.append(paragraph);
            }
            m_open = true;
            break;
        default:
            break;
        }
        return 0;
    }

    int level() const { return static_cast<int>(std::min<qsizetype>(m_lists.size(), Markdown::maxListLevel)); }

    int leave(MD_BLOCKTYPE type)
    {
        if (type == MD_BLOCK_UL || type == MD_BLOCK_OL)
            m_lists.removeLast();
        if (type == MD_BLOCK_LI || type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_CODE)
            m_open = false;
        return 0;
    }

    void span(MD_SPANTYPE type, void *detail, bool entering)
    {
        const int step = entering ? 1 : -1;
        if (type == MD_SPAN_STRONG)
            m_bold += step;
        else if (type == MD_SPAN_EM)
            m_italic += step;
        else if (type == MD_SPAN_A)
            m_link = entering ? attribute(static_cast<MD_SPAN_A_DETAIL *>(detail)->href) : QString();
    }

    static QString attribute(const MD_ATTRIBUTE &a)
    {
        QString s;
        for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
            const QString part = QString::fromUtf8(a.text + a.substr_offsets[i], a.substr_offsets[i + 1] - a.substr_offsets[i]);
            s += a.substr_types[i] == MD_TEXT_ENTITY ? decodeEntity(part) : part;
        }
        return s;
    }

    void addText(MD_TEXTTYPE type, QString text)
    {
        if (blocks.isEmpty() || !m_open)
            return; // HTML blocks and the like carry nothing for a statement
        switch (type) {
        case MD_TEXT_SOFTBR:
            text = u" "_s;
            break;
        case MD_TEXT_BR:
            text = u"\n"_s;
            break;
        case MD_TEXT_ENTITY:
            text = decodeEntity(text);
            break;
        case MD_TEXT_NULLCHAR:
            text = QString(QChar(0xFFFD));
            break;
        default:
            break;
        }
        QList<MarkdownSpan> &spans = blocks.last().spans;
        const MarkdownSpan look{QString(), m_bold > 0, m_italic > 0, m_link};
        if (!spans.isEmpty() && spans.last().bold == look.bold && spans.last().italic == look.italic && spans.last().link == look.link)
            spans.last().text += text;
        else
            spans.append({text, look.bold, look.italic, look.link});
    }

    QList<List> m_lists;
    bool m_open = false;
    int m_bold = 0;
    int m_italic = 0;
    QString m_link;
};

} // namespace

QString MarkdownBlock::plainText() const
{
    QString text;
    for (const MarkdownSpan &span : spans)
        text += span.text;
    return text;
}

QList<MarkdownBlock> Markdown::blocks(const QString &markdown)
{
    Builder builder;
    if (markdown.trimmed().isEmpty())
        return builder.blocks;
    // CommonMark replaces U+0000 with U+FFFD; md4c does so in most places but loses the text
    // after one in others (a code span), so it never sees one.
    const QByteArray utf8 = QString(markdown).replace(QChar(0), QChar::ReplacementCharacter).toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_NOHTML; // statement text never holds HTML; show it as typed
    parser.enter_block = &Builder::enterBlock;
    parser.leave_block = &Builder::leaveBlock;
    parser.enter_span = &Builder::enterSpan;
    parser.leave_span = &Builder::leaveSpan;
    parser.text = &Builder::text;
    md_parse(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), &parser, &builder);
    return builder.blocks;
}

QString Markdown::plainText(const QString &markdown)
{
    QString text;
    const QList<MarkdownBlock> all = blocks(markdown);
    const auto isItem = [](const MarkdownBlock &b) {
        return b.kind == MarkdownBlock::Kind::BulletItem || b.kind == MarkdownBlock::Kind::NumberedItem;
    };
    for (qsizetype i = 0; i < all.size(); ++i) {
        const MarkdownBlock &block = all.at(i);
        if (i > 0)
            text += (isItem(block) && isItem(all.at(i - 1))) ? u"\n"_s : u"\n\n"_s;
        if (isItem(block)) {
            text += QString(2 * (block.level - 1), u' ');
            text += block.kind == MarkdownBlock::Kind::BulletItem ? u"• "_s : QString::number(block.number) + u". "_s;
        }
        text += block.plainText();
    }
    return text;
}

} // namespace yttra
