// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/jsontext.h"
#include "testhelpers.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace yttra::test {

// For YTTRA_VERIFY_OK: a syntax error as an editor would show it.
inline QString describe(const JsonSyntaxError &error)
{
    return u"%1:%2: %3"_s.arg(error.line).arg(error.column).arg(error.message);
}

} // namespace yttra::test

namespace yttra {

namespace {

// What a parse came to, for the messages of failed checks.
QString outcome(const Result<QCborValue, JsonSyntaxError> &parsed)
{
    return parsed ? u"parsed"_s : test::describe(parsed.error());
}

QByteArray nested(int depth, const QByteArray &open, const QByteArray &inner, const QByteArray &close)
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

} // namespace

/// JsonText on its own: what it promises the file format (members in their order, a member
/// twice refused, every syntax error at its line and column) and its writer's layout.
class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void memberOrderKept();
    void memberOrderSurvivesRoundTrip();
    void duplicateMembers_data();
    void duplicateMembers();
    void sameNameInOtherObjects();
    void syntaxErrors_data();
    void syntaxErrors();
    void invalidUtf8_data();
    void invalidUtf8();
    void nestingLimit();
    void byteOrderMarkTolerated();
    void scalarsAtTopLevel();
    void escapesResolved_data();
    void escapesResolved();
    void numbers_data();
    void numbers();
    void numbersKeptAsWritten_data();
    void numbersKeptAsWritten();
    void serializeLayout();
    void serializeEscapes();
    void serializeNonFinite();
    void canonicalRoundTrip_data();
    void canonicalRoundTrip();
    void lineAndColumn_data();
    void lineAndColumn();
};

void TestJsonText::memberOrderKept()
{
    // Neither alphabetical nor by hash: QJsonObject would sort these.
    const auto parsed = JsonText::parse(R"({"zeta": 1, "alpha": 2, "mid": {"y": true, "b": null, "x": []}, "beta": "b"})");
    YTTRA_VERIFY_OK(parsed);
    const QCborMap map = parsed.value().toMap();
    QStringList keys;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        keys.append(it.key().toString());
    QCOMPARE(keys, (QStringList{u"zeta"_s, u"alpha"_s, u"mid"_s, u"beta"_s}));

    const QCborMap inner = map.value(u"mid"_s).toMap();
    keys.clear();
    for (auto it = inner.constBegin(); it != inner.constEnd(); ++it)
        keys.append(it.key().toString());
    QCOMPARE(keys, (QStringList{u"y"_s, u"b"_s, u"x"_s}));
}

void TestJsonText::memberOrderSurvivesRoundTrip()
{
    const QByteArray text = "{\n"
                            "  \"z\": 1,\n"
                            "  \"a\": {\n"
                            "    \"q\": \"x\",\n"
                            "    \"c\": [\n"
                            "      {\n"
                            "        \"n\": 2,\n"
                            "        \"m\": 3\n"
                            "      }\n"
                            "    ]\n"
                            "  },\n"
                            "  \"k\": false\n"
                            "}\n";
    const auto parsed = JsonText::parse(text);
    YTTRA_VERIFY_OK(parsed);
    QCOMPARE(JsonText::serialize(parsed.value()), text);

    // A map built in code is written in its own insertion order too.
    QCborMap built;
    built.insert(u"second"_s, 2);
    built.insert(u"first"_s, 1);
    QCOMPARE(JsonText::serialize(built), QByteArray("{\n  \"second\": 2,\n  \"first\": 1\n}\n"));
}

void TestJsonText::duplicateMembers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("name");

    // The error points at the second occurrence's opening quote.
    QTest::newRow("same line") << QByteArray(R"({"a": 1, "a": 2})") << 1 << 10 << u"a"_s;
    QTest::newRow("different values") << QByteArray(R"({"a": {}, "b": 0, "a": [1]})") << 1 << 19 << u"a"_s;
    QTest::newRow("on another line") << QByteArray("{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}") << 4 << 3 << u"a"_s;
    // Names are compared after escapes are resolved: \u0061 is "a".
    QTest::newRow("spelt with an escape") << QByteArray(R"({"a": 1, "\u0061": 2})") << 1 << 10 << u"a"_s;
    QTest::newRow("non-ASCII name") << QByteArray(R"({"å": 1, "å": 2})") << 1 << 10 << u"å"_s;
    QTest::newRow("in a nested object") << QByteArray(R"({"x": {"b": 1, "b": 2}})") << 1 << 16 << u"b"_s;
    QTest::newRow("in an array's object") << QByteArray("[\n  {},\n  {\"id\": 1, \"id\": 1}\n]") << 3 << 13 << u"id"_s;
    QTest::newRow("empty name") << QByteArray(R"({"": 1, "": 2})") << 1 << 9 << QString();
}

void TestJsonText::duplicateMembers()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, name);

    const auto parsed = JsonText::parse(text);
    QVERIFY2(!parsed, qPrintable(outcome(parsed)));
    QCOMPARE(parsed.error().line, line);
    QCOMPARE(parsed.error().column, column);
    // What: the name, in quotes, and that it is there twice.
    QVERIFY2(parsed.error().message.contains(u"\"%1\""_s.arg(name)), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(u"twice"_s), qPrintable(parsed.error().message));
}

void TestJsonText::sameNameInOtherObjects()
{
    // One set of names per object: siblings and parents may share names with a child.
    const auto parsed = JsonText::parse(R"({"a": {"a": {"a": 1}}, "b": [{"a": 1}, {"a": 2}], "c": {"b": 1}})");
    YTTRA_VERIFY_OK(parsed);
    QCOMPARE(parsed.value().toMap().value(u"a"_s).toMap().value(u"a"_s).toMap().value(u"a"_s).toInteger(), qint64(1));
    // Names that differ only in case are different names.
    YTTRA_VERIFY_OK(JsonText::parse(R"({"a": 1, "A": 2})"));
}

void TestJsonText::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words"); // what the message must say

    // Nothing there.
    QTest::newRow("empty input") << QByteArray() << 1 << 1 << u"no JSON value"_s;
    QTest::newRow("only white space") << QByteArray("  \n\t ") << 2 << 3 << u"no JSON value"_s;
    QTest::newRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << 1 << 1 << u"no JSON value"_s;

    // Cut short.
    QTest::newRow("truncated object") << QByteArray(R"({"a": 1)") << 1 << 8 << u"the end of the file"_s;
    QTest::newRow("truncated after a colon") << QByteArray("{\"a\":\n") << 2 << 1 << u"the end of the file"_s;
    QTest::newRow("truncated array") << QByteArray("[1,\n") << 2 << 1 << u"the end of the file"_s;
    QTest::newRow("truncated name") << QByteArray(R"({"a)") << 1 << 4 << u"not closed"_s;
    QTest::newRow("truncated string") << QByteArray("[\"abc") << 1 << 6 << u"not closed"_s;
    QTest::newRow("truncated in an escape") << QByteArray("\"ab\\") << 1 << 5 << u"not closed"_s;
    QTest::newRow("truncated literal") << QByteArray("[tru]") << 1 << 2 << u"expected a value but found \"t\""_s;
    QTest::newRow("truncated literal at the end") << QByteArray("nul") << 1 << 1 << u"expected a value"_s;

    // Escapes: the error is at the backslash, where an editor shows the escape begin.
    QTest::newRow("unknown escape") << QByteArray(R"(["a\x"])") << 1 << 4 << u"unknown escape sequence \\x"_s;
    QTest::newRow("escaped single quote") << QByteArray(R"(["\'"])") << 1 << 3 << u"\\'"_s;
    QTest::newRow("unknown escape on line 2") << QByteArray("{\n  \"k\": \"x\\q\"\n}") << 2 << 10 << u"\\q"_s;
    QTest::newRow("\\u with three digits") << QByteArray(R"("\u12")") << 1 << 2 << u"four hexadecimal digits"_s;
    QTest::newRow("\\u with a non-hex digit") << QByteArray(R"("\u12G4")") << 1 << 2 << u"four hexadecimal digits"_s;
    QTest::newRow("lone high surrogate") << QByteArray(R"(["ok", "\uD800"])") << 1 << 9 << u"unpaired"_s;
    QTest::newRow("high surrogate then a letter") << QByteArray(R"("\uD83D\u0041")") << 1 << 2 << u"unpaired"_s;
    QTest::newRow("lone low surrogate") << QByteArray(R"("\uDE00")") << 1 << 2 << u"unpaired"_s;

    // Numbers.
    QTest::newRow("minus alone") << QByteArray("[-]") << 1 << 3 << u"malformed number"_s;
    QTest::newRow("minus and a letter") << QByteArray("-a") << 1 << 2 << u"malformed number"_s;
    QTest::newRow("no digit after the point") << QByteArray("[1.]") << 1 << 4 << u"decimal point"_s;
    QTest::newRow("no digit in the exponent") << QByteArray("[1e+]") << 1 << 5 << u"exponent"_s;
    QTest::newRow("leading point") << QByteArray("[.5]") << 1 << 2 << u"expected a value but found \".\""_s;
    QTest::newRow("leading plus") << QByteArray("[+1]") << 1 << 2 << u"expected a value but found \"+\""_s;
    QTest::newRow("leading zero") << QByteArray("[01]") << 1 << 3 << u"found \"1\""_s;
    QTest::newRow("hexadecimal") << QByteArray("[0x10]") << 1 << 3 << u"found \"x\""_s;
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << 2 << u"expected a value"_s;
    QTest::newRow("Infinity") << QByteArray("{\"a\": Infinity}") << 1 << 7 << u"expected a value"_s;

    // After the value.
    QTest::newRow("trailing word") << QByteArray("{} x") << 1 << 4 << u"after the end of the JSON value"_s;
    QTest::newRow("trailing brace") << QByteArray("{}}") << 1 << 3 << u"after the end of the JSON value"_s;
    QTest::newRow("two values") << QByteArray("1 2") << 1 << 3 << u"after the end of the JSON value"_s;
    QTest::newRow("trailing comma lines later") << QByteArray("{}\n\n  ,") << 3 << 3 << u"after the end of the JSON value"_s;

    // Control characters: only escaped inside strings, only white space outside them.
    QTest::newRow("tab in a string") << QByteArray("[\"a\tb\"]") << 1 << 4 << u"control character inside a string"_s;
    QTest::newRow("line break in a string") << QByteArray("{\"a\": \"one\ntwo\"}") << 1 << 11 << u"line break inside a string"_s;
    QTest::newRow("NUL in a string") << QByteArray("[\"a\0\"]", 6) << 1 << 4 << u"control character inside a string"_s;
    QTest::newRow("control character outside") << QByteArray("[\x01]") << 1 << 2 << u"found a control character"_s;
    QTest::newRow("form feed as space") << QByteArray("[1,\f2]") << 1 << 4 << u"found a control character"_s;

    // Structure.
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << 1 << 6 << u"expected \":\""_s;
    QTest::newRow("trailing comma in an object") << QByteArray(R"({"a": 1,})") << 1 << 9 << u"member name"_s;
    QTest::newRow("trailing comma in an array") << QByteArray("[1,]") << 1 << 4 << u"expected a value but found \"]\""_s;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << 1 << 4 << u"expected \",\" or \"]\""_s;
    QTest::newRow("unquoted name") << QByteArray("{a: 1}") << 1 << 2 << u"member name"_s;
    QTest::newRow("single quotes") << QByteArray("['a']") << 1 << 2 << u"found \"'\""_s;
    QTest::newRow("comment") << QByteArray("{\n  // note\n}") << 2 << 3 << u"member name"_s;
    QTest::newRow("closed with the other bracket") << QByteArray("[1}") << 1 << 3 << u"expected \",\" or \"]\""_s;

    // Columns count characters, not bytes, and the byte order mark takes none.
    QTest::newRow("after non-ASCII text") << QByteArray("{\"ändå\": 1 2}") << 1 << 12 << u"expected \",\" or \"}\""_s;
    QTest::newRow("after an emoji") << QByteArray("[\"😀\" x]") << 1 << 6 << u"found \"x\""_s;
    QTest::newRow("found a non-ASCII character") << QByteArray("[é]") << 1 << 2 << u"found \"é\""_s;
    QTest::newRow("after a byte order mark") << QByteArray("\xEF\xBB\xBF{,}") << 1 << 2 << u"member name"_s;
    QTest::newRow("Windows line ends") << QByteArray("{\r\n  \"a\": 1\r\n  \"b\": 2\r\n}") << 3 << 3 << u"expected \",\" or \"}\""_s;
}

void TestJsonText::syntaxErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);

    const auto parsed = JsonText::parse(text);
    QVERIFY2(!parsed, "parsed although it is not JSON");
    QVERIFY2(parsed.error().message.contains(words), qPrintable(outcome(parsed)));
    QCOMPARE(parsed.error().line, line);
    QCOMPARE(parsed.error().column, column);
}

void TestJsonText::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("byte");

    QTest::newRow("Latin-1 byte") << QByteArray("[\"caf\xE9\"]") << 1 << 6 << u"0xE9"_s;
    QTest::newRow("0xFF") << QByteArray("[\"\xFF\"]") << 1 << 3 << u"0xFF"_s;
    QTest::newRow("lone continuation byte") << QByteArray("[\"\x80\"]") << 1 << 3 << u"0x80"_s;
    QTest::newRow("overlong slash") << QByteArray("[\"\xC0\xAF\"]") << 1 << 3 << u"0xC0"_s;
    QTest::newRow("overlong three bytes") << QByteArray("[\"\xE0\x80\xAF\"]") << 1 << 3 << u"0xE0"_s;
    QTest::newRow("encoded surrogate") << QByteArray("[\"\xED\xA0\x80\"]") << 1 << 3 << u"0xED"_s;
    QTest::newRow("beyond U+10FFFF") << QByteArray("[\"\xF4\x90\x80\x80\"]") << 1 << 3 << u"0xF4"_s;
    QTest::newRow("five-byte lead") << QByteArray("[\"\xF8\x88\x80\x80\x80\"]") << 1 << 3 << u"0xF8"_s;
    QTest::newRow("sequence cut by a quote") << QByteArray("[\"\xC3\"]") << 1 << 3 << u"0xC3"_s;
    QTest::newRow("sequence cut by the end") << QByteArray("[\"ok\"] \xE2\x82") << 1 << 8 << u"0xE2"_s;
    // Valid multi-byte characters before it count one column each.
    QTest::newRow("after å, ä and ö") << QByteArray("[\"åäö\xFF\"]") << 1 << 6 << u"0xFF"_s;
    QTest::newRow("on line 3") << QByteArray("{\n  \"a\": 1,\n  \"b\": \"x\xFE\"\n}") << 3 << 10 << u"0xFE"_s;
    // Outside strings too.
    QTest::newRow("outside a string") << QByteArray("[1, \x85]") << 1 << 5 << u"0x85"_s;
}

void TestJsonText::invalidUtf8()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, byte);

    const auto parsed = JsonText::parse(text);
    QVERIFY2(!parsed, "parsed although it is not UTF-8");
    QVERIFY2(parsed.error().message.contains(u"not valid UTF-8"_s), qPrintable(outcome(parsed)));
    // Which byte, so the user can find it with a hex viewer, and what to do about it.
    QVERIFY2(parsed.error().message.contains(byte), qPrintable(outcome(parsed)));
    QVERIFY2(parsed.error().message.contains(u"UTF-8"_s), qPrintable(outcome(parsed)));
    QCOMPARE(parsed.error().line, line);
    QCOMPARE(parsed.error().column, column);
}

void TestJsonText::nestingLimit()
{
    // 256 levels are allowed, counting the outermost container as level 1.
    const auto deepest = JsonText::parse(nested(256, "[", "1", "]"));
    YTTRA_VERIFY_OK(deepest);
    QCborValue value = deepest.value();
    for (int level = 0; level < 256; ++level) {
        QVERIFY(value.isArray());
        value = value.toArray().at(0);
    }
    QCOMPARE(value.toInteger(), qint64(1));

    // The 257th is refused at its own bracket, and without descending further (no crash on
    // a file made of nothing but brackets).
    const auto arrays = JsonText::parse(nested(257, "[", "", "]"));
    QVERIFY(!arrays);
    QCOMPARE(arrays.error().line, 1);
    QCOMPARE(arrays.error().column, 257);
    QVERIFY2(arrays.error().message.contains(u"256"_s), qPrintable(arrays.error().message));

    const auto objects = JsonText::parse(nested(257, R"({"a":)", "{}", "}"));
    QVERIFY(!objects);
    QCOMPARE(objects.error().column, 256 * 5 + 1);
    QVERIFY2(objects.error().message.contains(u"nesting"_s), qPrintable(objects.error().message));

    const auto mixed = JsonText::parse(QByteArray("[{\"a\":").repeated(129));
    QVERIFY(!mixed);
    QCOMPARE(mixed.error().column, 128 * 6 + 1); // the array of the 129th pair is level 257
    QVERIFY2(mixed.error().message.contains(u"deeper than 256"_s), qPrintable(mixed.error().message));

    const auto huge = JsonText::parse(QByteArray(100000, '['));
    QVERIFY(!huge);
    QCOMPARE(huge.error().column, 257);
}

void TestJsonText::byteOrderMarkTolerated()
{
    const auto parsed = JsonText::parse("\xEF\xBB\xBF{\"a\": 1}");
    YTTRA_VERIFY_OK(parsed);
    QCOMPARE(parsed.value().toMap().value(u"a"_s).toInteger(), qint64(1));
    // Only at the start: elsewhere it is a character like any other, not white space.
    const auto inside = JsonText::parse("{\"a\": 1}\xEF\xBB\xBF");
    QVERIFY(!inside);
    QCOMPARE(inside.error().column, 9);
    // And the writer never adds one.
    QVERIFY(!JsonText::serialize(parsed.value()).startsWith("\xEF\xBB\xBF"));
}

void TestJsonText::scalarsAtTopLevel()
{
    // RFC 8259 allows any value at the top; callers check for an object themselves.
    QCOMPARE(JsonText::parse("42").value().toInteger(), qint64(42));
    QCOMPARE(JsonText::parse(" \"text\" ").value().toString(), u"text"_s);
    QVERIFY(JsonText::parse("true").value().isTrue());
    QVERIFY(JsonText::parse("false").value().isFalse());
    QVERIFY(JsonText::parse("null").value().isNull());
    QVERIFY(JsonText::parse("\r\n\t[]\r\n").value().isArray());
}

void TestJsonText::escapesResolved_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("the short escapes") << QByteArray(R"("\" \\ \/ \b \f \n \r \t")") << u"\" \\ / \b \f \n \r \t"_s;
    QTest::newRow("\\u, lower and upper case") << QByteArray(R"("\u00e5\u00C4")") << u"åÄ"_s;
    QTest::newRow("\\u0000") << QByteArray(R"("a\u0000b")") << QString(u"a\0b"_s);
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")") << u"😀"_s;
    QTest::newRow("raw UTF-8") << QByteArray("\"Förvaltningen för Ålands vägar 😀\"") << u"Förvaltningen för Ålands vägar 😀"_s;
    QTest::newRow("escape next to text") << QByteArray(R"("line one\nline two")") << u"line one\nline two"_s;
}

void TestJsonText::escapesResolved()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);

    const auto parsed = JsonText::parse(text);
    YTTRA_VERIFY_OK(parsed);
    QVERIFY(parsed.value().isString());
    QCOMPARE(parsed.value().toString(), expected);
}

void TestJsonText::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("integer");
    QTest::addColumn<double>("value");

    QTest::newRow("zero") << QByteArray("0") << true << 0.0;
    QTest::newRow("negative") << QByteArray("-17") << true << -17.0;
    QTest::newRow("largest 64-bit") << QByteArray("9223372036854775807") << true << 9223372036854775807.0;
    QTest::newRow("fraction") << QByteArray("2.5") << false << 2.5;
    QTest::newRow("whole fraction") << QByteArray("1.0") << false << 1.0;
    QTest::newRow("exponent") << QByteArray("1.5e3") << false << 1500.0;
    QTest::newRow("capital exponent") << QByteArray("2E-2") << false << 0.02;
    QTest::newRow("negative exponent fraction") << QByteArray("-0.5e+1") << false << -5.0;
}

void TestJsonText::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, integer);
    QFETCH(double, value);

    const auto parsed = JsonText::parse(text);
    YTTRA_VERIFY_OK(parsed);
    // An integer stays an integer and a fraction a fraction: "1.0" is not 1.
    QCOMPARE(parsed.value().isInteger(), integer);
    QCOMPARE(parsed.value().isDouble(), !integer);
    QCOMPARE(parsed.value().toDouble(), value);
    if (integer)
        QCOMPARE(double(parsed.value().toInteger()), value);
}

void TestJsonText::numbersKeptAsWritten_data()
{
    QTest::addColumn<QByteArray>("number");

    // What a QCborValue cannot hold exactly comes back as it was written, not rounded or null.
    QTest::newRow("beyond 64 bits") << QByteArray("123456789012345678901234567890");
    QTest::newRow("below the smallest 64-bit") << QByteArray("-9223372036854775809");
    QTest::newRow("beyond a double") << QByteArray("1e400");
    QTest::newRow("beyond a double, negative") << QByteArray("-2.5E+999");
    // What it can hold comes back in its shortest form, still a fraction when it was one.
    QTest::newRow("fraction") << QByteArray("0.1");
    QTest::newRow("whole fraction") << QByteArray("3.0");
    QTest::newRow("negative zero") << QByteArray("-0.0");
    QTest::newRow("smallest 64-bit") << QByteArray("-9223372036854775808");
}

void TestJsonText::numbersKeptAsWritten()
{
    QFETCH(QByteArray, number);

    const QByteArray text = "{\n  \"n\": " + number + "\n}\n";
    const auto parsed = JsonText::parse(text);
    YTTRA_VERIFY_OK(parsed);
    QCOMPARE(JsonText::serialize(parsed.value()), text);
}

void TestJsonText::serializeLayout()
{
    QCborMap inner;
    inner.insert(u"list"_s, QCborArray{1, u"two"_s, QCborArray{}, QCborMap{}});
    inner.insert(u"empty"_s, QCborMap{});
    QCborMap root;
    root.insert(u"format"_s, u"yttra-statement"_s);
    root.insert(u"version"_s, 1);
    root.insert(u"ratio"_s, 0.25);
    root.insert(u"flag"_s, true);
    root.insert(u"nothing"_s, QCborValue(nullptr));
    root.insert(u"inner"_s, inner);
    root.insert(u"none"_s, QCborArray{});

    // Two spaces a level, ": " after names, empty containers closed on their line, and a final
    // newline: the layout that makes two versions of a file diff line by line.
    const QByteArray expected = "{\n"
                                "  \"format\": \"yttra-statement\",\n"
                                "  \"version\": 1,\n"
                                "  \"ratio\": 0.25,\n"
                                "  \"flag\": true,\n"
                                "  \"nothing\": null,\n"
                                "  \"inner\": {\n"
                                "    \"list\": [\n"
                                "      1,\n"
                                "      \"two\",\n"
                                "      [],\n"
                                "      {}\n"
                                "    ],\n"
                                "    \"empty\": {}\n"
                                "  },\n"
                                "  \"none\": []\n"
                                "}\n";
    QCOMPARE(JsonText::serialize(root), expected);
    QCOMPARE(JsonText::serialize(QCborMap{}), QByteArray("{}\n"));
    QCOMPARE(JsonText::serialize(QCborArray{}), QByteArray("[]\n"));
    QCOMPARE(JsonText::serialize(QCborValue(7)), QByteArray("7\n"));
}

void TestJsonText::serializeEscapes()
{
    const QString text = u"\"quoted\" back\\slash / tab\t line\nreturn\r bell\u0007 unit\u001f åäö 😀 \u007f"_s;
    const QByteArray written = JsonText::serialize(QCborValue(text));
    // Only what JSON requires is escaped; the rest, non-ASCII included, is UTF-8 as it is.
    QCOMPARE(written,
             QByteArray("\"\\\"quoted\\\" back\\\\slash / tab\\t line\\nreturn\\r bell\\u0007 unit\\u001f åäö 😀 \x7f\"\n"));
    const auto read = JsonText::parse(written);
    YTTRA_VERIFY_OK(read);
    QCOMPARE(read.value().toString(), text);

    // Names are escaped the same way.
    QCborMap map;
    map.insert(u"a\"b\n"_s, 1);
    QCOMPARE(JsonText::serialize(map), QByteArray("{\n  \"a\\\"b\\n\": 1\n}\n"));
}

void TestJsonText::serializeNonFinite()
{
    // JSON has no infinities or NaN; the reader never makes them, and the writer stays valid.
    const QByteArray written = JsonText::serialize(QCborArray{std::numeric_limits<double>::infinity(),
                                                              std::numeric_limits<double>::quiet_NaN()});
    QCOMPARE(written, QByteArray("[\n  null,\n  null\n]\n"));
    YTTRA_VERIFY_OK(JsonText::parse(written));
}

void TestJsonText::canonicalRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("object") << QByteArray("{\n  \"b\": \"two\",\n  \"a\": [\n    1,\n    2.5,\n    null\n  ]\n}\n");
    QTest::newRow("Swedish text") << QByteArray("{\n  \"svar\": \"Nämnden åtgärdar bristen före årsskiftet.\"\n}\n");
    QTest::newRow("escaped text") << QByteArray("[\n  \"tab\\tand\\nline\",\n  \"\\u0001\"\n]\n");
    QTest::newRow("empty containers") << QByteArray("{\n  \"a\": {},\n  \"b\": []\n}\n");
    QTest::newRow("deep") << QByteArray("[\n  [\n    [\n      {\n        \"x\": false\n      }\n    ]\n  ]\n]\n");
}

void TestJsonText::canonicalRoundTrip()
{
    QFETCH(QByteArray, text);

    // Text in the writer's own layout comes back byte for byte.
    const auto parsed = JsonText::parse(text);
    YTTRA_VERIFY_OK(parsed);
    QCOMPARE(JsonText::serialize(parsed.value()), text);

    // Any other layout of the same value becomes that text.
    QByteArray compact = text;
    compact.replace("\n", "").replace("  ", "");
    const auto reread = JsonText::parse(compact);
    YTTRA_VERIFY_OK(reread);
    QCOMPARE(JsonText::serialize(reread.value()), text);
}

void TestJsonText::lineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("end") << QByteArray("abc") << 3 << 1 << 4;
    QTest::newRow("start of line 2") << QByteArray("a\nb") << 2 << 2 << 1;
    QTest::newRow("at a line break") << QByteArray("a\nb") << 1 << 1 << 2;
    QTest::newRow("line 3") << QByteArray("\n\n  x") << 4 << 3 << 3;
    QTest::newRow("CR LF") << QByteArray("a\r\nb") << 3 << 2 << 1;
    QTest::newRow("after a two-byte character") << QByteArray("åb") << 2 << 1 << 2;
    QTest::newRow("after a four-byte character") << QByteArray("😀x") << 4 << 1 << 2;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFx") << 3 << 1 << 1;
    QTest::newRow("after the byte order mark") << QByteArray("\xEF\xBB\xBFxy") << 4 << 1 << 2;
    QTest::newRow("inside the byte order mark") << QByteArray("\xEF\xBB\xBFx") << 1 << 1 << 1;
    QTest::newRow("beyond the end") << QByteArray("ab\nc") << 100 << 2 << 2;
    QTest::newRow("empty text") << QByteArray() << 0 << 1 << 1;
}

void TestJsonText::lineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto [actualLine, actualColumn] = JsonText::lineAndColumn(text, offset);
    QCOMPARE(actualLine, line);
    QCOMPARE(actualColumn, column);
}

} // namespace yttra

QTEST_APPLESS_MAIN(yttra::TestJsonText)
#include "tst_jsontext.moc"
