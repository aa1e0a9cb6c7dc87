// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/jsonformat.h"
#include "model/statement.h"

#include <QCborMap>
#include <QString>

#include <optional>

namespace yttra {

/// One statement file as the register needs it: the members it shows and judges by, or why
/// the file cannot be used. What the cache keeps per file, so it is small and quick to read.
struct RegisterSource {
    enum class Outcome { Statement, Invalid, NewerFormat };

    Outcome outcome = Outcome::Statement;
    QString location; // where in the file it is wrong (Invalid)
    QString reason; // why it cannot be used (Invalid, NewerFormat)
    /// Only the members the register uses are filled: kind, board, date, due date, period, the audit's
    /// title and reference, the items' identity, text and responses, the measures.
    Statement statement;

    static RegisterSource fromRead(const ReadStatement &read);
    static RegisterSource invalid(const QString &location, const QString &reason);

    QCborMap toCbor() const;
    /// None when the map is not one toCbor() made (a damaged or foreign cache).
    static std::optional<RegisterSource> fromCbor(const QCborMap &map);

    bool operator==(const RegisterSource &) const = default;
};

} // namespace yttra
