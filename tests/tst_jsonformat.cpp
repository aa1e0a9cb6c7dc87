// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/example.h"
#include "format/jsonformat.h"
#include "format/jsontext.h"
#include "testhelpers.h"

#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

#include <limits>
#include <set>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

QString malformedPath(const QString &name)
{
    return test::dataPath(u"malformed/"_s + name);
}

// The manifest of tests/data/malformed: file, expected location, words of the message.
QList<QStringList> malformedCases()
{
    return test::readTable(malformedPath(u"expected.tsv"_s));
}

// Where the bytes first differ, so a failed byte comparison of two files says where to look.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i))
        ++i;
    const auto [line, column] = JsonText::lineAndColumn(expected, i);
    return u"first difference at %1:%2 (byte %3 of %4, expected %5): actual \"%6\", expected \"%7\""_s.arg(line)
        .arg(column)
        .arg(i)
        .arg(actual.size())
        .arg(expected.size())
        .arg(QString::fromUtf8(actual.mid(i, 40)), QString::fromUtf8(expected.mid(i, 40)));
}

#define COMPARE_BYTES(actual, expected)                                                  \
    do {                                                                                 \
        const QByteArray actual_ = (actual);                                             \
        const QByteArray expected_ = (expected);                                         \
        if (actual_ != expected_)                                                        \
            QFAIL(qPrintable(firstDifference(actual_, expected_)));                      \
    } while (false)

ReadStatement readOrFail(const QByteArray &bytes, bool *ok)
{
    auto read = JsonFormat::read(bytes);
    *ok = read.ok();
    if (!read) {
        qWarning("%s: %s", qPrintable(read.error().location), qPrintable(read.error().message));
        return {};
    }
    return std::move(read).value();
}

// Walks the schema alongside a document and reports every member the schema defines that
// the document never uses, and every enumeration value in a list that no element uses.
class SchemaCoverage
{
public:
    explicit SchemaCoverage(QJsonObject schema) : m_schema(std::move(schema)) {}

    QStringList missing(const QCborValue &document)
    {
        walk(m_schema, document, QString());
        QStringList result = m_missing;
        // An array that is always empty would leave its elements' members unchecked.
        for (const QString &array : std::as_const(m_arrays)) {
            if (!m_nonEmptyArrays.contains(array))
                result.append(array + u": no element anywhere"_s);
        }
        for (auto it = m_enums.cbegin(); it != m_enums.cend(); ++it) {
            for (const QString &value : it.value().first) {
                if (!it.value().second.contains(value))
                    result.append(u"%1: the value \"%2\" is never used"_s.arg(it.key(), value));
            }
        }
        return result;
    }

private:
    QJsonObject resolve(const QJsonObject &node) const
    {
        const QString ref = node.value(u"$ref"_s).toString();
        if (!ref.startsWith(u"#/$defs/"_s))
            return node;
        return m_schema.value(u"$defs"_s).toObject().value(ref.mid(8)).toObject();
    }

    void walk(const QJsonObject &rawNode, const QCborValue &value, const QString &path)
    {
        const QJsonObject node = resolve(rawNode);
        if (node.contains(u"enum"_s) && path.contains(u'*')) {
            auto &[all, seen] = m_enums[path];
            for (const QJsonValue &v : node.value(u"enum"_s).toArray())
                all.insert(v.toString());
            seen.insert(value.toString());
        }
        if (node.contains(u"properties"_s)) {
            const QJsonObject properties = node.value(u"properties"_s).toObject();
            const QCborMap map = value.toMap();
            for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
                const QString memberPath = path + u'/' + it.key();
                if (!map.contains(it.key())) {
                    if (!m_reported.contains(memberPath))
                        m_missing.append(memberPath + u": never used"_s);
                    m_reported.insert(memberPath);
                    continue;
                }
                walk(it.value().toObject(), map.value(it.key()), memberPath);
            }
        }
        if (node.contains(u"items"_s)) {
            const QCborArray array = value.toArray();
            m_arrays.insert(path);
            if (!array.isEmpty())
                m_nonEmptyArrays.insert(path);
            for (const QCborValue &element : array)
                walk(node.value(u"items"_s).toObject(), element, path + u"/*"_s);
        }
    }

    QJsonObject m_schema;
    QStringList m_missing;
    QSet<QString> m_reported;
    std::set<QString> m_arrays;
    QSet<QString> m_nonEmptyArrays;
    QMap<QString, std::pair<std::set<QString>, QSet<QString>>> m_enums;
};

} // namespace

/// JsonFormat and JsonText: lossless round trips of every member of the format and of members
/// it does not know, the documented member order, and a clear error with its place for every
/// kind of malformed input.
class TestJsonFormat : public QObject
{
    Q_OBJECT

private slots:
    void fullFileRoundTrips();
    void fullFileUsesEveryMember();
    void fullFileKeepsUnknownMembersAtEveryLevel();
    void exampleRoundTrips();
    void canonicalOrder_data();
    void canonicalOrder();
    void numbersKeptAsWritten_data();
    void numbersKeptAsWritten();
    void stringsWrittenCanonically_data();
    void stringsWrittenCanonically();
    void modelRoundTrip();
    void emptyTimestampsAreLeftOut();
    void logoRoundTrips();
    void noLogoNoMember();
    void malformedLogoKeepsStatement_data();
    void malformedLogoKeepsStatement();
    void logoKeepsUnknownMembersWhileUnchanged();

    void malformedManifestMatchesFolder();
    void malformedBaseIsValid();
    void malformed_data();
    void malformed();
    void nestingLimit_data();
    void nestingLimit();
    void wideObjectInLinearTime();
    void newerVersionIsReadOnly_data();
    void newerVersionIsReadOnly();
    void pointerEscapesTokens();
    void lineAndColumnCountsCharacters_data();
    void lineAndColumnCountsCharacters();
};

void TestJsonFormat::fullFileRoundTrips()
{
    const QByteArray bytes = test::readFile(test::dataPath(u"roundtrip/full.yttrande"_s));
    QVERIFY(!bytes.isEmpty());

    bool ok = false;
    const ReadStatement read = readOrFail(bytes, &ok);
    QVERIFY(ok);
    QVERIFY(!read.readOnly);
    QCOMPARE(read.formatVersion, 1);
    QVERIFY(read.notice.isEmpty());

    COMPARE_BYTES(JsonFormat::write(read.statement), bytes);

    // The known members were read into the model, not merely carried along as unknown ones.
    const Statement &s = read.statement;
    QCOMPARE(s.kind, StatementKind::FollowUp);
    QCOMPARE(s.board, u"Kommunstyrelsen i Malmö – \"KS\""_s);
    QCOMPARE(s.address, u"August Palms Plats 1\n205 80 Malmö"_s);
    QCOMPARE(s.logo.mediaType, u"image/png"_s);
    QCOMPARE(s.logo.data, test::readFile(test::dataPath(u"logo/board.png"_s)));
    QCOMPARE(s.logo.description, u"Malmö stads logotyp"_s);
    QVERIFY(read.warnings.isEmpty());
    QCOMPARE(s.period.from, u"2021-04-07"_s);
    QCOMPARE(s.audit.addressees,
             QStringList({u"Kommunstyrelsen"_s, u"Servicenämnden"_s, u"Miljönämnden 🌱"_s}));
    QVERIFY(s.summary.contains(u"C:\\Temp\\yttrande.docx\tflik"_s));
    QCOMPARE(s.items.size(), 3);
    QCOMPARE(s.items.at(0).response.deadline, Deadline::date(QDate(2022, 6, 7)));
    QCOMPARE(s.items.at(1).kind, ItemKind::Assessment);
    QVERIFY(!s.items.at(1).response.notOurs.isEmpty());
    QCOMPARE(s.items.at(2).response.actionsTaken, u"Rutinen gäller sedan\tjanuari."_s);
    QCOMPARE(s.measures.size(), 8);
    QCOMPARE(s.measures.at(0).items, QStringList({u"r1"_s, u"Q3"_s}));
    QCOMPARE(s.measures.at(3).status, MeasureStatus::Transferred);
    QCOMPARE(s.signatures.size(), 2);
    QVERIFY(s.review.has_value());
    QCOMPARE(s.review->state, ReviewState::Approved);
    QCOMPARE(s.review->comments.size(), 2);
    QVERIFY(s.review->comments.at(0).resolved);
    QVERIFY(!s.review->comments.at(1).resolved);
    QCOMPARE(s.review->comments.at(0).replies.at(0).created, u"2022-01-11T14:05:30.125Z"_s);
    QCOMPARE(s.review->comments.at(1).text, u"Backslash \\ och citat \" ska klara sig."_s);
    QCOMPARE(s.review->history.size(), 2);

    // Every deadline form is in the file, so every form's writing is checked above.
    std::set<Deadline::Form> forms;
    for (const Item &item : s.items)
        forms.insert(item.response.deadline.form());
    for (const Measure &measure : s.measures)
        forms.insert(measure.deadline.form());
    QCOMPARE(forms.size(), 8);

    // Reading what was written gives the same statement again.
    bool okAgain = false;
    const ReadStatement again = readOrFail(JsonFormat::write(s), &okAgain);
    QVERIFY(okAgain);
    QVERIFY(again.statement == s);
}

void TestJsonFormat::fullFileUsesEveryMember()
{
    // If the format grows a member, the round trip file must grow with it: this compares it
    // with the schema, read by Qt's own JSON reader.
    QJsonParseError error;
    const QJsonDocument schema = QJsonDocument::fromJson(test::readFile(QStringLiteral(YTTRA_SCHEMA)), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const auto parsed = JsonText::parse(test::readFile(test::dataPath(u"roundtrip/full.yttrande"_s)));
    QVERIFY(parsed.ok());

    const QStringList missing = SchemaCoverage(schema.object()).missing(parsed.value());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
}

void TestJsonFormat::fullFileKeepsUnknownMembersAtEveryLevel()
{
    bool ok = false;
    const ReadStatement read = readOrFail(test::readFile(test::dataPath(u"roundtrip/full.yttrande"_s)), &ok);
    QVERIFY(ok);
    const Statement &s = read.statement;

    auto keys = [](const QCborMap &map) {
        QStringList list;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            list.append(it.key().toString());
        return list;
    };
    QCOMPARE(keys(s.extra), QStringList({u"x-newer-feature"_s, u"zLast"_s}));
    QCOMPARE(keys(s.period.extra), QStringList({u"zPeriodNote"_s, u"periodWeights"_s}));
    QCOMPARE(keys(s.audit.extra), QStringList({u"auditExtra"_s}));
    QCOMPARE(keys(s.items.at(0).extra), QStringList({u"itemExtra"_s, u"itemScore"_s}));
    QCOMPARE(keys(s.items.at(0).response.extra), QStringList({u"responseNote"_s, u"responseFlags"_s}));
    QCOMPARE(keys(s.measures.at(0).extra), QStringList({u"measureExtra"_s}));
    QCOMPARE(keys(s.signatures.at(0).extra), QStringList({u"signedOn"_s}));
    QCOMPARE(keys(s.review->extra), QStringList({u"reviewDeadline"_s}));
    QCOMPARE(keys(s.review->comments.at(0).extra), QStringList({u"commentColor"_s}));
    QCOMPARE(keys(s.review->comments.at(0).replies.at(0).extra), QStringList({u"replyMood"_s}));
    QCOMPARE(keys(s.review->history.at(0).extra), QStringList({u"historyMachine"_s}));

    // The values keep their types, nested ones included.
    const QCborMap feature = s.extra.value(u"x-newer-feature"_s).toMap();
    QVERIFY(feature.value(u"enabled"_s).isTrue());
    QVERIFY(feature.value(u"disabled"_s).isFalse());
    QVERIFY(feature.value(u"missing"_s).isNull());
    QVERIFY(feature.value(u"count"_s).isInteger());
    QCOMPARE(feature.value(u"count"_s).toInteger(), 42);
    QVERIFY(feature.value(u"large"_s).isInteger());
    QCOMPARE(feature.value(u"large"_s).toInteger(), Q_INT64_C(9007199254740993));
    QVERIFY(feature.value(u"fraction"_s).isDouble());
    QCOMPARE(feature.value(u"fraction"_s).toDouble(), 3.141592653589793);
    QCOMPARE(feature.value(u"nested"_s).toMap().value(u"list"_s).toArray().size(), 1);
    QCOMPARE(feature.value(u"escapes"_s).toString(), u"cr\r bs\b ff\f bell\a us\x1f nul"_s + QChar(0) + u" slut"_s);
}

void TestJsonFormat::exampleRoundTrips()
{
    const QByteArray bytes = Example::bytes();
    QVERIFY(!bytes.isEmpty());
    bool ok = false;
    const ReadStatement read = readOrFail(bytes, &ok);
    QVERIFY(ok);
    QVERIFY(!read.readOnly);
    COMPARE_BYTES(JsonFormat::write(read.statement), bytes);
    QVERIFY(read.statement == Example::statement());
}

void TestJsonFormat::canonicalOrder_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Known members shuffled, unknown ones before, between and after them, one line per
    // object: written back in documented order with the unknown ones last, in file order.
    QTest::newRow("reordered") << u"roundtrip/reordered.yttrande"_s << u"roundtrip/reordered.expected.yttrande"_s;
    // Only the required members, on one line: everything else is written with its default.
    QTest::newRow("minimal") << u"roundtrip/minimal.yttrande"_s << u"roundtrip/minimal.expected.yttrande"_s;
}

void TestJsonFormat::canonicalOrder()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const QByteArray inputBytes = test::readFile(test::dataPath(input));
    const QByteArray expectedBytes = test::readFile(test::dataPath(expected));
    QVERIFY(!inputBytes.isEmpty());
    QVERIFY(!expectedBytes.isEmpty());
    QVERIFY(inputBytes != expectedBytes);

    bool ok = false;
    const ReadStatement read = readOrFail(inputBytes, &ok);
    QVERIFY(ok);
    COMPARE_BYTES(JsonFormat::write(read.statement), expectedBytes);

    // The canonical form is a fixed point, and holds the same statement.
    bool okAgain = false;
    const ReadStatement canonical = readOrFail(expectedBytes, &okAgain);
    QVERIFY(okAgain);
    COMPARE_BYTES(JsonFormat::write(canonical.statement), expectedBytes);
    QVERIFY(canonical.statement == read.statement);
}

void TestJsonFormat::numbersKeptAsWritten_data()
{
    QTest::addColumn<QByteArray>("number");

    // Canonical texts: each must come back exactly.
    for (const char *n : {"0", "-7", "42", "9007199254740993", "9223372036854775807", "-9223372036854775808",
                          "9223372036854775808", "-9223372036854775809", "18446744073709551616",
                          "123456789012345678901234567890", "0.5", "-0.125", "-0.0", "1.0", "100.25",
                          "3.141592653589793", "0.1", "1e-07", "6.02214076e+23", "1.5e+300", "1e999", "-1e999",
                          "1e-400"}) {
        QTest::newRow(n) << QByteArray(n);
    }
}

void TestJsonFormat::numbersKeptAsWritten()
{
    QFETCH(QByteArray, number);

    // An unknown member holding the number, in a document that is otherwise canonical.
    const QByteArray minimal = test::readFile(test::dataPath(u"roundtrip/minimal.expected.yttrande"_s));
    QVERIFY(minimal.endsWith("\"\"\n}\n"));
    QByteArray document = minimal.chopped(3);
    document += ",\n  \"x-number\": " + number + ",\n  \"x-list\": [\n    " + number + "\n  ]\n}\n";

    bool ok = false;
    const ReadStatement read = readOrFail(document, &ok);
    QVERIFY(ok);
    COMPARE_BYTES(JsonFormat::write(read.statement), document);
}

void TestJsonFormat::stringsWrittenCanonically_data()
{
    QTest::addColumn<QByteArray>("written");  // the JSON string as it stands in a file
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("canonical"); // as Yttra writes it back

    QTest::newRow("plain") << QByteArray(R"("Kommunstyrelsen")") << u"Kommunstyrelsen"_s
                           << QByteArray(R"("Kommunstyrelsen")");
    QTest::newRow("non-ASCII as UTF-8") << QByteArray(R"("Malmö – 🌱")") << u"Malmö – 🌱"_s
                                        << QByteArray(R"("Malmö – 🌱")");
    QTest::newRow("non-ASCII escaped") << QByteArray(R"("Malm\u00f6 \u2013 \ud83c\udf31")") << u"Malmö – 🌱"_s
                                       << QByteArray(R"("Malmö – 🌱")");
    QTest::newRow("upper-case hex") << QByteArray(R"("\u00C5\u00E4")") << u"Åä"_s << QByteArray(R"("Åä")");
    QTest::newRow("solidus") << QByteArray(R"("a\/b")") << u"a/b"_s << QByteArray(R"("a/b")");
    QTest::newRow("quote and backslash") << QByteArray(R"("\"x\" \\ y")") << u"\"x\" \\ y"_s
                                         << QByteArray(R"("\"x\" \\ y")");
    QTest::newRow("short escapes") << QByteArray(R"("\n\t\r\b\f")") << u"\n\t\r\b\f"_s
                                   << QByteArray(R"("\n\t\r\b\f")");
    QTest::newRow("escaped newline as \\u") << QByteArray(R"("a\u000Ab")") << u"a\nb"_s
                                            << QByteArray(R"("a\nb")");
    QTest::newRow("other control characters") << QByteArray(R"("\u0001\u001F")") << u"\x01\x1f"_s
                                              << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("delete is not escaped") << QByteArray("\"\x7f\"") << u"\x7f"_s << QByteArray("\"\x7f\"");
    QTest::newRow("line separator") << QByteArray(R"("\u2028")") << u"\u2028"_s << QByteArray("\"\u2028\"");
}

void TestJsonFormat::stringsWrittenCanonically()
{
    QFETCH(QByteArray, written);
    QFETCH(QString, value);
    QFETCH(QByteArray, canonical);

    const auto parsed = JsonText::parse(QByteArray("[" + written + "]"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().toArray().at(0).toString(), value);
    COMPARE_BYTES(JsonText::serialize(parsed.value()), QByteArray("[\n  " + canonical + "\n]\n"));

    // The same through a known member of a statement.
    Statement s;
    s.board = value;
    const QByteArray file = JsonFormat::write(s);
    QVERIFY(file.contains(QByteArray("\n  \"board\": " + canonical + ",\n")));
    bool ok = false;
    QCOMPARE(readOrFail(file, &ok).statement.board, value);
    QVERIFY(ok);
}

void TestJsonFormat::modelRoundTrip()
{
    // A statement built in code, with values the example does not have.
    Statement s = Example::statement();
    s.kind = StatementKind::FollowUp;
    s.language = u"en"_s;
    s.period = {u"2026-05-06"_s, u"2027-04-30"_s, {}};
    s.items[0].response.notOurs = u"Flyttad till \"nämnden\".\n\tSe bilaga."_s;
    s.items[0].extra.insert(u"x"_s, QCborArray{1, 2.5, u"tre"_s, true, nullptr});
    s.measures[0].status = MeasureStatus::Cancelled;
    s.measures[0].deadline = Deadline::tertial(2027, 2);
    Review review;
    review.state = ReviewState::Decided;
    Comment comment;
    comment.id = u"c-1"_s;
    comment.target = u"/items/0/text"_s;
    comment.text = u"✓"_s;
    comment.created = u"2026-05-01T12:00:00+02:00"_s;
    comment.replies.append({u"Åsa"_s, u"2026-05-02T08:15:00Z"_s, u"Ok."_s, {}});
    review.comments.append(comment);
    review.history.append({u"2026-05-01T12:00:00+02:00"_s, u"Åsa"_s, u"stateChanged"_s, u"x"_s, {}});
    s.review = review;

    const QByteArray bytes = JsonFormat::write(s);
    bool ok = false;
    const ReadStatement read = readOrFail(bytes, &ok);
    QVERIFY(ok);
    QVERIFY(read.statement == s);
    COMPARE_BYTES(JsonFormat::write(read.statement), bytes);
}

void TestJsonFormat::emptyTimestampsAreLeftOut()
{
    // Time stamps are optional but "" is not one: a comment, reply or history entry without
    // one must not be written in a form the reader then refuses.
    Statement s;
    s.board = u"Nämnden"_s;
    Review review;
    Comment comment;
    comment.id = u"c1"_s;
    comment.target = u"/board"_s;
    comment.text = u"Utan tid."_s;
    comment.replies.append({u"Bo"_s, QString(), u"Svar utan tid."_s, {}});
    review.comments.append(comment);
    review.history.append({QString(), u"Bo"_s, u"stateChanged"_s, QString(), {}});
    s.review = review;

    const QByteArray bytes = JsonFormat::write(s);
    QVERIFY2(!bytes.contains("\"created\"") && !bytes.contains("\"at\""), bytes.constData());
    bool ok = false;
    const ReadStatement read = readOrFail(bytes, &ok);
    QVERIFY(ok);
    QVERIFY(read.statement == s);
}

namespace {

Statement withLogo(const Logo &logo)
{
    Statement s;
    s.board = u"Nämnden"_s;
    s.address = u"Rådhuset"_s;
    s.logo = logo;
    return s;
}

// The document's top-level member names in written order.
QStringList topLevelKeys(const QByteArray &bytes)
{
    QStringList keys;
    const QCborMap map = JsonText::parse(bytes).value().toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        keys.append(it.key().toString());
    return keys;
}

} // namespace

void TestJsonFormat::logoRoundTrips()
{
    const Logo svg{u"image/svg+xml"_s, test::readFile(test::dataPath(u"logo/board.svg"_s)), u"Nämndens logotyp"_s};
    const Logo decorative{u"image/png"_s, test::readFile(test::dataPath(u"logo/board.png"_s)), QString()};
    for (const Logo &logo : {svg, decorative}) {
        const QByteArray bytes = JsonFormat::write(withLogo(logo));
        const QStringList keys = topLevelKeys(bytes);
        QCOMPARE(keys.indexOf(u"logo"_s), keys.indexOf(u"address"_s) + 1);
        bool ok = false;
        const ReadStatement read = readOrFail(bytes, &ok);
        QVERIFY(ok);
        QVERIFY(read.warnings.isEmpty());
        QCOMPARE(read.statement.logo, logo);
        COMPARE_BYTES(JsonFormat::write(read.statement), bytes);
    }
}

void TestJsonFormat::noLogoNoMember()
{
    const QByteArray bytes = JsonFormat::write(withLogo({}));
    QVERIFY(!topLevelKeys(bytes).contains(u"logo"_s));
    // A description alone is no logo.
    QVERIFY(!topLevelKeys(JsonFormat::write(withLogo({u"image/png"_s, {}, u"Logotyp"_s}))).contains(u"logo"_s));
}

void TestJsonFormat::malformedLogoKeepsStatement_data()
{
    QTest::addColumn<QByteArray>("logo");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("words");

    QTest::newRow("not an object") << QByteArray(R"("logo.png")") << u"/logo"_s << u"expected an object"_s;
    QTest::newRow("bad base64") << QByteArray(R"({"mediaType": "image/png", "data": "iVBOR%%%"})") << u"/logo/data"_s
                                << u"base64"_s;
    QTest::newRow("unknown media type") << QByteArray(R"({"mediaType": "image/gif", "data": "R0lGODlh"})")
                                        << u"/logo/mediaType"_s << u"image/gif"_s;
    QTest::newRow("no data") << QByteArray(R"({"mediaType": "image/png"})") << u"/logo"_s << u"\"data\""_s;
    QTest::newRow("empty data") << QByteArray(R"({"mediaType": "image/png", "data": ""})") << u"/logo/data"_s
                                << u"empty"_s;
    QTest::newRow("description a number") << QByteArray(R"({"mediaType": "image/png", "data": "iVBORw==", "description": 7})")
                                          << u"/logo/description"_s << u"string"_s;
}

void TestJsonFormat::malformedLogoKeepsStatement()
{
    // The logo is decoration: a broken one must not lock the user out of the statement.
    QFETCH(QByteArray, logo);
    QFETCH(QString, location);
    QFETCH(QString, words);
    const QByteArray file = R"({"format": "yttra-statement", "formatVersion": 1, "kind": "first", "board": "Nämnden",
        "address": "Rådhuset", "logo": )" + logo + R"(, "items": [], "measures": [], "x-later": 1})";

    bool ok = false;
    const ReadStatement read = readOrFail(file, &ok);
    QVERIFY(ok);
    QCOMPARE(read.statement.board, u"Nämnden"_s);
    QVERIFY(read.statement.logo.isEmpty());
    QCOMPARE(read.warnings.size(), 1);
    QCOMPARE(read.warnings.at(0).location, location);
    QVERIFY2(read.warnings.at(0).message.contains(words), qPrintable(read.warnings.at(0).message));
    QVERIFY2(read.warnings.at(0).message.contains(u"logo"_s), qPrintable(read.warnings.at(0).message));

    // Saved back as it stood and where it stood; nothing the user had is lost.
    const QByteArray written = JsonFormat::write(read.statement);
    const QStringList keys = topLevelKeys(written);
    QCOMPARE(keys.indexOf(u"logo"_s), keys.indexOf(u"address"_s) + 1);
    QCOMPARE(keys.last(), u"x-later"_s);
    QCOMPARE(JsonText::parse(written).value().toMap().value(u"logo"_s), JsonText::parse(logo).value());

    // A logo chosen afterwards takes its place.
    Statement replaced = read.statement;
    replaced.logo = {u"image/png"_s, test::readFile(test::dataPath(u"logo/board.png"_s)), u"Ny"_s};
    const ReadStatement again = readOrFail(JsonFormat::write(replaced), &ok);
    QVERIFY(ok);
    QVERIFY(again.warnings.isEmpty());
    QCOMPARE(again.statement.logo, replaced.logo);
}

void TestJsonFormat::logoKeepsUnknownMembersWhileUnchanged()
{
    const QByteArray png = test::readFile(test::dataPath(u"logo/board.png"_s));
    const QByteArray file = R"({"format": "yttra-statement", "formatVersion": 1, "kind": "first", "board": "Nämnden",
        "logo": {"mediaType": "image/png", "data": ")" + png.toBase64() + R"(", "description": "L", "x-width": "30mm"},
        "items": [], "measures": []})";
    bool ok = false;
    const ReadStatement read = readOrFail(file, &ok);
    QVERIFY(ok);
    QCOMPARE(read.statement.logo.data, png);
    const auto logoMember = [](const Statement &s) {
        return JsonText::parse(JsonFormat::write(s)).value().toMap().value(u"logo"_s);
    };
    QCOMPARE(logoMember(read.statement).toMap().value(u"x-width"_s).toString(), u"30mm"_s);

    // What a newer version said about the old logo does not stick to a new one...
    Statement changed = read.statement;
    changed.logo.description = u"Annan"_s;
    QVERIFY(!logoMember(changed).toMap().contains(u"x-width"_s));
    QCOMPARE(logoMember(changed).toMap().value(u"description"_s).toString(), u"Annan"_s);
    // ...and a removed logo does not come back.
    Statement removed = read.statement;
    removed.logo = {};
    QVERIFY(logoMember(removed).isUndefined());
}

void TestJsonFormat::malformedManifestMatchesFolder()
{
    // Every file in the folder is checked, and every case has its file: a case cannot be
    // dropped or added silently.
    QStringList listed;
    for (const QStringList &row : malformedCases())
        listed.append(row.value(0));
    QVERIFY(listed.size() > 100);
    QStringList files = QDir(malformedPath(QString())).entryList({u"*.yttrande"_s}, QDir::Files);
    listed.sort();
    files.sort();
    QCOMPARE(listed, files);
}

void TestJsonFormat::malformedBaseIsValid()
{
    // The cases named after a part of the format are this file with one change, so each
    // fails for that change and not for something else.
    bool ok = false;
    const ReadStatement read = readOrFail(test::readFile(malformedPath(u"base.json"_s)), &ok);
    QVERIFY(ok);
    QCOMPARE(read.statement.items.size(), 2);
    QCOMPARE(read.statement.measures.size(), 2);
}

void TestJsonFormat::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("words");

    const QList<QStringList> cases = malformedCases();
    QVERIFY(!cases.isEmpty());
    for (const QStringList &row : cases) {
        QVERIFY2(row.size() == 3, qPrintable(row.join(u" | "_s)));
        QStringList words = row.at(2).split(u'|');
        for (QString &word : words)
            word.replace(u"\\n"_s, u"\n"_s);
        QTest::newRow(qPrintable(row.at(0))) << row.at(0) << row.at(1) << words;
    }
}

void TestJsonFormat::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, location);
    QFETCH(QStringList, words);

    const QByteArray bytes = test::readFile(malformedPath(file));
    QVERIFY(!bytes.isEmpty());
    const auto read = JsonFormat::read(bytes);
    QVERIFY2(!read.ok(), "the malformed file was accepted");

    const FormatError &error = read.error();
    QCOMPARE(error.location, location);
    for (const QString &word : words)
        QVERIFY2(error.message.contains(word), qPrintable(u"\"%1\" lacks \"%2\""_s.arg(error.message, word)));
}

void TestJsonFormat::nestingLimit_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("errorColumn"); // 0: accepted

    auto nested = [](int levels, const QByteArray &inner) {
        return QByteArray(QByteArray(levels, '[') + inner + QByteArray(levels, ']'));
    };
    QTest::newRow("256 arrays") << nested(256, {}) << 0;
    QTest::newRow("256 arrays around a number") << nested(256, "1") << 0;
    QTest::newRow("256 arrays around an empty object") << nested(255, "{}") << 0;
    QTest::newRow("257 arrays") << nested(257, {}) << 257;
    QTest::newRow("257 arrays around a number") << nested(257, "1") << 257;
    QTest::newRow("256 arrays around an object") << nested(256, "{}") << 257;
    QTest::newRow("far deeper") << nested(100000, {}) << 257;

    QByteArray objects;
    for (int i = 0; i < 256; ++i)
        objects += "{\"a\":";
    objects += QByteArray("0" + QByteArray(256, '}'));
    QTest::newRow("256 objects") << objects << 0;
    QTest::newRow("257 objects") << QByteArray("{\"b\":" + objects + "}") << 6 + 5 * 255;
}

void TestJsonFormat::nestingLimit()
{
    QFETCH(QByteArray, json);
    QFETCH(int, errorColumn);

    const auto parsed = JsonText::parse(json);
    if (errorColumn == 0) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        return;
    }
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().line, 1);
    QCOMPARE(parsed.error().column, errorColumn);
    QVERIFY2(parsed.error().message.contains(u"deeper than 256"_s), qPrintable(parsed.error().message));
}

void TestJsonFormat::wideObjectInLinearTime()
{
    // One object with 400 000 members (5 MB, well under the 50 MB limit). Building the map
    // member by member took time quadratic in their number: minutes for this file, hours for
    // a 50 MB one. The bound is many times what a linear parser needs in a debug build.
    constexpr int members = 400000;
    QByteArray json = "{\"x-wide\": {";
    for (int i = 0; i < members; ++i)
        json += (i == 0 ? "\"k" : ",\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
    json += "}}";

    QElapsedTimer timer;
    timer.start();
    const auto parsed = JsonText::parse(json);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(parsed.ok());
    QVERIFY2(elapsed < 20000, qPrintable(u"%1 ms"_s.arg(elapsed)));

    const QCborMap wide = parsed.value().toMap().value(u"x-wide"_s).toMap();
    QCOMPARE(wide.size(), members);
    QCOMPARE(wide.constBegin().key().toString(), u"k0"_s);
    QCOMPARE((wide.constEnd() - 1).key().toString(), u"k%1"_s.arg(members - 1));
    QCOMPARE(wide.value(u"k123456"_s).toInteger(), 123456);

    // And the duplicate check still works at the far end.
    json.chop(2);
    json += ",\"k17\":0}}";
    const auto duplicate = JsonText::parse(json);
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().message.contains(u"\"k17\" appears twice"_s));
}

void TestJsonFormat::newerVersionIsReadOnly_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<int>("expected");

    QTest::newRow("2") << QByteArray("2") << 2;
    QTest::newRow("2.0") << QByteArray("2.0") << 2;
    QTest::newRow("17") << QByteArray("17") << 17;
    // Beyond int: must not wrap round to a version this reader would write over.
    QTest::newRow("2^32 + 1") << QByteArray("4294967297") << std::numeric_limits<int>::max();
}

void TestJsonFormat::newerVersionIsReadOnly()
{
    QFETCH(QByteArray, version);
    QFETCH(int, expected);

    QByteArray bytes = test::readFile(test::dataPath(u"roundtrip/full.yttrande"_s));
    QVERIFY(bytes.contains("\"formatVersion\": 1,\n"));
    bytes.replace(QByteArray("\"formatVersion\": 1,\n"), QByteArray("\"formatVersion\": " + version + ",\n"));

    const auto read = JsonFormat::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().location + u": "_s + read.error().message));
    QVERIFY(read.value().readOnly);
    QCOMPARE(read.value().formatVersion, expected);
    const QString &notice = read.value().notice;
    const QString versionText = version == "2.0" ? u"2"_s : QString::fromLatin1(version);
    QVERIFY2(notice.contains(u"format version %1;"_s.arg(versionText)), qPrintable(notice));
    QVERIFY2(notice.contains(u"newer"_s) && notice.contains(u"read-only"_s), qPrintable(notice));
    // Everything else is read as usual.
    QCOMPARE(read.value().statement.items.size(), 3);
}

void TestJsonFormat::pointerEscapesTokens()
{
    QCOMPARE(JsonFormat::pointer({u"items"_s, u"0"_s, u"text"_s}), u"/items/0/text"_s);
    QCOMPARE(JsonFormat::pointer({u"a/b"_s, u"c~d"_s, u"~1"_s}), u"/a~1b/c~0d/~01"_s);
    QCOMPARE(JsonFormat::pointer({}), QString());
}

void TestJsonFormat::lineAndColumnCountsCharacters_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("ASCII") << QByteArray("abc") << 2 << 1 << 3;
    QTest::newRow("after a line break") << QByteArray("ab\ncd") << 4 << 2 << 2;
    QTest::newRow("two-byte characters") << QByteArray("åäx") << 4 << 1 << 3;
    QTest::newRow("three-byte character") << QByteArray("–x") << 3 << 1 << 2;
    QTest::newRow("four-byte character") << QByteArray("🌱x") << 4 << 1 << 2;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFx") << 3 << 1 << 1;
    QTest::newRow("byte order mark, later") << QByteArray("\xEF\xBB\xBF{x}") << 4 << 1 << 2;
    QTest::newRow("past the end") << QByteArray("ab\n") << 10 << 2 << 1;
}

void TestJsonFormat::lineAndColumnCountsCharacters()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto [l, c] = JsonText::lineAndColumn(text, offset);
    QCOMPARE(l, line);
    QCOMPARE(c, column);
}

} // namespace yttra

QTEST_APPLESS_MAIN(yttra::TestJsonFormat)

#include "tst_jsonformat.moc"
