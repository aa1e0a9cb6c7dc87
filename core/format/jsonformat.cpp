// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/jsonformat.h"

#include "format/jsontext.h"
#include "model/statementlimits.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>
#include <limits>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// Thrown inside the reader only, and caught in JsonFormat::read: the first error ends the read.
struct ReadFailure
{
    FormatError error;
};

QString escapeToken(QString token)
{
    return token.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

QString typeName(const QCborValue &v)
{
    if (v.isString())
        return JsonFormat::tr("a string");
    if (v.isInteger() || v.isDouble())
        return JsonFormat::tr("a number");
    if (v.isBool())
        return JsonFormat::tr("true or false");
    if (v.isNull())
        return JsonFormat::tr("null");
    if (v.isArray())
        return JsonFormat::tr("an array");
    if (v.isMap())
        return JsonFormat::tr("an object");
    if (v.isTag())
        return JsonFormat::tr("a number"); // JsonText tags only numbers it keeps as text
    return JsonFormat::tr("an unknown value");
}

[[noreturn]] void fail(const QString &pointer, const QString &message)
{
    throw ReadFailure{{pointer, message}};
}

// The schema's pattern, and a date and time of day that exist (a second of 60 is a leap second).
bool isValidTimestamp(const QString &s)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        u"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.[0-9]+)?)?(?:Z|[+-]([0-9]{2}):([0-9]{2}))"_s));
    const QRegularExpressionMatch m = pattern.match(s);
    if (!m.hasMatch() || !Statement::isValidDate(m.captured(1)))
        return false;
    const auto number = [&m](int group) { return m.captured(group).toInt(); }; // "" gives 0
    return number(2) <= 23 && number(3) <= 59 && number(4) <= 60 && number(5) <= 23 && number(6) <= 59;
}

/// Reads the members of one JSON object, each at most once, and hands back the ones it was
/// not asked for, in file order, so they can be written back.
class ObjectReader
{
public:
    ObjectReader(const QCborValue &value, QString pointer) : m_pointer(std::move(pointer))
    {
        if (!value.isMap())
            fail(m_pointer, JsonFormat::tr("expected an object but found %1").arg(typeName(value)));
        m_map = value.toMap();
    }

    QString pointerOf(const QString &key) const { return m_pointer + u'/' + escapeToken(key); }
    bool has(const QString &key) const { return m_map.contains(key); }

    QCborValue take(const QString &key, bool required)
    {
        if (!m_map.contains(key)) {
            if (required)
                fail(m_pointer, JsonFormat::tr("the required member \"%1\" is missing").arg(key));
            return QCborValue(QCborValue::Undefined);
        }
        return m_map.take(key);
    }

    /// A text member; one longer than StatementLimits allows is refused, unless `anyLength`.
    QString string(const QString &key, bool required = false, bool anyLength = false)
    {
        const QCborValue v = take(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(pointerOf(key), JsonFormat::tr("expected a string but found %1").arg(typeName(v)));
        QString s = v.toString();
        if (const QString refusal = StatementLimits::textRefusal(s.size()); !anyLength && !refusal.isEmpty())
            fail(pointerOf(key), refusal);
        return s;
    }

    QString nonEmptyString(const QString &key)
    {
        const QString s = string(key, true);
        if (s.isEmpty())
            fail(pointerOf(key), JsonFormat::tr("must not be empty"));
        return s;
    }

    QString id(const QString &key)
    {
        const QString s = string(key, true);
        if (!Statement::isValidId(s))
            fail(pointerOf(key), JsonFormat::tr("\"%1\" is not a valid id: use letters A-Z, digits, \"-\" and \"_\"").arg(s));
        return s;
    }

    QString date(const QString &key)
    {
        const QString s = string(key);
        if (!s.isEmpty() && !Statement::isValidDate(s))
            fail(pointerOf(key), JsonFormat::tr("\"%1\" is not a date: use YYYY-MM-DD, or leave it empty").arg(s));
        return s;
    }

    QString timestamp(const QString &key)
    {
        const bool present = has(key);
        const QString s = string(key);
        if (present && !isValidTimestamp(s))
            fail(pointerOf(key), JsonFormat::tr("\"%1\" is not a time stamp: use YYYY-MM-DDThh:mm:ss+hh:mm").arg(s));
        return s;
    }

    Deadline deadline(const QString &key)
    {
        const QString s = string(key);
        auto parsed = Deadline::parse(s);
        if (!parsed)
            fail(pointerOf(key), parsed.error());
        return parsed.value();
    }

    bool boolean(const QString &key)
    {
        const QCborValue v = take(key, false);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(pointerOf(key), JsonFormat::tr("expected true or false but found %1").arg(typeName(v)));
        return v.toBool();
    }

    template <typename Enum, std::size_t N>
    Enum enumeration(const QString &key, const EnumNameTable<Enum, N> &table, bool required, Enum fallback)
    {
        const QCborValue v = take(key, required);
        if (v.isUndefined())
            return fallback;
        if (!v.isString())
            fail(pointerOf(key), JsonFormat::tr("expected a string but found %1").arg(typeName(v)));
        const auto e = enumFromName(table, v.toString());
        if (!e) {
            fail(pointerOf(key), JsonFormat::tr("unknown value \"%1\"; expected one of: %2")
                                     .arg(v.toString(), enumNames(table).join(u", "_s)));
        }
        return *e;
    }

    QCborArray array(const QString &key, bool required = false)
    {
        const QCborValue v = take(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(pointerOf(key), JsonFormat::tr("expected an array but found %1").arg(typeName(v)));
        return v.toArray();
    }

    QStringList stringList(const QString &key)
    {
        const QCborArray a = array(key);
        QStringList list;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(pointerOf(key) + u'/' + QString::number(i),
                     JsonFormat::tr("expected a string but found %1").arg(typeName(a.at(i))));
            list.append(a.at(i).toString());
        }
        return list;
    }

    /// The members nobody asked for.
    QCborMap rest() const { return m_map; }

private:
    QCborMap m_map;
    QString m_pointer;
};

template <typename T, typename ReadOne>
QList<T> readList(const QCborArray &array, const QString &pointer, ReadOne readOne)
{
    QList<T> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        list.append(readOne(array.at(i), pointer + u'/' + QString::number(i)));
    return list;
}

Response readResponse(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    Response response;
    response.measures = r.string(u"measures"_s);
    response.expectedEffect = r.string(u"expectedEffect"_s);
    response.deadline = r.deadline(u"deadline"_s);
    response.actionsTaken = r.string(u"actionsTaken"_s);
    response.effectAchieved = r.string(u"effectAchieved"_s);
    response.notOurs = r.string(u"notOurs"_s);
    response.extra = r.rest();
    return response;
}

Item readItem(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    Item item;
    item.id = r.id(u"id"_s);
    item.kind = r.enumeration(u"kind"_s, itemKindNames, true, ItemKind::Recommendation);
    item.number = r.string(u"number"_s);
    item.label = r.string(u"label"_s);
    item.addressedTo = r.string(u"addressedTo"_s);
    item.section = r.string(u"section"_s);
    item.text = r.string(u"text"_s, true);
    if (r.has(u"response"_s))
        item.response = readResponse(r.take(u"response"_s, true), r.pointerOf(u"response"_s));
    item.extra = r.rest();
    return item;
}

Measure readMeasure(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    Measure measure;
    measure.id = r.id(u"id"_s);
    measure.title = r.nonEmptyString(u"title"_s);
    measure.description = r.string(u"description"_s);
    const QString itemsPointer = r.pointerOf(u"items"_s);
    measure.items = r.stringList(u"items"_s);
    for (qsizetype i = 0; i < measure.items.size(); ++i) {
        if (!Statement::isValidId(measure.items.at(i)))
            fail(itemsPointer + u'/' + QString::number(i),
                 JsonFormat::tr("\"%1\" is not a valid id: use letters A-Z, digits, \"-\" and \"_\"").arg(measure.items.at(i)));
    }
    measure.owner = r.string(u"owner"_s);
    measure.deadline = r.deadline(u"deadline"_s);
    measure.status = r.enumeration(u"status"_s, measureStatusNames, true, MeasureStatus::Planned);
    measure.caseReference = r.string(u"caseReference"_s);
    measure.comment = r.string(u"comment"_s);
    measure.extra = r.rest();
    return measure;
}

Signature readSignature(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    Signature s;
    s.role = r.string(u"role"_s);
    s.name = r.string(u"name"_s);
    s.title = r.string(u"title"_s);
    s.extra = r.rest();
    return s;
}

Reply readReply(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    Reply reply;
    reply.author = r.string(u"author"_s);
    reply.created = r.timestamp(u"created"_s);
    reply.text = r.string(u"text"_s);
    reply.extra = r.rest();
    return reply;
}

Comment readComment(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    Comment c;
    c.id = r.id(u"id"_s);
    c.target = r.string(u"target"_s, true);
    c.quote = r.string(u"quote"_s);
    c.author = r.string(u"author"_s);
    c.created = r.timestamp(u"created"_s);
    c.text = r.string(u"text"_s, true);
    c.resolved = r.boolean(u"resolved"_s);
    c.replies = readList<Reply>(r.array(u"replies"_s), r.pointerOf(u"replies"_s), readReply);
    c.extra = r.rest();
    return c;
}

HistoryEntry readHistoryEntry(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    HistoryEntry h;
    h.at = r.timestamp(u"at"_s);
    h.by = r.string(u"by"_s);
    h.event = r.string(u"event"_s);
    h.note = r.string(u"note"_s);
    h.extra = r.rest();
    return h;
}

Review readReview(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    Review review;
    review.state = r.enumeration(u"state"_s, reviewStateNames, false, ReviewState::Draft);
    review.comments = readList<Comment>(r.array(u"comments"_s), r.pointerOf(u"comments"_s), readComment);
    review.history = readList<HistoryEntry>(r.array(u"history"_s), r.pointerOf(u"history"_s), readHistoryEntry);
    review.extra = r.rest();
    return review;
}

Period readPeriod(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    Period p;
    p.from = r.date(u"from"_s);
    p.to = r.date(u"to"_s);
    p.extra = r.rest();
    return p;
}

Audit readAudit(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    Audit a;
    a.title = r.string(u"title"_s);
    a.reference = r.string(u"reference"_s);
    a.auditor = r.string(u"auditor"_s);
    a.reportDate = r.date(u"reportDate"_s);
    a.decisionDate = r.date(u"decisionDate"_s);
    a.addressees = r.stringList(u"addressees"_s);
    a.conclusion = r.string(u"conclusion"_s);
    a.extra = r.rest();
    return a;
}

const QString logoKey = u"logo"_s;
const QString pngType = u"image/png"_s;
const QString svgType = u"image/svg+xml"_s;

/// The logo and the members of its object this version does not know.
struct ReadLogo
{
    Logo logo;
    QCborMap unknown;
};

ReadLogo readLogo(const QCborValue &value, const QString &pointer)
{
    ObjectReader r(value, pointer);
    ReadLogo result;
    Logo &logo = result.logo;
    logo.mediaType = r.string(u"mediaType"_s, true);
    if (logo.mediaType != pngType && logo.mediaType != svgType)
        fail(r.pointerOf(u"mediaType"_s), JsonFormat::tr("unknown value \"%1\"; expected one of: %2")
                                             .arg(logo.mediaType, QStringList{pngType, svgType}.join(u", "_s)));
    const QString dataPointer = r.pointerOf(u"data"_s);
    // An image, not a text: the file's own size limit bounds it.
    auto decoded = QByteArray::fromBase64Encoding(r.string(u"data"_s, true, true).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        fail(dataPointer, JsonFormat::tr("the image is not valid base64"));
    if (decoded.decoded.isEmpty())
        fail(dataPointer, JsonFormat::tr("must not be empty"));
    logo.data = std::move(decoded.decoded);
    logo.description = r.string(u"description"_s);
    result.unknown = r.rest();
    return result;
}

/// The logo member's value as it stands, when a logo reads from it.
std::optional<ReadLogo> validLogo(const QCborValue &value)
{
    try {
        return readLogo(value, QString());
    } catch (const ReadFailure &) {
        return std::nullopt;
    }
}

// Ids must be unique within their list, and every link must point at an existing item.
void checkReferences(const Statement &s)
{
    QSet<QString> itemIds;
    for (qsizetype i = 0; i < s.items.size(); ++i) {
        const QString &id = s.items.at(i).id;
        if (itemIds.contains(id))
            fail(u"/items/%1/id"_s.arg(i), JsonFormat::tr("the id \"%1\" is used by an earlier item").arg(id));
        itemIds.insert(id);
    }
    QSet<QString> measureIds;
    for (qsizetype m = 0; m < s.measures.size(); ++m) {
        const Measure &measure = s.measures.at(m);
        if (measureIds.contains(measure.id))
            fail(u"/measures/%1/id"_s.arg(m), JsonFormat::tr("the id \"%1\" is used by an earlier measure").arg(measure.id));
        measureIds.insert(measure.id);
        QSet<QString> linked;
        for (qsizetype i = 0; i < measure.items.size(); ++i) {
            const QString &itemId = measure.items.at(i);
            const QString where = u"/measures/%1/items/%2"_s.arg(m).arg(i);
            if (!itemIds.contains(itemId))
                fail(where, JsonFormat::tr("links to the item \"%1\", which does not exist").arg(itemId));
            if (linked.contains(itemId))
                fail(where, JsonFormat::tr("links to the item \"%1\" twice").arg(itemId));
            linked.insert(itemId);
        }
    }
    if (s.review) {
        QSet<QString> commentIds;
        for (qsizetype c = 0; c < s.review->comments.size(); ++c) {
            const QString &id = s.review->comments.at(c).id;
            if (commentIds.contains(id))
                fail(u"/review/comments/%1/id"_s.arg(c), JsonFormat::tr("the id \"%1\" is used by an earlier comment").arg(id));
            commentIds.insert(id);
        }
    }
}

ReadStatement readStatement(const QCborValue &root)
{
    ObjectReader r(root, QString());
    ReadStatement result;
    Statement &s = result.statement;

    const QString format = r.string(u"format"_s, true);
    if (format != u"yttra-statement")
        fail(r.pointerOf(u"format"_s), JsonFormat::tr("\"%1\" is not a Yttra statement (expected \"yttra-statement\")").arg(format));
    const QCborValue version = r.take(u"formatVersion"_s, true);
    const double versionNumber = version.isInteger() ? static_cast<double>(version.toInteger()) : version.toDouble();
    const bool integral = version.isInteger() || (version.isDouble() && versionNumber == std::floor(versionNumber));
    if (!integral || versionNumber < 1)
        fail(r.pointerOf(u"formatVersion"_s), JsonFormat::tr("expected a whole number of at least 1"));
    // A version beyond int is still newer than ours: clamp it rather than let the cast wrap
    // it round to a small number (2^32 + 1 would have become 1 and the file writable).
    result.formatVersion = versionNumber >= double(std::numeric_limits<int>::max())
                               ? std::numeric_limits<int>::max()
                               : static_cast<int>(versionNumber);
    if (result.formatVersion > Statement::formatVersion) {
        const QString versionText = version.isInteger() ? QString::number(version.toInteger())
                                                        : QString::number(versionNumber, 'f', 0);
        result.readOnly = true;
        result.notice = JsonFormat::tr("This file was written by a newer version of Yttra (format version %1; this version knows %2). "
                                       "It is opened read-only so that nothing the newer version wrote is lost.")
                            .arg(versionText)
                            .arg(Statement::formatVersion);
    }

    s.kind = r.enumeration(u"kind"_s, statementKindNames, true, StatementKind::First);
    s.language = r.has(u"language"_s) ? r.string(u"language"_s) : u"sv"_s;
    s.board = r.nonEmptyString(u"board"_s);
    s.office = r.string(u"office"_s);
    s.recipient = r.string(u"recipient"_s);
    s.date = r.date(u"date"_s);
    s.caseNumber = r.string(u"caseNumber"_s);
    s.address = r.string(u"address"_s);
    // A logo that cannot be read must not cost the user the statement: the member is kept
    // as it stands, so saving writes it back, and the reader says what is wrong with it.
    // A logo with members this version does not know is kept whole for the same reason.
    QCborValue keptLogo(QCborValue::Undefined);
    if (r.has(logoKey)) {
        const QCborValue logo = r.take(logoKey, true);
        try {
            ReadLogo read = readLogo(logo, r.pointerOf(logoKey));
            s.logo = std::move(read.logo);
            if (!read.unknown.isEmpty())
                keptLogo = logo;
        } catch (const ReadFailure &failure) {
            keptLogo = logo;
            result.warnings.append({failure.error.location,
                                    JsonFormat::tr("the logo is left out: %1").arg(failure.error.message)});
        }
    }
    s.dueDate = r.date(u"dueDate"_s);
    s.submitTo = r.string(u"submitTo"_s);
    if (r.has(u"period"_s))
        s.period = readPeriod(r.take(u"period"_s, true), r.pointerOf(u"period"_s));
    if (r.has(u"audit"_s))
        s.audit = readAudit(r.take(u"audit"_s, true), r.pointerOf(u"audit"_s));
    s.summary = r.string(u"summary"_s);
    s.readingGuide = r.string(u"readingGuide"_s);
    const QCborArray items = r.array(u"items"_s, true);
    if (const QString refusal = StatementLimits::itemsRefusal(items.size()); !refusal.isEmpty())
        fail(u"/items"_s, refusal);
    s.items = readList<Item>(items, u"/items"_s, readItem);
    const QCborArray measures = r.array(u"measures"_s, true);
    if (const QString refusal = StatementLimits::measuresRefusal(measures.size()); !refusal.isEmpty())
        fail(u"/measures"_s, refusal);
    s.measures = readList<Measure>(measures, u"/measures"_s, readMeasure);
    s.signatures = readList<Signature>(r.array(u"signatures"_s), u"/signatures"_s, readSignature);
    s.reservations = r.string(u"reservations"_s);
    if (r.has(u"review"_s))
        s.review = readReview(r.take(u"review"_s, true), u"/review"_s);
    s.extra = r.rest();
    if (!keptLogo.isUndefined())
        s.extra.insert(logoKey, keptLogo);

    checkReferences(s);
    return result;
}

// Known members first, in documented order, then the kept unknown ones.
QCborMap withExtra(QCborMap map, const QCborMap &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (!map.contains(it.key()))
            map.insert(it.key(), it.value());
    }
    return map;
}

template <typename T, typename ToCbor>
QCborArray listToCbor(const QList<T> &list, ToCbor toCbor)
{
    QCborArray array;
    for (const T &element : list)
        array.append(toCbor(element));
    return array;
}

QCborMap responseToCbor(const Response &r)
{
    return withExtra({{u"measures"_s, r.measures},
                      {u"expectedEffect"_s, r.expectedEffect},
                      {u"deadline"_s, r.deadline.toString()},
                      {u"actionsTaken"_s, r.actionsTaken},
                      {u"effectAchieved"_s, r.effectAchieved},
                      {u"notOurs"_s, r.notOurs}},
                     r.extra);
}

QCborMap itemToCbor(const Item &i)
{
    return withExtra({{u"id"_s, i.id},
                      {u"kind"_s, enumName(itemKindNames, i.kind)},
                      {u"number"_s, i.number},
                      {u"label"_s, i.label},
                      {u"addressedTo"_s, i.addressedTo},
                      {u"section"_s, i.section},
                      {u"text"_s, i.text},
                      {u"response"_s, responseToCbor(i.response)}},
                     i.extra);
}

QCborMap measureToCbor(const Measure &m)
{
    return withExtra({{u"id"_s, m.id},
                      {u"title"_s, m.title},
                      {u"description"_s, m.description},
                      {u"items"_s, QCborArray::fromStringList(m.items)},
                      {u"owner"_s, m.owner},
                      {u"deadline"_s, m.deadline.toString()},
                      {u"status"_s, enumName(measureStatusNames, m.status)},
                      {u"caseReference"_s, m.caseReference},
                      {u"comment"_s, m.comment}},
                     m.extra);
}

QCborMap signatureToCbor(const Signature &s)
{
    return withExtra({{u"role"_s, s.role}, {u"name"_s, s.name}, {u"title"_s, s.title}}, s.extra);
}

// Time stamps are optional, and "" is not one: an empty one is left out rather than written
// as a value the reader (and the schema) would refuse the next time the file is opened.
void insertTimestamp(QCborMap &map, const QString &key, const QString &timestamp)
{
    if (!timestamp.isEmpty())
        map.insert(key, timestamp);
}

QCborMap replyToCbor(const Reply &r)
{
    QCborMap map{{u"author"_s, r.author}};
    insertTimestamp(map, u"created"_s, r.created);
    map.insert(u"text"_s, r.text);
    return withExtra(map, r.extra);
}

QCborMap commentToCbor(const Comment &c)
{
    QCborMap map{{u"id"_s, c.id}, {u"target"_s, c.target}, {u"quote"_s, c.quote}, {u"author"_s, c.author}};
    insertTimestamp(map, u"created"_s, c.created);
    map.insert(u"text"_s, c.text);
    map.insert(u"resolved"_s, c.resolved);
    map.insert(u"replies"_s, listToCbor(c.replies, replyToCbor));
    return withExtra(map, c.extra);
}

QCborMap historyEntryToCbor(const HistoryEntry &h)
{
    QCborMap map;
    insertTimestamp(map, u"at"_s, h.at);
    map.insert(u"by"_s, h.by);
    map.insert(u"event"_s, h.event);
    map.insert(u"note"_s, h.note);
    return withExtra(map, h.extra);
}

QCborMap reviewToCbor(const Review &r)
{
    return withExtra({{u"state"_s, enumName(reviewStateNames, r.state)},
                      {u"comments"_s, listToCbor(r.comments, commentToCbor)},
                      {u"history"_s, listToCbor(r.history, historyEntryToCbor)}},
                     r.extra);
}

// The logo the statement holds, with the unknown members it was read with as long as it is
// the same logo; or, when it holds none, a malformed logo member kept from the file.
QCborValue logoToCbor(const Statement &s)
{
    const QCborValue kept = s.extra.value(logoKey);
    const std::optional<ReadLogo> keptLogo = kept.isUndefined() ? std::nullopt : validLogo(kept);
    if (s.logo.isEmpty())
        return kept.isUndefined() || keptLogo ? QCborValue(QCborValue::Undefined) : kept;
    const QCborMap map{{u"mediaType"_s, s.logo.mediaType},
                       {u"data"_s, QString::fromLatin1(s.logo.data.toBase64())},
                       {u"description"_s, s.logo.description}};
    return keptLogo && keptLogo->logo == s.logo ? withExtra(map, keptLogo->unknown) : map;
}

} // namespace

QString JsonFormat::pointer(const QStringList &tokens)
{
    QString p;
    for (const QString &t : tokens)
        p += u'/' + escapeToken(t);
    return p;
}

Result<ReadStatement, FormatError> JsonFormat::read(const QByteArray &utf8)
{
    auto parsed = JsonText::parse(utf8);
    if (!parsed) {
        const JsonSyntaxError &e = parsed.error();
        return Result<ReadStatement, FormatError>::failure({u"%1:%2"_s.arg(e.line).arg(e.column), e.message});
    }
    try {
        return readStatement(parsed.value());
    } catch (const ReadFailure &failure) {
        return Result<ReadStatement, FormatError>::failure(failure.error);
    }
}

QCborMap JsonFormat::toCbor(const Statement &s)
{
    QCborMap map{{u"format"_s, u"yttra-statement"_s},
                 {u"formatVersion"_s, Statement::formatVersion},
                 {u"kind"_s, enumName(statementKindNames, s.kind)},
                 {u"language"_s, s.language},
                 {u"board"_s, s.board},
                 {u"office"_s, s.office},
                 {u"recipient"_s, s.recipient},
                 {u"date"_s, s.date},
                 {u"caseNumber"_s, s.caseNumber},
                 {u"address"_s, s.address}};
    if (const QCborValue logo = logoToCbor(s); !logo.isUndefined())
        map.insert(logoKey, logo);
    map.insert(u"dueDate"_s, s.dueDate);
    map.insert(u"submitTo"_s, s.submitTo);
    map.insert(u"period"_s, withExtra({{u"from"_s, s.period.from}, {u"to"_s, s.period.to}}, s.period.extra));
    map.insert(u"audit"_s, withExtra({{u"title"_s, s.audit.title},
                                      {u"reference"_s, s.audit.reference},
                                      {u"auditor"_s, s.audit.auditor},
                                      {u"reportDate"_s, s.audit.reportDate},
                                      {u"decisionDate"_s, s.audit.decisionDate},
                                      {u"addressees"_s, QCborArray::fromStringList(s.audit.addressees)},
                                      {u"conclusion"_s, s.audit.conclusion}},
                                     s.audit.extra));
    map.insert(u"summary"_s, s.summary);
    map.insert(u"readingGuide"_s, s.readingGuide);
    map.insert(u"items"_s, listToCbor(s.items, itemToCbor));
    map.insert(u"measures"_s, listToCbor(s.measures, measureToCbor));
    map.insert(u"signatures"_s, listToCbor(s.signatures, signatureToCbor));
    map.insert(u"reservations"_s, s.reservations);
    if (s.review)
        map.insert(u"review"_s, reviewToCbor(*s.review));
    // The logo member kept in extra has had its say, in its place, above.
    QCborMap extra = s.extra;
    extra.remove(logoKey);
    return withExtra(map, extra);
}

QByteArray JsonFormat::write(const Statement &statement)
{
    return JsonText::serialize(toCbor(statement));
}

} // namespace yttra
