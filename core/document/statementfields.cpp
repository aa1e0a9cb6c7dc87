// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/statementfields.h"

#include <QDate>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

/// One editable field reached from a pointer: how to read it, how to check a value without
/// writing it, and how to write a value that check() returned (which cannot fail), so that
/// an edit is checked first and written once.
struct FieldAccess
{
    std::function<QVariant()> get;
    /// The value as the field would hold it (read back by get()), or why it does not fit.
    std::function<Result<QVariant>(const QVariant &)> check;
    std::function<void(const QVariant &)> put;
};

FieldAccess plain(QString &field)
{
    return {[&field] { return QVariant(field); },
            [](const QVariant &v) { return Result<QVariant>(QVariant(v.toString())); },
            [&field](const QVariant &v) { field = v.toString(); }};
}

FieldAccess date(QString &field)
{
    return {[&field] { return QVariant(field); },
            [](const QVariant &v) -> Result<QVariant> {
                const QString s = v.toString();
                if (!s.isEmpty() && !Statement::isValidDate(s))
                    return Result<QVariant>::failure(StatementFields::tr("\"%1\" is not a date: use YYYY-MM-DD, or leave it empty").arg(s));
                return QVariant(s);
            },
            [&field](const QVariant &v) { field = v.toString(); }};
}

FieldAccess deadline(Deadline &field)
{
    return {[&field] { return QVariant(field.toString()); },
            [](const QVariant &v) -> Result<QVariant> {
                auto parsed = Deadline::parse(v.toString());
                if (!parsed)
                    return Result<QVariant>::failure(parsed.error());
                return QVariant(parsed.value().toString());
            },
            // A deadline's own text parses back to the same deadline (undo relies on it too).
            [&field](const QVariant &v) { field = Deadline::parse(v.toString()).value(); }};
}

// The logo changes as a whole (chosen or removed): a bad image is refused before it gets
// here (LogoImage::load), so only the kind of value is checked.
FieldAccess logo(Logo &field)
{
    return {[&field] { return QVariant::fromValue(field); },
            [](const QVariant &v) -> Result<QVariant> {
                if (v.isValid() && v.metaType() != QMetaType::fromType<Logo>())
                    return Result<QVariant>::failure(StatementFields::tr("a logo is set as an image, not as text"));
                return QVariant::fromValue(v.value<Logo>());
            },
            [&field](const QVariant &v) { field = v.value<Logo>(); }};
}

FieldAccess stringList(QStringList &field)
{
    return {[&field] { return QVariant(field); },
            [](const QVariant &v) { return Result<QVariant>(QVariant(v.toStringList())); },
            [&field](const QVariant &v) { field = v.toStringList(); }};
}

template <typename Enum, std::size_t N>
Result<Enum> enumValue(const QVariant &v, const EnumNameTable<Enum, N> &table)
{
    if (const auto e = enumFromName(table, v.toString()))
        return *e;
    return Result<Enum>::failure(
        StatementFields::tr("unknown value \"%1\"; expected one of: %2").arg(v.toString(), enumNames(table).join(u", "_s)));
}

template <typename Enum, std::size_t N>
std::function<Result<QVariant>(const QVariant &)> enumCheck(const EnumNameTable<Enum, N> &table)
{
    return [&table](const QVariant &v) -> Result<QVariant> {
        const auto e = enumValue(v, table);
        if (!e)
            return Result<QVariant>::failure(e.error());
        return QVariant(enumName(table, e.value()));
    };
}

template <typename Enum, std::size_t N>
FieldAccess enumeration(Enum &field, const EnumNameTable<Enum, N> &table)
{
    return {[&field, &table] { return QVariant(enumName(table, field)); }, enumCheck(table),
            [&field, &table](const QVariant &v) { field = enumValue(v, table).value(); }};
}

std::optional<qsizetype> index(QStringView token, qsizetype size)
{
    bool ok = false;
    const qsizetype i = token.toLongLong(&ok);
    // RFC 6901: no leading zeros, no signs.
    if (!ok || i < 0 || i >= size || (token.size() > 1 && token.startsWith(u'0')) || token.startsWith(u'+'))
        return std::nullopt;
    return i;
}

std::optional<FieldAccess> responseField(Response &r, QStringView name)
{
    if (name == u"measures") return plain(r.measures);
    if (name == u"expectedEffect") return plain(r.expectedEffect);
    if (name == u"deadline") return deadline(r.deadline);
    if (name == u"actionsTaken") return plain(r.actionsTaken);
    if (name == u"effectAchieved") return plain(r.effectAchieved);
    if (name == u"notOurs") return plain(r.notOurs);
    return std::nullopt;
}

std::optional<FieldAccess> itemField(Item &item, const QList<QStringView> &rest)
{
    if (rest.size() == 2 && rest.at(0) == u"response")
        return responseField(item.response, rest.at(1));
    if (rest.size() != 1)
        return std::nullopt;
    const QStringView name = rest.at(0);
    if (name == u"kind") return enumeration(item.kind, itemKindNames);
    if (name == u"number") return plain(item.number);
    if (name == u"label") return plain(item.label);
    if (name == u"addressedTo") return plain(item.addressedTo);
    if (name == u"section") return plain(item.section);
    if (name == u"text") return plain(item.text);
    return std::nullopt;
}

std::optional<FieldAccess> measureField(Measure &m, QStringView name)
{
    if (name == u"title") return plain(m.title);
    if (name == u"description") return plain(m.description);
    if (name == u"owner") return plain(m.owner);
    if (name == u"deadline") return deadline(m.deadline);
    if (name == u"status") return enumeration(m.status, measureStatusNames);
    if (name == u"caseReference") return plain(m.caseReference);
    if (name == u"comment") return plain(m.comment);
    return std::nullopt;
}

std::optional<FieldAccess> signatureField(Signature &s, QStringView name)
{
    if (name == u"role") return plain(s.role);
    if (name == u"name") return plain(s.name);
    if (name == u"title") return plain(s.title);
    return std::nullopt;
}

std::optional<FieldAccess> auditField(Audit &a, QStringView name)
{
    if (name == u"title") return plain(a.title);
    if (name == u"reference") return plain(a.reference);
    if (name == u"auditor") return plain(a.auditor);
    if (name == u"reportDate") return date(a.reportDate);
    if (name == u"decisionDate") return date(a.decisionDate);
    if (name == u"addressees") return stringList(a.addressees);
    if (name == u"conclusion") return plain(a.conclusion);
    return std::nullopt;
}

std::optional<FieldAccess> topLevelField(Statement &s, QStringView name)
{
    if (name == u"kind") return enumeration(s.kind, statementKindNames);
    if (name == u"language") return plain(s.language);
    if (name == u"board") return plain(s.board);
    if (name == u"office") return plain(s.office);
    if (name == u"recipient") return plain(s.recipient);
    if (name == u"date") return date(s.date);
    if (name == u"caseNumber") return plain(s.caseNumber);
    if (name == u"address") return plain(s.address);
    if (name == u"logo") return logo(s.logo);
    if (name == u"dueDate") return date(s.dueDate);
    if (name == u"submitTo") return plain(s.submitTo);
    if (name == u"summary") return plain(s.summary);
    if (name == u"readingGuide") return plain(s.readingGuide);
    if (name == u"reservations") return plain(s.reservations);
    return std::nullopt;
}

enum class Use { Read, Write };

// Reading must not detach a list the statement shares with its copies (undo snapshots, a
// view's copy, another thread's): on a read only get() runs, so the const_cast writes nothing.
template <typename T>
T &element(QList<T> &list, qsizetype i, Use use)
{
    return use == Use::Write ? list[i] : const_cast<T &>(std::as_const(list)[i]);
}

// The pointers of editable fields contain no "~" escapes: every member name is plain.
std::optional<FieldAccess> resolve(Statement &s, QStringView pointer, Use use)
{
    if (!pointer.startsWith(u'/'))
        return std::nullopt;
    const QList<QStringView> tokens = pointer.mid(1).split(u'/');
    const QStringView head = tokens.first();
    const QList<QStringView> rest = tokens.mid(1);

    if (tokens.size() == 1)
        return topLevelField(s, head);
    if (head == u"period" && rest.size() == 1) {
        if (rest.at(0) == u"from") return date(s.period.from);
        if (rest.at(0) == u"to") return date(s.period.to);
        return std::nullopt;
    }
    if (head == u"audit" && rest.size() == 1)
        return auditField(s.audit, rest.at(0));
    // The alt text belongs to an image: without a logo there is nothing to describe.
    if (head == u"logo" && rest.size() == 1 && rest.at(0) == u"description" && !s.logo.isEmpty())
        return plain(s.logo.description);
    if (head == u"review" && rest.size() == 1 && rest.at(0) == u"state") {
        if (s.review)
            return enumeration(s.review->state, reviewStateNames);
        // A statement without a review reads as a draft, and only a valid state starts one:
        // a rejected value must leave no empty review behind.
        return FieldAccess{[] { return QVariant(enumName(reviewStateNames, ReviewState::Draft)); },
                           enumCheck(reviewStateNames), [&s](const QVariant &v) {
                               s.review = Review();
                               s.review->state = enumValue(v, reviewStateNames).value();
                           }};
    }
    if (rest.size() < 2)
        return std::nullopt;
    if (head == u"items") {
        if (const auto i = index(rest.at(0), s.items.size()))
            return itemField(element(s.items, *i, use), rest.mid(1));
    } else if (head == u"measures" && rest.size() == 2) {
        if (const auto i = index(rest.at(0), s.measures.size()))
            return measureField(element(s.measures, *i, use), rest.at(1));
    } else if (head == u"signatures" && rest.size() == 2) {
        if (const auto i = index(rest.at(0), s.signatures.size()))
            return signatureField(element(s.signatures, *i, use), rest.at(1));
    }
    return std::nullopt;
}

} // namespace

std::optional<QVariant> StatementFields::value(const Statement &statement, QStringView pointer)
{
    // resolve() serves reading and writing alike; for reading it neither detaches nor
    // writes, so the const_cast changes nothing.
    const auto access = resolve(const_cast<Statement &>(statement), pointer, Use::Read);
    if (!access)
        return std::nullopt;
    return access->get();
}

Result<QVariant> StatementFields::check(const Statement &statement, QStringView pointer, const QVariant &value)
{
    // As in value(): resolving for a read writes nothing, and check() writes nothing either.
    const auto access = resolve(const_cast<Statement &>(statement), pointer, Use::Read);
    if (!access)
        return Result<QVariant>::failure(tr("%1 is not an editable field").arg(pointer));
    return access->check(value);
}

Result<void> StatementFields::setValue(Statement &statement, QStringView pointer, const QVariant &value)
{
    const auto access = resolve(statement, pointer, Use::Write);
    if (!access)
        return Result<void>::failure(tr("%1 is not an editable field").arg(pointer));
    const auto checked = access->check(value);
    if (!checked)
        return Result<void>::failure(checked.error());
    access->put(checked.value());
    return {};
}

QString StatementFields::fieldName(QStringView pointer)
{
    const QList<QStringView> tokens = pointer.mid(1).split(u'/');
    const QStringView name = tokens.last();
    QString field;
    // The member names are the file's; these are the words the user sees for them.
    if (name == u"kind") field = tokens.size() == 1 ? tr("kind of statement") : tr("kind");
    else if (name == u"language") field = tr("language");
    else if (name == u"board") field = tr("board");
    else if (name == u"office") field = tr("office");
    else if (name == u"recipient") field = tr("recipient");
    else if (name == u"date") field = tr("date");
    else if (name == u"caseNumber") field = tr("case number");
    else if (name == u"address") field = tr("address");
    else if (name == u"logo") field = tr("logo");
    else if (tokens.first() == u"logo" && name == u"description") field = tr("logo description");
    else if (name == u"dueDate") field = tr("due date");
    else if (name == u"submitTo") field = tr("send to");
    else if (name == u"summary") field = tr("summary");
    else if (name == u"readingGuide") field = tr("reading guide");
    else if (name == u"reservations") field = tr("reservations");
    else if (name == u"from") field = tr("start of the period");
    else if (name == u"to") field = tr("end of the period");
    else if (name == u"title") field = tokens.first() == u"audit" ? tr("audit title") : tr("title");
    else if (name == u"reference") field = tr("audit reference");
    else if (name == u"auditor") field = tr("auditor");
    else if (name == u"reportDate") field = tr("report date");
    else if (name == u"decisionDate") field = tr("decision date");
    else if (name == u"addressees") field = tr("addressed boards");
    else if (name == u"conclusion") field = tr("audit conclusion");
    else if (name == u"number") field = tr("number");
    else if (name == u"label") field = tr("heading");
    else if (name == u"addressedTo") field = tr("addressed to");
    else if (name == u"section") field = tr("section");
    else if (name == u"text") field = tr("auditors' text");
    else if (name == u"measures") field = tr("measures");
    else if (name == u"expectedEffect") field = tr("expected effect");
    else if (name == u"deadline") field = tr("deadline");
    else if (name == u"actionsTaken") field = tr("measures taken");
    else if (name == u"effectAchieved") field = tr("effect achieved");
    else if (name == u"notOurs") field = tr("reason it is not this board's");
    else if (name == u"description") field = tr("description");
    else if (name == u"owner") field = tr("responsible");
    else if (name == u"status") field = tr("status");
    else if (name == u"caseReference") field = tr("case");
    else if (name == u"comment") field = tr("comment");
    else if (name == u"role") field = tr("role");
    else if (name == u"name") field = tr("name");
    else if (name == u"state") field = tr("review state");
    else return pointer.toString();
    return field;
}

QString StatementFields::label(QStringView pointer)
{
    const QList<QStringView> tokens = pointer.mid(1).split(u'/');
    const QString field = fieldName(pointer);
    if (tokens.size() >= 3) {
        bool ok = false;
        const int number = tokens.at(1).toInt(&ok) + 1;
        if (ok && tokens.first() == u"items")
            return tr("%1 (item %2)").arg(field).arg(number);
        if (ok && tokens.first() == u"measures")
            return tr("%1 (measure %2)").arg(field).arg(number);
        if (ok && tokens.first() == u"signatures")
            return tr("%1 (signature %2)").arg(field).arg(number);
    }
    return field;
}

} // namespace yttra
