// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/statement.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace yttra {

/// Reads and writes the single-valued members of a statement by their JSON pointer
/// ("/board", "/items/2/response/deadline", "/measures/0/status"), so that one undo command
/// can set any field, and a review comment's target names the same place.
///
/// Values are what the file holds: strings (deadlines, dates and enumerations as their file
/// strings), string lists (/audit/addressees) and the logo (/logo, a Logo, replaced whole;
/// its /logo/description is a field only while there is a logo). Structural members (the lists of items,
/// measures and the links between them) change through their own commands instead.
class StatementFields
{
    Q_DECLARE_TR_FUNCTIONS(StatementFields)

public:
    /// The value at the pointer, or nothing if the pointer names no editable field.
    static std::optional<QVariant> value(const Statement &statement, QStringView pointer);

    /// Checks that the value fits the field (a parsable deadline, a date, a known enumeration
    /// value) without writing it, and returns it as the field would hold it, so that an
    /// edit compares like with like (a QString for a QByteArray, a list for one addressee, a
    /// deadline in its own words).
    static Result<QVariant> check(const Statement &statement, QStringView pointer, const QVariant &value);

    /// Sets the field after checking the value fits it (a parsable deadline, a date, a known
    /// enumeration value); the statement is unchanged on error.
    static Result<void> setValue(Statement &statement, QStringView pointer, const QVariant &value);

    /// What a person calls the field, for the Edit menu and messages: "expected effect
    /// (item 3)", "status (measure 2)", "board". The pointer itself when it names no field.
    static QString label(QStringView pointer);
    /// The field's name alone, without the item or measure it belongs to: "expected effect".
    static QString fieldName(QStringView pointer);
};

} // namespace yttra
