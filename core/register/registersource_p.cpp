// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/registersource_p.h"

#include <QCborArray>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// Short keys and arrays: the cache of 2,000 statements is read on every warm register.
enum ItemField {
    ItemId,
    ItemKindField,
    ItemNumber,
    ItemText,
    ItemDeadline,
    ItemActions,
    ItemEffect,
    ItemNotOurs,
    ItemFields
};
enum MeasureField {
    MeasureId,
    MeasureTitle,
    MeasureItems,
    MeasureOwner,
    MeasureDeadline,
    MeasureStatusField,
    MeasureCase,
    MeasureComment,
    MeasureFields
};

Item slimItem(const Item &full)
{
    Item item;
    item.id = full.id;
    item.kind = full.kind;
    item.number = full.number;
    item.text = full.text;
    item.response.deadline = full.response.deadline;
    item.response.actionsTaken = full.response.actionsTaken;
    item.response.effectAchieved = full.response.effectAchieved;
    item.response.notOurs = full.response.notOurs;
    return item;
}

Measure slimMeasure(const Measure &full)
{
    Measure measure;
    measure.id = full.id;
    measure.title = full.title;
    measure.items = full.items;
    measure.owner = full.owner;
    measure.deadline = full.deadline;
    measure.status = full.status;
    measure.caseReference = full.caseReference;
    measure.comment = full.comment;
    return measure;
}

std::optional<Deadline> deadlineFrom(const QCborValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto parsed = Deadline::parse(value.toString());
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

} // namespace

RegisterSource RegisterSource::fromRead(const ReadStatement &read)
{
    RegisterSource source;
    if (read.readOnly) {
        source.outcome = Outcome::NewerFormat;
        source.reason = read.notice;
        return source;
    }
    const Statement &full = read.statement;
    Statement &s = source.statement;
    s.kind = full.kind;
    s.board = full.board;
    s.date = full.date;
    s.dueDate = full.dueDate;
    s.period.from = full.period.from;
    s.period.to = full.period.to;
    s.audit.title = full.audit.title;
    s.audit.reference = full.audit.reference;
    s.items.reserve(full.items.size());
    for (const Item &item : full.items)
        s.items.append(slimItem(item));
    s.measures.reserve(full.measures.size());
    for (const Measure &measure : full.measures)
        s.measures.append(slimMeasure(measure));
    return source;
}

RegisterSource RegisterSource::invalid(const QString &location, const QString &reason)
{
    RegisterSource source;
    source.outcome = Outcome::Invalid;
    source.location = location;
    source.reason = reason;
    return source;
}

QCborMap RegisterSource::toCbor() const
{
    QCborMap map;
    map.insert(u"o"_s, static_cast<int>(outcome));
    if (outcome != Outcome::Statement) {
        map.insert(u"l"_s, location);
        map.insert(u"r"_s, reason);
        return map;
    }
    const Statement &s = statement;
    map.insert(u"k"_s, static_cast<int>(s.kind));
    map.insert(u"b"_s, s.board);
    map.insert(u"d"_s, s.date);
    map.insert(u"due"_s, s.dueDate);
    map.insert(u"pf"_s, s.period.from);
    map.insert(u"pt"_s, s.period.to);
    map.insert(u"at"_s, s.audit.title);
    map.insert(u"ar"_s, s.audit.reference);
    QCborArray items;
    for (const Item &item : s.items) {
        items.append(QCborArray { item.id, static_cast<int>(item.kind), item.number, item.text,
            item.response.deadline.toString(), item.response.actionsTaken, item.response.effectAchieved,
            item.response.notOurs });
    }
    map.insert(u"i"_s, items);
    QCborArray measures;
    for (const Measure &measure : s.measures) {
        measures.append(QCborArray { measure.id, measure.title, QCborArray::fromStringList(measure.items),
            measure.owner, measure.deadline.toString(), static_cast<int>(measure.status), measure.caseReference,
            measure.comment });
    }
    map.insert(u"m"_s, measures);
    return map;
}

std::optional<RegisterSource> RegisterSource::fromCbor(const QCborMap &map)
{
    RegisterSource source;
    const qint64 outcome = map.value(u"o"_s).toInteger(-1);
    if (outcome < 0 || outcome > static_cast<int>(Outcome::NewerFormat))
        return std::nullopt;
    source.outcome = static_cast<Outcome>(outcome);
    if (source.outcome != Outcome::Statement) {
        source.location = map.value(u"l"_s).toString();
        source.reason = map.value(u"r"_s).toString();
        return source;
    }
    Statement &s = source.statement;
    const qint64 kind = map.value(u"k"_s).toInteger(-1);
    if (kind != static_cast<int>(StatementKind::First) && kind != static_cast<int>(StatementKind::FollowUp))
        return std::nullopt;
    s.kind = static_cast<StatementKind>(kind);
    s.board = map.value(u"b"_s).toString();
    s.date = map.value(u"d"_s).toString();
    s.dueDate = map.value(u"due"_s).toString();
    s.period.from = map.value(u"pf"_s).toString();
    s.period.to = map.value(u"pt"_s).toString();
    s.audit.title = map.value(u"at"_s).toString();
    s.audit.reference = map.value(u"ar"_s).toString();

    const QCborArray items = map.value(u"i"_s).toArray();
    s.items.reserve(items.size());
    for (const QCborValue &value : items) {
        const QCborArray a = value.toArray();
        if (a.size() != ItemFields)
            return std::nullopt;
        const qint64 itemKind = a.at(ItemKindField).toInteger(-1);
        const std::optional<Deadline> deadline = deadlineFrom(a.at(ItemDeadline));
        if (itemKind < 0 || itemKind > static_cast<int>(ItemKind::Question) || !deadline)
            return std::nullopt;
        Item item;
        item.id = a.at(ItemId).toString();
        item.kind = static_cast<ItemKind>(itemKind);
        item.number = a.at(ItemNumber).toString();
        item.text = a.at(ItemText).toString();
        item.response.deadline = *deadline;
        item.response.actionsTaken = a.at(ItemActions).toString();
        item.response.effectAchieved = a.at(ItemEffect).toString();
        item.response.notOurs = a.at(ItemNotOurs).toString();
        s.items.append(std::move(item));
    }
    const QCborArray measures = map.value(u"m"_s).toArray();
    s.measures.reserve(measures.size());
    for (const QCborValue &value : measures) {
        const QCborArray a = value.toArray();
        if (a.size() != MeasureFields)
            return std::nullopt;
        const qint64 status = a.at(MeasureStatusField).toInteger(-1);
        const std::optional<Deadline> deadline = deadlineFrom(a.at(MeasureDeadline));
        if (status < 0 || status > static_cast<int>(MeasureStatus::Cancelled) || !deadline)
            return std::nullopt;
        Measure measure;
        measure.id = a.at(MeasureId).toString();
        measure.title = a.at(MeasureTitle).toString();
        const QCborArray linked = a.at(MeasureItems).toArray();
        for (const QCborValue &id : linked)
            measure.items.append(id.toString());
        measure.owner = a.at(MeasureOwner).toString();
        measure.deadline = *deadline;
        measure.status = static_cast<MeasureStatus>(status);
        measure.caseReference = a.at(MeasureCase).toString();
        measure.comment = a.at(MeasureComment).toString();
        s.measures.append(std::move(measure));
    }
    return source;
}

} // namespace yttra
