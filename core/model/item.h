// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/enumnames.h"
#include "model/deadline.h"

#include <QCborMap>
#include <QString>

namespace yttra {

/// What the auditors ask the board to answer.
enum class ItemKind { Recommendation, Assessment, Question };

inline constexpr EnumNameTable<ItemKind, 3> itemKindNames{{
    {ItemKind::Recommendation, u"recommendation"},
    {ItemKind::Assessment, u"assessment"},
    {ItemKind::Question, u"question"},
}};

/// The board's answer to one item. Which members are used depends on the statement's kind:
/// a first statement plans (measures, expectedEffect, deadline), a follow-up reports
/// (actionsTaken, effectAchieved) against what was planned.
struct Response
{
    QString measures;       // markdown: planned measures, or in a follow-up the previously decided measure
    QString expectedEffect; // markdown
    Deadline deadline;
    QString actionsTaken;   // markdown, follow-up: measures taken so far
    QString effectAchieved; // markdown, follow-up: effect in the organisation
    QString notOurs;        // non-empty: why this board does not answer the item
    QCborMap extra;         // members this version does not know, kept in file order

    bool operator==(const Response &) const = default;
};

/// One recommendation, assessment or question from the audit, with the board's response.
struct Item
{
    QString id;
    ItemKind kind = ItemKind::Recommendation;
    QString number;
    QString label; // heading in outputs; empty: derived from kind and position
    QString addressedTo;
    QString section;
    QString text; // markdown: the auditors' words
    Response response;
    QCborMap extra;

    bool operator==(const Item &) const = default;
};

} // namespace yttra
