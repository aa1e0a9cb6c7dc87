// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/jsontext.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
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

// Numbers whose value a QCborValue cannot hold exactly (integers beyond 64 bits, magnitudes
// beyond a double) are kept as their text under this tag, so a member we do not know comes
// back as it was written instead of rounded or turned into null. The tag never leaves this
// file's reader and writer; its number is arbitrary but outside the tags Qt interprets.
constexpr QCborTag numberTextTag = QCborTag(0x5974'7261); // "Ytra"

/// A recursive-descent parser that writes what it reads straight into a CBOR stream and lets
/// QCborValue::fromCbor build the tree at the end. Building QCborMaps member by member would
/// cost quadratic time (QCborMap::insert searches the map first), which a file of a few MB
/// with one wide object turns into minutes; the stream is linear. Duplicate member names are
/// found with a set per object instead.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)

public:
    explicit Parser(const QByteArray &data) : m_data(data), m_out(&m_cbor) {}

    Result<QCborValue, JsonSyntaxError> run()
    {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3; // tolerate a byte order mark some Windows editors add
        skipSpace();
        if (atEnd())
            return fail(tr("the file holds no JSON value"));
        if (!parseValue(0))
            return Result<QCborValue, JsonSyntaxError>::failure(m_error);
        skipSpace();
        if (!atEnd())
            return fail(tr("unexpected text after the end of the JSON value"));
        QCborParserError cborError;
        QCborValue value = QCborValue::fromCbor(m_cbor, &cborError);
        // Cannot happen: the stream was written by us from text already checked.
        Q_ASSERT_X(cborError.error == QCborError::NoError, "JsonText", qPrintable(cborError.errorString()));
        return value;
    }

private:
    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data.at(m_pos); }
    bool isDigit() const { return peek() >= '0' && peek() <= '9'; }

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

    // Records the first error, at the current position; returns false so callers can
    // `return setError(...)`.
    bool setError(const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            const auto [line, column] = JsonText::lineAndColumn(m_data, m_pos);
            m_error = {line, column, message};
        }
        return false;
    }

    QString describeHere() const
    {
        if (atEnd())
            return tr("the end of the file");
        const char c = peek();
        if (static_cast<unsigned char>(c) < 0x20)
            return tr("a control character");
        return u"\""_s + characterHere() + u"\""_s;
    }

    // One whole character at the current position, however many bytes it takes.
    QString characterHere() const
    {
        qsizetype length = 1;
        while (m_pos + length < m_data.size() && (static_cast<unsigned char>(m_data.at(m_pos + length)) & 0xC0) == 0x80)
            ++length;
        return QString::fromUtf8(m_data.mid(m_pos, length));
    }

    bool parseValue(int depth)
    {
        skipSpace();
        switch (peek()) {
        case '{':
        case '[':
            // The root container is level 1; scalars add no level.
            if (depth + 1 > maxDepth)
                return setError(tr("nesting deeper than %1 levels").arg(maxDepth));
            return peek() == '{' ? parseObject(depth) : parseArray(depth);
        case '"': {
            QByteArray utf8;
            if (!parseString(utf8))
                return false;
            m_out.appendTextString(utf8.constData(), utf8.size());
            return true;
        }
        case 't':
            if (!parseLiteral("true"))
                return false;
            m_out.append(true);
            return true;
        case 'f':
            if (!parseLiteral("false"))
                return false;
            m_out.append(false);
            return true;
        case 'n':
            if (!parseLiteral("null"))
                return false;
            m_out.appendNull();
            return true;
        default:
            if (peek() == '-' || isDigit())
                return parseNumber();
            return setError(tr("expected a value but found %1").arg(describeHere()));
        }
    }

    bool parseLiteral(const char *word)
    {
        const QByteArray w(word);
        if (m_data.mid(m_pos, w.size()) != w)
            return setError(tr("expected a value but found %1").arg(describeHere()));
        m_pos += w.size();
        return true;
    }

    bool parseNumber()
    {
        const qsizetype start = m_pos;
        bool integral = true;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (isDigit()) {
            while (isDigit())
                ++m_pos;
        } else {
            return setError(tr("malformed number"));
        }
        if (peek() == '.') {
            integral = false;
            ++m_pos;
            if (!isDigit())
                return setError(tr("malformed number: a digit must follow the decimal point"));
            while (isDigit())
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!isDigit())
                return setError(tr("malformed number: a digit must follow the exponent"));
            while (isDigit())
                ++m_pos;
        }
        const QByteArray text = m_data.mid(start, m_pos - start);
        bool ok = false;
        if (integral) {
            const qint64 i = text.toLongLong(&ok);
            if (ok) {
                m_out.append(i);
                return true;
            }
        } else {
            const double d = text.toDouble(&ok);
            if (ok && std::isfinite(d)) {
                m_out.append(d);
                return true;
            }
        }
        m_out.append(numberTextTag);
        m_out.appendTextString(text.constData(), text.size());
        return true;
    }

    bool parseHex4(char16_t &out)
    {
        if (m_pos + 4 > m_data.size())
            return false;
        uint v = 0;
        for (int k = 0; k < 4; ++k) {
            const auto c = static_cast<unsigned char>(m_data.at(m_pos + k));
            if (!std::isxdigit(c))
                return false;
            v = v * 16 + static_cast<uint>(std::isdigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        out = static_cast<char16_t>(v);
        m_pos += 4;
        return true;
    }

    // Reads a string at the opening quote into its UTF-8 bytes (escapes resolved).
    bool parseString(QByteArray &raw)
    {
        ++m_pos; // opening quote
        while (true) {
            if (atEnd())
                return setError(tr("a string is not closed before the end of the file"));
            const char c = m_data.at(m_pos);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                return setError(c == '\n' ? tr("a line break inside a string (write it as \\n)")
                                          : tr("a control character inside a string"));
            }
            if (c != '\\') {
                raw.append(c);
                ++m_pos;
                continue;
            }
            // Errors in an escape point at its backslash, where an editor shows it starting.
            const qsizetype escape = m_pos;
            auto escapeError = [&](const QString &message) {
                m_pos = escape;
                return setError(message);
            };
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
                if (!parseHex4(units[0]))
                    return escapeError(tr("\\u must be followed by four hexadecimal digits"));
                int count = 1;
                if (QChar::isHighSurrogate(units[0]) && m_data.mid(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    if (!parseHex4(units[1]) || !QChar::isLowSurrogate(units[1]))
                        return escapeError(tr("an unpaired UTF-16 surrogate in a \\u escape"));
                    count = 2;
                } else if (QChar::isSurrogate(units[0])) {
                    return escapeError(tr("an unpaired UTF-16 surrogate in a \\u escape"));
                }
                raw.append(QString(reinterpret_cast<const QChar *>(units), count).toUtf8());
                break;
            }
            default:
                m_pos = escape + 1;
                if (atEnd())
                    return setError(tr("a string is not closed before the end of the file"));
                return escapeError(tr("unknown escape sequence \\%1 in a string").arg(characterHere()));
            }
        }
    }

    bool parseArray(int depth)
    {
        ++m_pos;
        m_out.startArray();
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return m_out.endArray();
        }
        while (true) {
            if (!parseValue(depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return m_out.endArray();
            }
            return setError(tr("expected \",\" or \"]\" in an array but found %1").arg(describeHere()));
        }
    }

    bool parseObject(int depth)
    {
        ++m_pos;
        m_out.startMap();
        QSet<QByteArray> names; // resolved UTF-8, so "a" and "\u0061" are the same name
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return m_out.endMap();
        }
        while (true) {
            skipSpace();
            if (peek() != '"')
                return setError(tr("expected a member name in quotes but found %1").arg(describeHere()));
            const qsizetype namePos = m_pos;
            QByteArray name;
            if (!parseString(name))
                return false;
            if (names.contains(name)) {
                m_pos = namePos;
                return setError(tr("the member \"%1\" appears twice in the same object").arg(QString::fromUtf8(name)));
            }
            names.insert(name);
            m_out.appendTextString(name.constData(), name.size());
            skipSpace();
            if (peek() != ':')
                return setError(tr("expected \":\" after a member name but found %1").arg(describeHere()));
            ++m_pos;
            if (!parseValue(depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return m_out.endMap();
            }
            return setError(tr("expected \",\" or \"}\" in an object but found %1").arg(describeHere()));
        }
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
    JsonSyntaxError m_error;
    QByteArray m_cbor;
    QCborStreamWriter m_out;
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
            out.append("null"); // JSON has no infinities; the reader never produces them
        } else {
            QByteArray text = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            if (d == 0 && std::signbit(d) && !text.startsWith('-'))
                text.prepend('-'); // QByteArray::number drops the sign of -0.0
            if (!text.contains('.') && !text.contains('e'))
                text.append(".0"); // keep it a fraction, as it was read
            out.append(text);
        }
    } else if (value.isTag() && value.tag() == numberTextTag) {
        out.append(value.taggedValue().toString().toLatin1()); // a number kept as written
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
    // A byte order mark is invisible in editors, so it takes no column.
    const qsizetype begin = utf8.startsWith("\xEF\xBB\xBF") ? std::min<qsizetype>(3, end) : 0;
    for (qsizetype i = begin; i < end; ++i) {
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
