// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QCborArray>
#include <QCborMap>
#include <QSet>

#include <cctype>
#include <cmath>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr int maxDepth = 256;

// Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)

public:
    explicit Parser(const QByteArray &data) : m_data(data) {}

    Result<QCborValue, JsonSyntaxError> run()
    {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3; // tolerate a byte order mark some Windows editors add
        skipSpace();
        if (atEnd())
            return fail(tr("the file holds no JSON value"));
        QCborValue value = parseValue(0);
        if (m_failed)
            return Result<QCborValue, JsonSyntaxError>::failure(m_error);
        skipSpace();
        if (!atEnd())
            return fail(tr("unexpected text after the end of the JSON value"));
        return value;
    }

private:
    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_data.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    Result<QCborValue, JsonSyntaxError> fail(const QString &message)
    {
        setError(message);
        return Result<QCborValue, JsonSyntaxError>::failure(m_error);
    }

    QCborValue setError(const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            const auto [line, column] = JsonText::lineAndColumn(m_data, m_pos);
            m_error = {line, column, message};
        }
        return {};
    }

    QString describeHere() const
    {
        if (atEnd())
            return tr("the end of the file");
        const char c = peek();
        if (static_cast<unsigned char>(c) < 0x20)
            return tr("a control character");
        // One whole character, however many bytes it takes.
        qsizetype length = 1;
        while (m_pos + length < m_data.size() && (static_cast<unsigned char>(m_data.at(m_pos + length)) & 0xC0) == 0x80)
            ++length;
        return u"\""_s + QString::fromUtf8(m_data.mid(m_pos, length)) + u"\""_s;
    }

    QCborValue parseValue(int depth)
    {
        if (depth > maxDepth)
            return setError(tr("nesting deeper than %1 levels").arg(maxDepth));
        skipSpace();
        switch (peek()) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"': {
            QString s;
            if (!parseString(s))
                return {};
            return QCborValue(s);
        }
        case 't':
            return parseLiteral("true", QCborValue(true));
        case 'f':
            return parseLiteral("false", QCborValue(false));
        case 'n':
            return parseLiteral("null", QCborValue(nullptr));
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return parseNumber();
            return setError(tr("expected a value but found %1").arg(describeHere()));
        }
    }

    QCborValue parseLiteral(const char *word, QCborValue value)
    {
        const QByteArray w(word);
        if (m_data.mid(m_pos, w.size()) != w)
            return setError(tr("expected a value but found %1").arg(describeHere()));
        m_pos += w.size();
        return value;
    }

    QCborValue parseNumber()
    {
        const qsizetype start = m_pos;
        bool integral = true;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        } else {
            return setError(tr("malformed number"));
        }
        if (peek() == '.') {
            integral = false;
            ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return setError(tr("malformed number: a digit must follow the decimal point"));
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return setError(tr("malformed number: a digit must follow the exponent"));
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        const QByteArray text = m_data.mid(start, m_pos - start);
        if (integral) {
            bool ok = false;
            const qint64 i = text.toLongLong(&ok);
            if (ok)
                return QCborValue(i);
        }
        return QCborValue(text.toDouble());
    }

    bool parseHex4(char16_t &out)
    {
        if (m_pos + 4 > m_data.size())
            return false;
        bool ok = false;
        const uint v = m_data.mid(m_pos, 4).toUInt(&ok, 16);
        for (int k = 0; k < 4; ++k) {
            if (!std::isxdigit(static_cast<unsigned char>(m_data.at(m_pos + k))))
                ok = false;
        }
        if (!ok)
            return false;
        out = static_cast<char16_t>(v);
        m_pos += 4;
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        QByteArray raw;
        while (true) {
            if (atEnd()) {
                setError(tr("a string is not closed before the end of the file"));
                return false;
            }
            const char c = m_data.at(m_pos);
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                setError(c == '\n' ? tr("a line break inside a string (write it as \\n)")
                                   : tr("a control character inside a string"));
                return false;
            }
            if (c != '\\') {
                raw.append(c);
                ++m_pos;
                continue;
            }
            ++m_pos;
            const char e = peek();
            ++m_pos;
            switch (e) {
            case '"': raw.append('"'); break;
            case '\\': raw.append('\\'); break;
            case '/': raw.append('/'); break;
            case 'b': raw.append('\b'); break;
            case 'f': raw.append('\f'); break;
            case 'n': raw.append('\n'); break;
            case 'r': raw.append('\r'); break;
            case 't': raw.append('\t'); break;
            case 'u': {
                char16_t units[2];
                if (!parseHex4(units[0])) {
                    setError(tr("\\u must be followed by four hexadecimal digits"));
                    return false;
                }
                int count = 1;
                if (QChar::isHighSurrogate(units[0]) && m_data.mid(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    if (!parseHex4(units[1]) || !QChar::isLowSurrogate(units[1])) {
                        setError(tr("an unpaired UTF-16 surrogate in a \\u escape"));
                        return false;
                    }
                    count = 2;
                } else if (QChar::isSurrogate(units[0])) {
                    setError(tr("an unpaired UTF-16 surrogate in a \\u escape"));
                    return false;
                }
                raw.append(QString(reinterpret_cast<const QChar *>(units), count).toUtf8());
                break;
            }
            default:
                --m_pos;
                setError(tr("unknown escape sequence \\%1 in a string").arg(QChar::fromLatin1(e)));
                return false;
            }
        }
        out = QString::fromUtf8(raw);
        return true;
    }

    QCborValue parseArray(int depth)
    {
        ++m_pos;
        QCborArray array;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return array;
        }
        while (true) {
            QCborValue v = parseValue(depth + 1);
            if (m_failed)
                return {};
            array.append(v);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return array;
            }
            return setError(tr("expected \",\" or \"]\" in an array but found %1").arg(describeHere()));
        }
    }

    QCborValue parseObject(int depth)
    {
        ++m_pos;
        QCborMap map;
        QSet<QString> names;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"')
                return setError(tr("expected a member name in quotes but found %1").arg(describeHere()));
            const qsizetype namePos = m_pos;
            QString name;
            if (!parseString(name))
                return {};
            if (names.contains(name)) {
                m_pos = namePos;
                return setError(tr("the member \"%1\" appears twice in the same object").arg(name));
            }
            names.insert(name);
            skipSpace();
            if (peek() != ':')
                return setError(tr("expected \":\" after a member name but found %1").arg(describeHere()));
            ++m_pos;
            QCborValue v = parseValue(depth + 1);
            if (m_failed)
                return {};
            map.insert(name, v);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return map;
            }
            return setError(tr("expected \",\" or \"}\" in an object but found %1").arg(describeHere()));
        }
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
    JsonSyntaxError m_error;
};

void appendStringUtf8(QByteArray &out, const QString &s)
{
    // Escape only what JSON requires; everything else is written as UTF-8.
    bool simple = true;
    for (const QChar ch : s) {
        if (ch.unicode() < 0x20 || ch == u'"' || ch == u'\\') {
            simple = false;
            break;
        }
    }
    if (simple) {
        out.append('"').append(s.toUtf8()).append('"');
        return;
    }
    QByteArray utf8 = s.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out.append("\\u00").append(QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0'));
            else
                out.append(c);
        }
    }
    out.append('"');
}

void appendValue(QByteArray &out, const QCborValue &value, int indent)
{
    const QByteArray pad(indent * 2, ' ');
    const QByteArray innerPad((indent + 1) * 2, ' ');
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        bool first = true;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!first)
                out.append(",\n");
            first = false;
            out.append(innerPad);
            appendStringUtf8(out, it.key().toString());
            out.append(": ");
            appendValue(out, it.value(), indent + 1);
        }
        out.append('\n').append(pad).append('}');
    } else if (value.isArray()) {
        const QCborArray array = value.toArray();
        if (array.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        bool first = true;
        for (const QCborValue &v : array) {
            if (!first)
                out.append(",\n");
            first = false;
            out.append(innerPad);
            appendValue(out, v, indent + 1);
        }
        out.append('\n').append(pad).append(']');
    } else if (value.isString()) {
        appendStringUtf8(out, value.toString());
    } else if (value.isInteger()) {
        out.append(QByteArray::number(value.toInteger()));
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            out.append("null"); // JSON has no infinities; we never produce them
        } else {
            QByteArray text = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            if (!text.contains('.') && !text.contains('e'))
                text.append(".0"); // keep it a fraction, as it was read
            out.append(text);
        }
    } else if (value.isBool()) {
        out.append(value.toBool() ? "true" : "false");
    } else {
        out.append("null");
    }
}

} // namespace

std::pair<int, int> JsonText::lineAndColumn(const QByteArray &utf8, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column; // count characters, not continuation bytes
        }
    }
    return {line, column};
}

Result<QCborValue, JsonSyntaxError> JsonText::parse(const QByteArray &utf8)
{
    const qsizetype bad = firstInvalidUtf8(utf8);
    if (bad >= 0) {
        const auto [line, column] = lineAndColumn(utf8, bad);
        return Result<QCborValue, JsonSyntaxError>::failure(
            {line, column, tr("the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                                   .arg(QString::number(static_cast<unsigned char>(utf8.at(bad)), 16).toUpper())});
    }
    return Parser(utf8).run();
}

QByteArray JsonText::serialize(const QCborValue &value)
{
    QByteArray out;
    appendValue(out, value, 0);
    out.append('\n');
    return out;
}

} // namespace yttra
