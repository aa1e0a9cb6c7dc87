// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdownwriter.h"

#include <QList>
#include <QRegularExpression>

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
        QString text = span.text;
        if (!span.link.isEmpty()) {
            setEmphasis(false, false, text);
            QString inner;
            InlineWriter label;
            MarkdownSpan plain = span;
            plain.link.clear();
            label.write(plain);
            inner = label.finish();
            m_out += u'[' + inner + u"]("_s + escapeUrl(span.link) + u')';
            return;
        }
        setEmphasis(span.bold, span.italic, text);
        m_out += MarkdownWriter::escape(text, false);
    }

    QString finish()
    {
        QString none;
        setEmphasis(false, false, none);
        return m_out;
    }

private:
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

        InlineWriter writer;
        for (MarkdownSpan span : block.spans) {
            // A line break inside a paragraph (Shift+Enter; md4c's hard break) ends the line
            // with a backslash.
            span.text.replace(u'\n', QChar::LineSeparator);
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

        const bool isItem = block.kind == MarkdownBlock::Kind::BulletItem || block.kind == MarkdownBlock::Kind::NumberedItem;
        if (isItem) {
            const int level = std::max(1, block.level);
            markerWidths.resize(level);
            const QString marker = block.kind == MarkdownBlock::Kind::NumberedItem ? QString::number(block.number) + u". "_s : u"- "_s;
            markerWidths[level - 1] = static_cast<int>(marker.size());
            const int indent = indentOf(level - 1);
            const QString pad(indent, u' ');
            const QString continuation(indent + marker.size(), u' ');
            if (!out.isEmpty())
                out += previousWasListItem ? u"\n"_s : u"\n\n"_s;
            out += pad + marker + QString(body).replace(u'\n', u'\n' + continuation);
            previousWasListItem = true;
        } else if (block.level > 0 && !markerWidths.isEmpty()) {
            // A paragraph inside a list item: indented under the item's text.
            const QString pad(indentOf(block.level), u' ');
            out += u"\n\n"_s + pad + QString(body).replace(u'\n', u'\n' + pad);
            previousWasListItem = false;
        } else {
            markerWidths.clear();
            if (!out.isEmpty())
                out += u"\n\n"_s;
            out += body;
            previousWasListItem = false;
        }
    }
    return out;
}

} // namespace yttra
