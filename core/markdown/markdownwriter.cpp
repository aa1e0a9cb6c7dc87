// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdownwriter.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

/// Builds one line of inline Markdown. Emphasis markers hug the text: CommonMark does not
/// read "** word**" as bold, so spaces at a span's edges go outside its markers.
class InlineWriter
{
public:
    void write(const MarkdownSpan &span)
    {
        // Spans of one link are one link: its label keeps their emphasis. Written as a link
        // each, "[a](u)[*b*](u)" would read back as other text.
        if (span.link != m_link)
            closeLink();
        if (!span.link.isEmpty()) {
            if (!m_label) {
                QString none;
                setEmphasis(false, false, none);
                m_label = std::make_unique<InlineWriter>();
                m_link = span.link;
            }
            MarkdownSpan plain = span;
            plain.link.clear();
            m_label->write(plain);
            return;
        }
        QString text = span.text;
        setEmphasis(span.bold, span.italic, text);
        m_out += MarkdownWriter::escape(text, false);
    }

    QString finish()
    {
        closeLink();
        QString none;
        setEmphasis(false, false, none);
        return m_out;
    }

private:
    void closeLink()
    {
        if (m_label)
            m_out += u'[' + m_label->finish() + u"]("_s + escapeUrl(m_link) + u')';
        m_label.reset();
        m_link.clear();
    }

    static QString escapeUrl(const QString &url)
    {
        QString s = url;
        s.replace(u' ', u"%20"_s).replace(u'(', u"%28"_s).replace(u')', u"%29"_s);
        return s;
    }

    // Moves the spaces ending the output behind a closing marker.
    void close(const QString &marker)
    {
        qsizetype end = m_out.size();
        while (end > 0 && m_out.at(end - 1).isSpace())
            --end;
        const QString spaces = m_out.mid(end);
        m_out.truncate(end);
        m_out += marker + spaces;
    }

    // Puts the spaces starting `text` before an opening marker.
    void open(const QString &marker, QString &text)
    {
        qsizetype start = 0;
        while (start < text.size() && text.at(start).isSpace())
            ++start;
        m_out += text.left(start) + marker;
        text.remove(0, start);
    }

    void setEmphasis(bool bold, bool italic, QString &text)
    {
        // Bold is the outer marker, italic the inner one: changing bold closes italic first.
        if (m_italic && (!italic || bold != m_bold)) {
            close(u"*"_s);
            m_italic = false;
        }
        if (m_bold && !bold) {
            close(u"**"_s);
            m_bold = false;
        }
        if (bold && !m_bold) {
            open(u"**"_s, text);
            m_bold = true;
        }
        if (italic && !m_italic) {
            open(u"*"_s, text);
            m_italic = true;
        }
    }

    QString m_out;
    bool m_bold = false;
    bool m_italic = false;
    QString m_link;
    std::unique_ptr<InlineWriter> m_label; // the open link's label
};

// What opens a block at the start of a line: headings, quotes, bullets, numbers ("1." and
// "1)"), and "=" which would underline the line before into a heading.
QString escapeLineStart(QString line)
{
    static const QRegularExpression blockStart(
        u"^(\\s*)(#{1,6}(?=\\s|$)|>|[-+](?=[\\s\\-]|$)|\\d{1,9}(?=[.)](?:\\s|$))|=+\\s*$)"_s);
    const auto match = blockStart.match(line);
    if (match.hasMatch()) {
        if (match.captured(2).front().isDigit())
            line.insert(match.capturedEnd(2), u'\\');
        else
            line.insert(match.capturedStart(2), u'\\');
    }
    return line;
}

// A block's text as Markdown lines, without its list marker and indentation.
QString blockBody(const MarkdownBlock &block, bool emphasis)
{
    InlineWriter writer;
    for (MarkdownSpan span : block.spans) {
        // A line break inside a paragraph (Shift+Enter; md4c's hard break) ends the line
        // with a backslash.
        span.text.replace(u'\n', QChar::LineSeparator);
        if (!emphasis)
            span.bold = span.italic = false;
        writer.write(span);
    }
    QString text = writer.finish().trimmed();
    text.replace(QChar::LineSeparator, u"\\\n"_s);
    const QStringList lines = text.split(u'\n');
    QString body;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // The inline writer escaped within the line; what matters at its start is added here.
        body += (i > 0 ? u"\n"_s : QString()) + escapeLineStart(lines.at(i));
    }
    return body;
}

// Whether the Markdown reads back as the block's words. Emphasis touching emphasis of another
// kind ("*a****b***") or a marker beside punctuation inside a word can make CommonMark read
// markers as text, or take text for markers; such a block is written without its emphasis,
// since keeping the user's words matters more than keeping their bold.
bool readsBackAs(const QString &body, const MarkdownBlock &block)
{
    QString read;
    for (const MarkdownBlock &b : Markdown::blocks(body))
        read += b.plainText() + u' ';
    return read.simplified() == block.plainText().simplified();
}

} // namespace

QString MarkdownWriter::escape(const QString &text, bool lineStart)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
        case u'*':
        case u'_':
        case u'`':
        case u'[':
        case u']':
        case u'<':
            out += u'\\';
            break;
        default:
            break;
        }
        out += c;
    }
    return lineStart ? escapeLineStart(out) : out;
}

QString MarkdownWriter::write(const QList<MarkdownBlock> &blocks)
{
    QString out;
    bool previousWasListItem = false;
    // The kind of the item last written at each level still open: a list continues at its level.
    QList<MarkdownBlock::Kind> itemKinds;
    // The indentation of a nested list is the width of its parents' markers.
    QList<int> markerWidths;
    auto indentOf = [&markerWidths](int levels) {
        int indent = 0;
        for (int l = 0; l < levels && l < markerWidths.size(); ++l)
            indent += markerWidths.at(l) > 0 ? markerWidths.at(l) : 2;
        return indent;
    };
    for (const MarkdownBlock &block : blocks) {
        if (block.plainText().trimmed().isEmpty())
            continue; // empty paragraphs and list items carry nothing the format keeps

        QString body = blockBody(block, true);
        if (!readsBackAs(body, block))
            body = blockBody(block, false);

        const bool isItem = block.kind == MarkdownBlock::Kind::BulletItem || block.kind == MarkdownBlock::Kind::NumberedItem;
        if (isItem) {
            // A list nested deeper than the lists open around it (its parents were empty, or a
            // paragraph came between) is written at the first level it can have.
            const int level = std::clamp(block.level, 1, static_cast<int>(markerWidths.size()) + 1);
            markerWidths.resize(level);
            // A list numbered from other than 1 cannot interrupt a paragraph in CommonMark: right
            // under an item it would be read as that item's text, unless a blank line parts them.
            // An item of a list already open at its level continues that list.
            const bool continuesList = level <= itemKinds.size() && itemKinds.at(level - 1) == block.kind;
            itemKinds.resize(level - 1);
            const QString marker = block.kind == MarkdownBlock::Kind::NumberedItem ? QString::number(block.number) + u". "_s : u"- "_s;
            markerWidths[level - 1] = static_cast<int>(marker.size());
            const int indent = indentOf(level - 1);
            const QString pad(indent, u' ');
            const QString continuation(indent + marker.size(), u' ');
            const bool tight = previousWasListItem && (block.kind != MarkdownBlock::Kind::NumberedItem || block.number == 1 || continuesList);
            if (!out.isEmpty())
                out += tight ? u"\n"_s : u"\n\n"_s;
            out += pad + marker + QString(body).replace(u'\n', u'\n' + continuation);
            previousWasListItem = true;
            itemKinds.append(block.kind);
        } else if (block.kind == MarkdownBlock::Kind::Paragraph && block.level > 0 && !markerWidths.isEmpty()) {
            // A paragraph inside a list item: indented under the item's text. (A heading's level
            // is its size; the format has no headings, they are written as paragraphs.)
            const QString pad(indentOf(std::min(block.level, static_cast<int>(markerWidths.size()))), u' ');
            out += u"\n\n"_s + pad + QString(body).replace(u'\n', u'\n' + pad);
            previousWasListItem = false;
        } else {
            markerWidths.clear();
            itemKinds.clear();
            if (!out.isEmpty())
                out += u"\n\n"_s;
            out += body;
            previousWasListItem = false;
        }
    }
    return out;
}

} // namespace yttra
