// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QString>

namespace yttra {

/// A place in a JSON text (1-based line and column, in characters) and what is wrong there.
struct JsonSyntaxError
{
    int line = 0;
    int column = 0;
    QString message;
};

/// Reads and writes JSON text keeping the order of object members, which Qt's JSON classes
/// do not: our files must diff line by line and members we do not know must come back in
/// the order they were in. Objects become QCborMap (insertion-ordered), arrays QCborArray.
class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)

public:
    /// Parses UTF-8 JSON (RFC 8259). Invalid UTF-8, syntax errors, duplicate member names and
    /// nesting deeper than 256 levels are errors at the line and column where they occur.
    static Result<QCborValue, JsonSyntaxError> parse(const QByteArray &utf8);

    /// Writes with two-space indentation, members in map order, non-ASCII as UTF-8, and a
    /// final newline; empty arrays and objects as [] and {}.
    static QByteArray serialize(const QCborValue &value);

    /// The 1-based line and column of a byte offset in a UTF-8 text.
    static std::pair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype offset);
};

} // namespace yttra
