// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/enumnames.h"
#include "model/item.h"
#include "model/logo.h"
#include "model/measure.h"
#include "model/review.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yttra {

/// A first statement plans measures; a follow-up reports what was done about a year later.
enum class StatementKind { First, FollowUp };

inline constexpr EnumNameTable<StatementKind, 2> statementKindNames{{
    {StatementKind::First, u"first"},
    {StatementKind::FollowUp, u"followUp"},
}};

/// The period a follow-up statement reports on.
struct Period
{
    QString from; // ISO date or empty
    QString to;
    QCborMap extra;

    bool operator==(const Period &) const = default;
};

/// The audit the statement answers.
struct Audit
{
    QString title;
    QString reference;
    QString auditor;
    QString reportDate;
    QString decisionDate;
    QStringList addressees;
    QString conclusion; // markdown
    QCborMap extra;

    bool operator==(const Audit &) const = default;
};

struct Signature
{
    QString role;
    QString name;
    QString title;
    QCborMap extra;

    bool operator==(const Signature &) const = default;
};

/// The whole document: one board's statement to its auditors (format version 1).
/// Dates are kept as the ISO strings of the file so that a draft may hold an empty date.
struct Statement
{
    static constexpr int formatVersion = 1;

    StatementKind kind = StatementKind::First;
    QString language = QStringLiteral("sv");
    QString board;
    QString office;
    QString recipient;
    QString date;
    QString caseNumber;
    QString address;
    Logo logo;
    QString dueDate;
    QString submitTo;
    Period period;
    Audit audit;
    QString summary;      // markdown
    QString readingGuide; // markdown
    QList<Item> items;
    QList<Measure> measures;
    QList<Signature> signatures;
    QString reservations; // markdown
    std::optional<Review> review;
    QCborMap extra;

    bool operator==(const Statement &) const = default;

    /// Index of the item or measure with this id, or -1.
    qsizetype indexOfItem(QStringView id) const;
    qsizetype indexOfMeasure(QStringView id) const;

    /// The measures that answer the item with this id, in register order.
    QList<const Measure *> measuresOfItem(QStringView itemId) const;

    /// An id of the form prefix + number not used by any item or measure.
    QString unusedId(QStringView prefix) const;

    /// The format's rule for ids: [A-Za-z0-9_-]+, the whole string.
    static bool isValidId(const QString &id);
    /// YYYY-MM-DD in ASCII digits, naming a day that exists.
    static bool isValidDate(const QString &date);
};

} // namespace yttra
